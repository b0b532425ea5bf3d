/**
 * The loader: walks files and folders, and stores each document in its own transaction so that
 * a failure leaves the database as it was before that document. Then it recomputes the
 * assessments of the towns whose reports changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, join, relative, resolve, isAbsolute } from 'node:path';
import {
	extractDocument,
	extractDocumentAsync,
	EXTRACTOR_VERSION,
	type DocumentExtraction,
	type ExtractInput
} from '../extract';
import type { Db } from './db/index';
import {
	acquireLoadLock,
	findDocumentByPath,
	findDocumentBySha,
	finishLoadRun,
	releaseLoadLock,
	startLoadRun
} from './db/documents';
import { syncIndicators, type CatalogueEntry } from './db/indicators';
import { recomputeStale, storeExtraction } from './db/ledger';

export const LOADABLE_EXTENSIONS = ['.txt', '.html', '.htm', '.docx', '.pdf'];
export const DEFAULT_CATALOGUE = 'data/indicators.json';

export interface LoadFailure {
	file: string;
	error: string;
}

export interface LoadSummary {
	seen: number;
	loaded: number;
	skipped: number;
	reports: number;
	targets: number;
	results: number;
	/** Assessments written by the recomputation after loading. */
	assessments: number;
	failures: LoadFailure[];
}

export type LoadEvent =
	| { kind: 'start'; total: number }
	| {
			kind: 'document';
			file: string;
			index: number;
			total: number;
			outcome: 'loaded' | 'skipped' | 'failed';
			error?: string;
	  }
	| { kind: 'assessing' };

interface LoadBaseOptions {
	onEvent?: (e: LoadEvent) => void;
	/** The indicator catalogue (default data/indicators.json when it exists). */
	cataloguePath?: string | null;
	extractorVersion?: string;
	now?: () => string;
}

export interface LoadOptions extends LoadBaseOptions {
	/** Replaceable for tests (e.g. an extractor that fails partway). */
	extract?: (input: ExtractInput) => DocumentExtraction;
}

export interface LoadAsyncOptions extends LoadBaseOptions {
	extract?: (input: ExtractInput) => DocumentExtraction | Promise<DocumentExtraction>;
}

/** Files under the given paths (recursively for folders), loadable extensions only, sorted. */
export function collectFiles(paths: string[]): string[] {
	const out: string[] = [];
	const walk = (p: string) => {
		const st = statSync(p);
		if (st.isDirectory()) {
			for (const name of readdirSync(p).sort()) if (!name.startsWith('.')) walk(join(p, name));
		} else if (LOADABLE_EXTENSIONS.some((ext) => p.toLowerCase().endsWith(ext))) {
			out.push(p);
		}
	};
	for (const p of paths) walk(p);
	return out;
}

/** A stable key for a file: relative to the working directory when inside it. */
export function documentKey(file: string): string {
	const abs = resolve(file);
	const rel = relative(process.cwd(), abs);
	return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : abs;
}

