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

export const LOADABLE_EXTENSIONS = ['.txt', '.html', '.htm'];
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

export interface LoadOptions {
	onEvent?: (e: LoadEvent) => void;
	/** The indicator catalogue (default data/indicators.json when it exists). */
	cataloguePath?: string | null;
	/** Replaceable for tests (e.g. an extractor that fails partway). */
	extract?: (input: ExtractInput) => DocumentExtraction;
	extractorVersion?: string;
	now?: () => string;
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

export function loadPaths(db: Db, paths: string[], options: LoadOptions = {}): LoadSummary {
	const onEvent = options.onEvent ?? (() => {});
	const extract = options.extract ?? extractDocument;
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
		files.forEach((file, index) => {
			const key = documentKey(file);
			const event = (outcome: 'loaded' | 'skipped' | 'failed', error?: string) =>
				onEvent({ kind: 'document', file: key, index, total: files.length, outcome, error });
			try {
				const bytes = readFileSync(file);
				if (bytes.length === 0) throw new Error('empty file');
				const digest = sha256(bytes);
				const existing = findDocumentByPath(db, key);
				const copy = findDocumentBySha(db, digest, key);
				const current = (d?: { sha256: string; extractorVersion: string | null }) =>
					d?.sha256 === digest && d.extractorVersion === version;
				if (current(existing) || (!existing && current(copy))) {
					summary.skipped++;
					event('skipped');
					return;
				}
				const extraction = extract({ fileName: basename(file), bytes });
				const stored = db
					.transaction(() =>
						storeExtraction(
							db,
							{
								fileName: basename(file),
								path: key,
								bytes: bytes.length,
								sha256: digest,
								encoding: extraction.encoding,
								text: extraction.text,
								extractorVersion: version,
								sourceUrl: extraction.page.sourceUrl,
								publisher: extraction.page.publisher,
								indexNumber: extraction.page.indexNumber,
								published: extraction.page.published
							},
							extraction.reports,
							isSyntheticText(extraction.text),
							now()
						)
					)
					.immediate();
				summary.loaded++;
				summary.reports += stored.reports;
				summary.targets += stored.targets;
				summary.results += stored.results;
				event('loaded');
			} catch (err) {
				const error = err instanceof Error ? err.message : String(err);
				summary.failures.push({ file: key, error });
				event('failed', error);
			}
		});
		onEvent({ kind: 'assessing' });
		summary.assessments = recomputeStale(db, now(), catalogueChanged);
		finishLoadRun(db, runId, summary, now());
		return summary;
	} finally {
		releaseLoadLock(db, process.pid);
	}
}
