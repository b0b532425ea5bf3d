/**
 * Reports uploaded from the web (the import page and POST /api/reports): checks on the bytes,
 * extraction, and storing confirmed uploads with the editor's changes as corrections, all in
 * one transaction. The file is also kept under the upload folder, so `npm run load` can
 * re-extract it with a newer extractor (the corrections are then re-applied).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
	extractDocument,
	extractDocumentAsync,
	ExtractError,
	EXTRACTOR_VERSION,
	type DocumentExtraction
} from '../extract';
import { isPdf, isWordZip } from '../reading/index';
import { NO_TEXT_LAYER } from '../reading/pdf';
import type { Report } from '../types';
import { databasePath, type Db } from './db/index';
import { findDocumentBySha } from './db/documents';
import { recomputeStale, storeExtraction } from './db/ledger';
import {
	addCorrection,
	CorrectionError,
	FIELDS,
	parseFieldValue,
	type Editor,
	type ItemKind
} from './db/corrections';
import { documentKey, isSyntheticText, sha256 } from './loader';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const MAX_UPLOAD_FILES = 20;
export const UPLOAD_EXTENSIONS = ['.txt', '.html', '.htm', '.docx', '.pdf'];

export class UploadError extends Error {
	constructor(
		readonly status: 400 | 409 | 413 | 415 | 422,
		message: string,
		readonly detail: Record<string, unknown> = {}
	) {
		super(message);
	}
}

/** Where confirmed uploads are kept: UPLOAD_DIR, or `uploads/` beside the database. */
export function uploadDir(): string {
	return resolve(process.env.UPLOAD_DIR || join(dirname(databasePath()), 'uploads'));
}

