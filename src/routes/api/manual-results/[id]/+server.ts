import { error } from '@sveltejs/kit';
import { withdrawManual } from '$lib/server/edit';
import { requireEditor } from '$lib/server/session';
import type { RequestHandler } from './$types';

/** Withdraws a manual outcome (kept on the record, no longer counted). 204; 401; 404. */
export const DELETE: RequestHandler = ({ params, locals }) => {
	const editor = requireEditor(locals);
	if (!/^\d{1,12}$/.test(params.id)) error(404, 'no such outcome');
	if (!withdrawManual(Number(params.id), editor)) error(404, 'no such outcome');
	return new Response(null, { status: 204 });
};
