import { getReadDb } from '$lib/server/db';
import { reportManualCitations } from '$lib/server/db/manual-citations';
import type { LayoutServerLoad } from './$types';

/** Citations of the manual outcomes behind the report's targets (apart from the page's load). */
export const load: LayoutServerLoad = ({ params }) => ({
	manualCitations: /^\d{1,10}$/.test(params.id)
		? reportManualCitations(getReadDb(), Number(params.id))
		: {}
});