const MAGIC: [number[], string][] = [
	[[0x25, 0x50, 0x44, 0x46], 'a PDF file'],
	[[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (e.g. Word .docx)'],
	[[0xd0, 0xcf, 0x11, 0xe0], 'an old Office file (.doc, .xls)'],
	[[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
	[[0xff, 0xd8, 0xff], 'a JPEG image'],
	[[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
	[[0x1f, 0x8b], 'a gzip archive'],
	[[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF file'],
	[[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF)'],
	[[0x4d, 0x5a], 'a Windows program']
];

/** A file name safe to keep: no folders, no control characters, at most 120 characters. */
export function safeFileName(name: string): string {
	const base = name.split(/[\\/]/).pop() ?? '';
	// eslint-disable-next-line no-control-regex
	const clean = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').replace(/^\.+/, '');
	return clean.slice(-120) || 'upload.txt';
}

function extensionOf(name: string): string {
	const m = /\.[^.]+$/.exec(name.toLowerCase());
	return m ? m[0] : '';
}

/** ASCII view of the start of the file (tags and magic numbers are ASCII in every encoding we read, except UTF-16). */
function head(bytes: Uint8Array, n = 4096): string {
	let s = '';
	const step =
		bytes[0] === 0xff && bytes[1] === 0xfe ? 2 : bytes[0] === 0xfe && bytes[1] === 0xff ? 2 : 1;
	const offset = step === 2 ? (bytes[0] === 0xff ? 2 : 3) : 0;
	for (let i = offset; i < Math.min(bytes.length, n); i += step) s += String.fromCharCode(bytes[i]);
	return s;
}

/**
 * Checks an upload before extraction: size, name and content must agree. Throws UploadError
 * with the status to answer (400 empty, 413 too large, 415 wrong kind or mislabelled).
 */
export function checkUpload(name: string, bytes: Uint8Array): string {
	const fileName = safeFileName(name);
	if (bytes.length === 0) throw new UploadError(400, `${fileName}: the file is empty`);
	if (bytes.length > MAX_UPLOAD_BYTES)
		throw new UploadError(
			413,
			`${fileName}: the file is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_UPLOAD_BYTES / 1048576} MB`
		);
	const ext = extensionOf(fileName);
	if (ext === '.pdf') {
		if (!isPdf(bytes))
			throw new UploadError(415, `${fileName}: named .pdf but is ${kindOf(bytes)}`);
		return fileName;
	}
	if (ext === '.docx') {
		if (!isWordZip(bytes))
			throw new UploadError(
				415,
				`${fileName}: named .docx but is ${kindOf(bytes) === 'a ZIP archive (e.g. Word .docx)' ? 'a ZIP archive without a Word document in it' : kindOf(bytes)}`
			);
		return fileName;
	}
	for (const [magic, what] of MAGIC)
		if (magic.every((b, i) => bytes[i] === b))
			throw new UploadError(
				415,
				`${fileName}: this is ${what}, not a text or HTML report${ext === '.txt' || ext.startsWith('.htm') ? ` (despite its name ${ext}${renameHint(bytes)})` : ''}`
			);
	if (!UPLOAD_EXTENSIONS.includes(ext))
		throw new UploadError(
			415,
			`${fileName}: only ${UPLOAD_EXTENSIONS.join(', ')} files can be imported (got ${ext || 'no extension'})`
		);
	const start = head(bytes).replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
	const looksHtml =
		/^\s*(<!doctype\s+html|<html|<head|<body|<meta\s)/i.test(start) ||
		/<html[\s>]/i.test(start.slice(0, 1024));
	if (ext === '.txt' && looksHtml)
		throw new UploadError(415, `${fileName}: this is an HTML page named .txt; rename it .html`);
	if (ext !== '.txt' && !/<[a-z!/][^>]*>/i.test(start))
		throw new UploadError(415, `${fileName}: named ${ext} but has no HTML markup; rename it .txt`);
	return fileName;
}

/** What the first bytes say a file is, for a refusal message. */
function kindOf(bytes: Uint8Array): string {
	if (isPdf(bytes)) return 'a PDF file';
	for (const [magic, what] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return what;
	return 'not a Word or PDF document (text or unknown content)';
}

function renameHint(bytes: Uint8Array): string {
	return isWordZip(bytes) ? '; rename it .docx' : isPdf(bytes) ? '; rename it .pdf' : '';
}

/**
 * Extraction of a checked .txt or .html upload; unreadable content becomes an UploadError.
 * Word and PDF uploads need extractUploadAsync.
 */
export function extractUpload(fileName: string, bytes: Uint8Array): DocumentExtraction {
	try {
		return foundReport(fileName, extractDocument({ fileName, bytes }));
	} catch (err) {
		throw uploadFailure(fileName, err);
	}
}

/** Extraction of any checked upload (.txt, .html, .docx, .pdf). */
export async function extractUploadAsync(
	fileName: string,
	bytes: Uint8Array
): Promise<DocumentExtraction> {
	try {
		return foundReport(fileName, await extractDocumentAsync({ fileName, bytes }));
	} catch (err) {
		throw uploadFailure(fileName, err);
	}
}

function foundReport(fileName: string, ex: DocumentExtraction): DocumentExtraction {
	const nothing = ex.reports.every(
		(r) => !r.town && !r.reportYear && !r.targets.length && !r.results.length
	);
	if (!ex.reports.length || nothing)
		throw new UploadError(422, `${fileName}: no government work report was found in the text`, {
			needs: ['town', 'reportYear']
		});
	return ex;
}

function uploadFailure(fileName: string, err: unknown): unknown {
	if (err instanceof UploadError) return err;
	const msg = err instanceof Error ? err.message : String(err);
	const detail = msg.replace(`${fileName}: `, '');
	if (detail === NO_TEXT_LAYER) return new UploadError(422, `${fileName}: ${NO_TEXT_LAYER}`);
	if (/binary/.test(msg))
		return new UploadError(415, `${fileName}: binary data, not a text document`);
	if (err instanceof ExtractError) {
		const as = /\.docx$/i.test(fileName)
			? 'a Word document'
			: /\.pdf$/i.test(fileName)
				? 'a PDF'
				: 'text';
		return new UploadError(400, `${fileName}: the file cannot be read as ${as} (${detail})`);
	}
	return err;
}

/** One change an editor makes in the preview, recorded as a correction when confirmed. */
export type ImportEdit =
	| { kind: 'report'; report: number; field: string; value: unknown }
	| {
			kind: 'target' | 'result';
			report: number;
			index: number;
			action: 'set';
			field: string;
			value: unknown;
	  }
	| { kind: 'target' | 'result'; report: number; index: number; action: 'delete' }
	| { kind: 'target' | 'result'; report: number; action: 'add'; item: Record<string, unknown> };

/** The report metadata fields still missing after the editor's changes (town, year). */
export function missingMeta(
	reports: Report[],
	edits: ImportEdit[]
): { report: number; fields: string[] }[] {
	const out: { report: number; fields: string[] }[] = [];
	reports.forEach((r, i) => {
		const set = (f: string) =>
			edits.some(
				(e) =>
					e.kind === 'report' &&
					e.report === i &&
					e.field === f &&
					String(e.value ?? '').trim() !== ''
			);
		const fields: string[] = [];
		if (!r.town && !set('town')) fields.push('town');
		if (!r.reportYear && !set('reportYear')) fields.push('reportYear');
		if (fields.length) out.push({ report: i, fields });
	});
	return out;
}

/**
 * The edits that change something: values equal to the machine's are dropped, each value is
 * checked (CorrectionError on bad input). `reports` is the machine's extraction.
 */
export function effectiveEdits(reports: Report[], edits: ImportEdit[]): ImportEdit[] {
	const out: ImportEdit[] = [];
	const machineValue = (e: ImportEdit & { field: string }) => {
		const r = reports[e.report] as unknown as Record<string, unknown>;
		if (e.kind === 'report') return r[e.field] ?? null;
		const list = (e.kind === 'target'
			? reports[e.report].targets
			: reports[e.report].results) as unknown as Record<string, unknown>[];
		return list[(e as { index: number }).index]?.[e.field] ?? null;
	};
	for (const e of edits) {
		if (!reports[e.report]) throw new CorrectionError(`no report ${e.report + 1} in this file`);
		if (e.kind !== 'report' && 'index' in e) {
			const list = e.kind === 'target' ? reports[e.report].targets : reports[e.report].results;
			if (!list[e.index]) throw new CorrectionError(`no ${e.kind} ${e.index + 1}`);
		}
		if (e.kind === 'report' || e.action === 'set') {
			const kind: ItemKind = e.kind;
			const value = parseFieldValue(kind, e.field, e.value);
			if (value === null && !FIELDS[kind][e.field].required && machineValue(e) === null) continue;
			if (value === (machineValue(e) ?? (FIELDS[kind][e.field].type === 'bool' ? false : null)))
				continue;
			out.push({ ...e, value });
		} else out.push(e);
	}
	return out;
}

export interface PreparedUpload {
	fileName: string;
	bytes: Uint8Array;
	extraction: DocumentExtraction;
	edits: ImportEdit[];
}

export interface StoredUpload {
	documentId: number;
	source: string;
	path: string;
	reportIds: number[];
	corrections: number;
}

/** Refuses a document the ledger already holds (same bytes). */
export function assertNew(db: Db, digest: string, fileName: string): void {
	const copy = findDocumentBySha(db, digest, '');
	if (copy)
		throw new UploadError(
			409,
			`${fileName}: the same document is already stored as ${copy.fileName}`,
			{
				documentId: copy.id
			}
		);
}

/**
 * Stores confirmed uploads: the machine's extraction as the loader would, then the editor's
 * edits as corrections, then the towns' assessments — in one transaction. Nothing is written
 * when any part fails (the kept files are removed again).
 */
export function storeUploads(
	db: Db,
	uploads: PreparedUpload[],
	editor: Editor,
	reason: string,
	now = new Date().toISOString(),
	dir = uploadDir()
): StoredUpload[] {
	const digests = new Set<string>();
	for (const u of uploads) {
		const digest = sha256(u.bytes);
		if (digests.has(digest))
			throw new UploadError(409, `${u.fileName}: the same file was given twice`);
		digests.add(digest);
		assertNew(db, digest, u.fileName);
		const missing = missingMeta(u.extraction.reports, u.edits);
		if (missing.length)
			throw new UploadError(
				422,
				`${u.fileName}: fill in ${missing.map((m) => m.fields.join(' and ')).join('; ')} (not found in the text)`,
				{ needs: missing }
			);
		u.edits = effectiveEdits(u.extraction.reports, u.edits);
	}
	mkdirSync(dir, { recursive: true });
	const written: string[] = [];
	try {
		const files = uploads.map((u) => {
			const digest = sha256(u.bytes);
			const file = join(dir, `${digest.slice(0, 12)}-${u.fileName}`);
			if (!existsSync(file)) {
				writeFileSync(`${file}.part`, u.bytes);
				renameSync(`${file}.part`, file);
				written.push(file);
			}
			return file;
		});
		return db
			.transaction(() => {
				const out = uploads.map((u, k) => {
					const ex = u.extraction;
					const stored = storeExtraction(
						db,
						{
							fileName: u.fileName,
							path: documentKey(files[k]),
							bytes: u.bytes.length,
							sha256: sha256(u.bytes),
							encoding: ex.encoding,
							text: ex.text,
							extractorVersion: EXTRACTOR_VERSION,
							sourceUrl: ex.page.sourceUrl,
							publisher: ex.page.publisher,
							indexNumber: ex.page.indexNumber,
							published: ex.page.published
						},
						ex.reports,
						isSyntheticText(ex.text),
						now
					);
					const reportIds = ex.reports.map(
						(_, i) =>
							(
								db
									.prepare(`SELECT id FROM reports WHERE document_id = ? AND ordinal = ?`)
									.get(stored.documentId, i) as { id: number }
							).id
					);
					const itemId = (kind: 'target' | 'result', report: number, index: number) =>
						(
							db
								.prepare(
									`SELECT id FROM ${kind === 'target' ? 'targets' : 'results'} WHERE report_id = ? AND ordinal = ?`
								)
								.get(reportIds[report], index) as { id: number }
						).id;
					// Ids first: a deletion must not shift the items later edits point at.
					const resolved = u.edits.map((e) => ({
						e,
						id:
							e.kind === 'report' || e.action === 'add'
								? reportIds[e.report]
								: itemId(e.kind, e.report, e.index)
					}));
					// Reports' metadata first (a filled-in year also dates the items that lacked one).
					resolved.sort((a, b) => Number(b.e.kind === 'report') - Number(a.e.kind === 'report'));
					for (const { e, id } of resolved)
						addCorrection(
							db,
							e.kind === 'report'
								? { kind: 'report', action: 'set', id, field: e.field, value: e.value, reason }
								: e.action === 'add'
									? { kind: e.kind, action: 'add', id, value: e.item, reason }
									: e.action === 'delete'
										? { kind: e.kind, action: 'delete', id, reason }
										: { kind: e.kind, action: 'set', id, field: e.field, value: e.value, reason },
							editor,
							now
						);
					return {
						documentId: stored.documentId,
						source: u.fileName,
						path: documentKey(files[k]),
						reportIds,
						corrections: u.edits.length
					};
				});
				recomputeStale(db, now);
				return out;
			})
			.immediate();
	} catch (err) {
		for (const f of written) rmSync(f, { force: true });
		throw err;
	}
}
