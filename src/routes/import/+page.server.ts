import { error, fail, redirect } from '@sveltejs/kit';
import { randomBytes } from 'node:crypto';
import { getReadDb } from '$lib/server/db/index';
import { findDocumentBySha } from '$lib/server/db/documents';
import { listReports } from '$lib/server/db/reports';
import { insertPending, listPending, prunePending } from '$lib/server/db/uploads';
import { sha256 } from '$lib/server/loader';
import {
	checkUpload,
	extractUploadAsync,
	MAX_UPLOAD_BYTES,
	MAX_UPLOAD_FILES,
	UploadError
} from '$lib/server/upload';
import { withWriteDb } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (!locals.editor) error(401, 'sign in as an editor to import reports');
	const db = getReadDb();
	const stored = Number(url.searchParams.get('stored')) || null;
	return {
		editor: locals.editor,
		pending: listPending(db, locals.editor.id),
		stored: stored ? listReports(db).filter((r) => r.documentId === stored) : [],
		maxMb: MAX_UPLOAD_BYTES / 1048576,
		maxFiles: MAX_UPLOAD_FILES
	};
};

export const actions: Actions = {
	/** Checks and reads the files, and keeps them aside (not in the ledger) for the preview. */
	upload: async ({ request, locals }) => {
		if (!locals.editor)
			return fail(401, {
				errors: ['sign in as an editor to import reports'],
				accepted: [] as string[]
			});
		const editor = locals.editor;
		const form = await request.formData();
		const files = form.getAll('files').filter((f): f is File => f instanceof File && f.size >= 0);
		const named = files.filter((f) => f.name);
		if (!named.length)
			return fail(400, { errors: ['choose one or more files'], accepted: [] as string[] });
		if (named.length > MAX_UPLOAD_FILES)
			return fail(400, {
				errors: [`at most ${MAX_UPLOAD_FILES} files at a time`],
				accepted: [] as string[]
			});
		const errors: string[] = [];
		const ok: { id: string; fileName: string; bytes: Buffer; sha256: string }[] = [];
		for (const f of named) {
			try {
				const bytes = Buffer.from(await f.arrayBuffer());
				const fileName = checkUpload(f.name, bytes);
				const digest = sha256(bytes);
				const copy = findDocumentBySha(getReadDb(), digest, '');
				if (copy)
					throw new UploadError(
						409,
						`${fileName}: the same document is already stored as ${copy.fileName}`
					);
				await extractUploadAsync(fileName, bytes);
				ok.push({ id: randomBytes(16).toString('hex'), fileName, bytes, sha256: digest });
			} catch (err) {
				if (!(err instanceof UploadError)) throw err;
				errors.push(err.message);
			}
		}
		if (ok.length) {
			const now = new Date();
			withWriteDb((db) =>
				db.transaction(() => {
					prunePending(db, new Date(now.getTime() - 7 * 86400_000).toISOString());
					for (const p of ok)
						insertPending(db, { ...p, userId: editor.id, createdAt: now.toISOString() });
				})()
			);
		}
		if (errors.length) return fail(400, { errors, accepted: ok.map((p) => p.fileName) });
		redirect(303, ok.length === 1 ? `/import/${ok[0].id}` : '/import');
	}
};
