import { getReadDb } from '$lib/server/db/index';
import { listCorrections } from '$lib/server/db/corrections';
import type { PageServerLoad } from './$types';

/** The record of every correction, newest first (public: every change is on the record). */
export const load: PageServerLoad = ({ locals }) => ({
	editor: locals.editor,
	corrections: listCorrections(getReadDb(), 500)
});
