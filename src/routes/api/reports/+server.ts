import { error, json } from '@sveltejs/kit';
import { CorrectionError } from '$lib/server/db/corrections';
import { overrideEdits } from '$lib/server/import-form';
import { requireEditor, withWriteDb } from '$lib/server/session';
import {
	assertNew,
	checkUpload,
	extractUploadAsync,
	MAX_UPLOAD_BYTES,
	MAX_UPLOAD_FILES,
	missingMeta,
	storeUploads,
	UploadError,
	type PreparedUpload
} from '$lib/server/upload';
import { sha256 } from '$lib/server/loader';
import { getReadDb } from '$lib/server/db/index';
import { listReports } from '$lib/server/db/reports';
import { findTown } from '$lib/server/db/towns';
import { optionalInt, optionalText } from '../params';
import type { RequestHandler } from './$types';

/** The reports, optionally of one town (?town=slug or name) and year (?year=). */
export const GET: RequestHandler = ({ url }) => {
	const db = getReadDb();
	const townKey = optionalText(url.searchParams, 'town');
	const year = optionalInt(url.searchParams, 'year', 1949, 2200);
	let townId: number | undefined;
	if (townKey !== undefined) {
		const town = findTown(db, townKey);
		if (!town) error(404, `no town ${townKey}`);
		townId = town.id;
	}
	return json(listReports(db, { townId, year }));
};

/**
 * Imports reports (multipart/form-data): one or more `file` fields (.txt, .html, .htm, ≤ 5 MB
 * each); optional `town`, `year` (report year) and `kind` fill in what the text lacks;
 * `reason` is kept with those changes; `preview=1` answers the extraction without storing.
 * 201 with the extraction and the stored ids; 401 without a signed-in editor; 400 / 413 / 415
 * for bad files, 409 for a document already stored, 422 when town or year must be given.
 */
export const POST: RequestHandler = async ({ request, locals }) => {
	const editor = requireEditor(locals);
	const type = request.headers.get('content-type') ?? '';
	if (!type.startsWith('multipart/form-data'))
		error(415, 'send multipart/form-data with one or more "file" fields');
	const limit = MAX_UPLOAD_FILES * MAX_UPLOAD_BYTES + 1048576;
	if (Number(request.headers.get('content-length') ?? 0) > limit)
		error(413, `the upload is larger than ${limit / 1048576} MB in all`);
	let form: FormData;
	try {
		form = await request.formData();
	} catch (err) {
		// The server's own body limit (BODY_SIZE_LIMIT) cuts the stream off.
		if (/exceeds limit|too large/i.test(String(err))) error(413, 'the upload is too large');
		error(400, 'the multipart body cannot be read');
	}
	const files = [...form.getAll('file'), ...form.getAll('files')].filter(
		(f): f is File => f instanceof File
	);
	if (!files.length) error(400, 'no "file" field in the upload');
	if (files.length > MAX_UPLOAD_FILES) error(400, `at most ${MAX_UPLOAD_FILES} files at a time`);
	const preview = ['1', 'true'].includes(String(form.get('preview') ?? ''));
	const reason = String(form.get('reason') ?? '').trim() || '导入时补充 given at import (API)';
	try {
		const prepared: PreparedUpload[] = [];
		for (const f of files) {
			const bytes = new Uint8Array(await f.arrayBuffer());
			const fileName = checkUpload(f.name, bytes);
			assertNew(getReadDb(), sha256(bytes), fileName);
			const extraction = await extractUploadAsync(fileName, bytes);
			prepared.push({
				fileName,
				bytes,
				extraction,
				edits: overrideEdits(form, extraction.reports)
			});
		}
		const view = (u: PreparedUpload) => ({
			source: u.fileName,
			encoding: u.extraction.encoding,
			needs: missingMeta(u.extraction.reports, u.edits),
			reports: u.extraction.reports
		});
		if (preview) return json({ stored: false, documents: prepared.map(view) });
		const stored = withWriteDb((db) => storeUploads(db, prepared, editor, reason));
		return json(
			{
				stored: true,
				documents: prepared.map((u, k) => ({ ...view(u), ...stored[k], needs: [] }))
			},
			{ status: 201 }
		);
	} catch (err) {
		if (err instanceof UploadError)
			return json({ error: err.message, ...err.detail }, { status: err.status });
		if (err instanceof CorrectionError) return json({ error: err.message }, { status: 400 });
		throw err;
	}
};
