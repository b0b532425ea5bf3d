import { error, fail, redirect } from '@sveltejs/kit';
import { getReadDb } from '$lib/server/db/index';
import { deletePending, getPending } from '$lib/server/db/uploads';
import { listIndicators } from '$lib/server/db/indicators';
import { CorrectionError } from '$lib/server/db/corrections';
import { editsFromForm } from '$lib/server/import-form';
import { extractUploadAsync, missingMeta, storeUploads, UploadError } from '$lib/server/upload';
import { withWriteDb } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

function pendingFor(locals: App.Locals, id: string) {
	if (!locals.editor) error(401, 'sign in as an editor to import reports');
	if (!/^[0-9a-f]{32}$/.test(id)) error(404, 'no such upload');
	const p = getPending(getReadDb(), id, locals.editor.id);
	if (!p) error(404, 'no such upload (confirmed, discarded or never made)');
	return { editor: locals.editor, pending: p };
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const { editor, pending } = pendingFor(locals, params.id);
	let ex;
	try {
		ex = await extractUploadAsync(pending.fileName, pending.bytes);
	} catch (err) {
		if (err instanceof UploadError) error(err.status, err.message);
		throw err;
	}
	return {
		editor,
		id: pending.id,
		fileName: pending.fileName,
		bytes: pending.bytes.length,
		encoding: ex.encoding,
		text: ex.text,
		reports: ex.reports,
		missing: missingMeta(ex.reports, []),
		indicators: listIndicators(getReadDb()).map((i) => ({ id: i.id, zh: i.zh, en: i.en }))
	};
};

export const actions: Actions = {
	/** Stores the extraction with the editor's changes (as corrections), in one transaction. */
	confirm: async ({ request, locals, params }) => {
		const { editor, pending } = pendingFor(locals, params.id);
		const form = await request.formData();
		const reason = String(form.get('reason') ?? '').trim() || '导入时核对 checked at import';
		let stored;
		try {
			const extraction = await extractUploadAsync(pending.fileName, pending.bytes);
			const edits = editsFromForm(form, extraction.reports);
			stored = withWriteDb((db) => {
				const out = storeUploads(
					db,
					[{ fileName: pending.fileName, bytes: pending.bytes, extraction, edits }],
					editor,
					reason
				);
				deletePending(db, pending.id);
				return out;
			});
		} catch (err) {
			if (err instanceof UploadError)
				return fail(err.status, { error: err.message, needs: err.detail.needs ?? null });
			if (err instanceof CorrectionError) return fail(400, { error: err.message, needs: null });
			throw err;
		}
		redirect(303, `/import?stored=${stored[0].documentId}`);
	},
	discard: async ({ locals, params }) => {
		const { pending } = pendingFor(locals, params.id);
		withWriteDb((db) => deletePending(db, pending.id));
		redirect(303, '/import');
	}
};
