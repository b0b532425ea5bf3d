/**
 * The loader: walks files and folders, and stores each document in its own transaction so that
 * a failure leaves the database as it was before that document.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, isAbsolute } from 'node:path';
import { decodeBytes } from '../reading/encoding';
import type { Db } from './db/index';
import { findDocumentByPath, finishLoadRun, startLoadRun, upsertDocument } from './db/documents';

export const LOADABLE_EXTENSIONS = ['.txt', '.html', '.htm'];

export interface LoadFailure {
	file: string;
	error: string;
}

export interface LoadSummary {
	seen: number;
	loaded: number;
	skipped: number;
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
	  };

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

export function loadPaths(
	db: Db,
	paths: string[],
	onEvent: (e: LoadEvent) => void = () => {}
): LoadSummary {
	const files = collectFiles(paths);
	const now = () => new Date().toISOString();
	const runId = startLoadRun(db, now());
	const summary: LoadSummary = { seen: files.length, loaded: 0, skipped: 0, failures: [] };
	onEvent({ kind: 'start', total: files.length });
	files.forEach((file, index) => {
		const key = documentKey(file);
		try {
			const bytes = readFileSync(file);
			if (bytes.length === 0) throw new Error('empty file');
			const digest = sha256(bytes);
			const existing = findDocumentByPath(db, key);
			if (existing?.sha256 === digest) {
				summary.skipped++;
				onEvent({ kind: 'document', file: key, index, total: files.length, outcome: 'skipped' });
				return;
			}
			const decoded = decodeBytes(bytes);
			db.transaction(() => {
				upsertDocument(
					db,
					{
						fileName: basename(file),
						path: key,
						bytes: bytes.length,
						sha256: digest,
						encoding: decoded.encoding,
						text: decoded.text
					},
					now()
				);
			})();
			summary.loaded++;
			onEvent({ kind: 'document', file: key, index, total: files.length, outcome: 'loaded' });
		} catch (err) {
			const error = err instanceof Error ? err.message : String(err);
			summary.failures.push({ file: key, error });
			onEvent({
				kind: 'document',
				file: key,
				index,
				total: files.length,
				outcome: 'failed',
				error
			});
		}
	});
	finishLoadRun(db, runId, summary, now());
	return summary;
}