export function sha256(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Whether a document is marked as synthetic test data: its opening carries a marker such as
 * 【合成测试数据 SYNTHETIC TEST DATA — 虚构乡镇，非真实数据】.
 */
export function isSyntheticText(text: string): boolean {
	const head = text
		.replace(/^\uFEFF/, '')
		.trimStart()
		.slice(0, 300);
	return /合成测试数据|合成数据|SYNTHETIC\s+(TEST\s+)?DATA|虚构(乡镇|数据)/i.test(head);
}

export function readCatalogue(path: string): CatalogueEntry[] {
	const json = JSON.parse(readFileSync(path, 'utf8')) as
		{ indicators?: CatalogueEntry[] } | CatalogueEntry[];
	const list = Array.isArray(json) ? json : json.indicators;
	if (!Array.isArray(list)) throw new Error(`${path}: no "indicators" list`);
	return list;
}

/** One load run: the lock, the run record, the counts; shared by loadPaths and loadPathsAsync. */
interface LoadRun {
	files: string[];
	summary: LoadSummary;
	runId: number;
	catalogueChanged: boolean;
	version: string;
	now: () => string;
	onEvent: (e: LoadEvent) => void;
}

function beginLoad(db: Db, paths: string[], options: LoadBaseOptions): LoadRun {
	const onEvent = options.onEvent ?? (() => {});
	const version = options.extractorVersion ?? EXTRACTOR_VERSION;
	const now = options.now ?? (() => new Date().toISOString());
	const files = collectFiles(paths);
	acquireLoadLock(db, process.pid, hostname(), now());
	try {
		const runId = startLoadRun(db, now());
		const summary: LoadSummary = {
			seen: files.length,
			loaded: 0,
			skipped: 0,
			reports: 0,
			targets: 0,
			results: 0,
			assessments: 0,
			failures: []
		};
		const cataloguePath =
			options.cataloguePath === undefined ? DEFAULT_CATALOGUE : options.cataloguePath;
		let catalogueChanged = false;
		if (cataloguePath && existsSync(cataloguePath)) {
			const catalogue = readCatalogue(cataloguePath);
			catalogueChanged = db.transaction(() => syncIndicators(db, catalogue))();
		}
		onEvent({ kind: 'start', total: files.length });
		return { files, summary, runId, catalogueChanged, version, now, onEvent };
	} catch (err) {
		releaseLoadLock(db, process.pid);
		throw err;
	}
}

/** A file to extract, or null when the stored copy is current (counted as skipped). */
function prepareFile(
	db: Db,
	run: LoadRun,
	file: string,
	index: number
): { key: string; bytes: Buffer; digest: string } | null {
	const key = documentKey(file);
	const bytes = readFileSync(file);
	if (bytes.length === 0) throw new Error('empty file');
	const digest = sha256(bytes);
	const existing = findDocumentByPath(db, key);
	const copy = findDocumentBySha(db, digest, key);
	const current = (d?: { sha256: string; extractorVersion: string | null }) =>
		d?.sha256 === digest && d.extractorVersion === run.version;
	if (current(existing) || (!existing && current(copy))) {
		run.summary.skipped++;
		fileEvent(run, file, index, 'skipped');
		return null;
	}
	return { key, bytes, digest };
}

function storeFile(
	db: Db,
	run: LoadRun,
	file: string,
	index: number,
	prepared: { key: string; bytes: Buffer; digest: string },
	extraction: DocumentExtraction
): void {
	const stored = db
		.transaction(() =>
			storeExtraction(
				db,
				{
					fileName: basename(file),
					path: prepared.key,
					bytes: prepared.bytes.length,
					sha256: prepared.digest,
					encoding: extraction.encoding,
					text: extraction.text,
					extractorVersion: run.version,
					sourceUrl: extraction.page.sourceUrl,
					publisher: extraction.page.publisher,
					indexNumber: extraction.page.indexNumber,
					published: extraction.page.published
				},
				extraction.reports,
				isSyntheticText(extraction.text),
				run.now()
			)
		)
		.immediate();
	run.summary.loaded++;
	run.summary.reports += stored.reports;
	run.summary.targets += stored.targets;
	run.summary.results += stored.results;
	fileEvent(run, file, index, 'loaded');
}

function failFile(run: LoadRun, file: string, index: number, err: unknown): void {
	const error = err instanceof Error ? err.message : String(err);
	run.summary.failures.push({ file: documentKey(file), error });
	fileEvent(run, file, index, 'failed', error);
}

function fileEvent(
	run: LoadRun,
	file: string,
	index: number,
	outcome: 'loaded' | 'skipped' | 'failed',
	error?: string
): void {
	run.onEvent({
		kind: 'document',
		file: documentKey(file),
		index,
		total: run.files.length,
		outcome,
		error
	});
}

function finishLoad(db: Db, run: LoadRun): LoadSummary {
	try {
		run.onEvent({ kind: 'assessing' });
		run.summary.assessments = recomputeStale(db, run.now(), run.catalogueChanged);
		finishLoadRun(db, run.runId, run.summary, run.now());
		return run.summary;
	} finally {
		releaseLoadLock(db, process.pid);
	}
}

/**
 * Loads .txt and .html files synchronously. Word and PDF files need loadPathsAsync: here they
 * are reported as failures (the synchronous extractor cannot read them).
 */
export function loadPaths(db: Db, paths: string[], options: LoadOptions = {}): LoadSummary {
	const extract = options.extract ?? extractDocument;
	const run = beginLoad(db, paths, options);
	try {
		run.files.forEach((file, index) => {
			try {
				const prepared = prepareFile(db, run, file, index);
				if (!prepared) return;
				const extraction = extract({ fileName: basename(file), bytes: prepared.bytes });
				storeFile(db, run, file, index, prepared, extraction);
			} catch (err) {
				failFile(run, file, index, err);
			}
		});
	} catch (err) {
		releaseLoadLock(db, process.pid);
		throw err;
	}
	return finishLoad(db, run);
}

/** Loads every supported format (.txt, .html, .docx, .pdf); Word and PDF are read asynchronously. */
export async function loadPathsAsync(
	db: Db,
	paths: string[],
	options: LoadAsyncOptions = {}
): Promise<LoadSummary> {
	const extract = options.extract ?? extractDocumentAsync;
	const run = beginLoad(db, paths, options);
	try {
		for (const [index, file] of run.files.entries()) {
			try {
				const prepared = prepareFile(db, run, file, index);
				if (!prepared) continue;
				// The load lock stays held across the wait; each document is still one transaction.
				const extraction = await extract({ fileName: basename(file), bytes: prepared.bytes });
				storeFile(db, run, file, index, prepared, extraction);
			} catch (err) {
				failFile(run, file, index, err);
			}
		}
	} catch (err) {
		releaseLoadLock(db, process.pid);
		throw err;
	}
	return finishLoad(db, run);
}
