import { getReadDb } from '$lib/server/db';
import { indicatorManualCitations } from '$lib/server/db/manual-citations';
import type { LayoutServerLoad } from './$types';

/** Citations of the indicator's manual outcomes (kept apart from the page's own load). */
export const load: LayoutServerLoad = ({ params }) => ({
	manualCitations: /^[a-z0-9_]{1,64}$/.test(params.id)
		? indicatorManualCitations(getReadDb(), params.id)
		: {}
});
