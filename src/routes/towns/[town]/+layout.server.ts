import { getReadDb } from '$lib/server/db';
import { townManualCitations } from '$lib/server/db/manual-citations';
import type { LayoutServerLoad } from './$types';

/** Citations of the town's manual outcomes (kept apart from the page's own load). */
export const load: LayoutServerLoad = ({ params }) => ({
	manualCitations:
		params.town && params.town.length <= 100 ? townManualCitations(getReadDb(), params.town) : {}
});
