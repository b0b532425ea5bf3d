/**
 * Fuzzing the loader: a folder of generated bad files (some with hostile names) beside the real
 * reports, loaded into a fresh SQLite file. Each bad file is a failure that names it; every other
 * file is stored with exactly the reports the extractor gives it; the database stays sound.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocument } from '../../../src/lib/extract';
import { openDatabase } from '../../../src/lib/server/db/index';
import { documentKey, loadPaths, type LoadSummary } from '../../../src/lib/server/loader';
import { fuzzInput } from './fuzz-inputs';

/** File names a hostile uploader might choose (all legal on Linux; none leaves the folder). */
export const HOSTILE_NAMES = [
	`'; DROP TABLE documents; --`,
	'<img src=x onerror=alert(1)>',
	'"><script>alert(1)<\\script>',
	'..%2F..%2Fetc%2Fpasswd',
	'name with\ttab',
	'名字 带 空格 与“引号”',
	'a'.repeat(200)
];

export interface LoaderFuzzResult {
	files: number;
	summary: LoadSummary;
	problems: string[];
}

export function fuzzLoader(seed: number, from: number, to: number): LoaderFuzzResult {
	const root = mkdtempSync(join(tmpdir(), 'ledger-fuzz-'));
	const dir = join(root, 'inbox');
	mkdirSync(dir);
	for (const f of readdirSync('data/reports').filter((f) => f.endsWith('.txt')))
		writeFileSync(join(dir, `real-${f}`), readFileSync(join('data/reports', f)));
	for (let i = from; i < to; i++) {
		const input = fuzzInput(seed, i);
		const ext = input.fileName.slice(input.fileName.lastIndexOf('.'));
		const name =
			i % 5 === 0 ? `${HOSTILE_NAMES[i % HOSTILE_NAMES.length]}-${i}${ext}` : input.fileName;
		writeFileSync(join(dir, name), input.bytes);
	}
	const all = readdirSync(dir).sort();
	// The loader skips hidden files (a leading dot), as a folder walk should.
	const files = all.filter((f) => !f.startsWith('.'));
	const dbPath = join(root, 'ledger.sqlite');
	const db = openDatabase(dbPath);
	const problems: string[] = [];
	let summary: LoadSummary;
	try {
		summary = loadPaths(db, [dir], { cataloguePath: 'data/indicators.json' });
		const failed = new Map(summary.failures.map((f) => [f.file, f.error]));
		if (summary.seen !== files.length)
			problems.push(`saw ${summary.seen} of ${files.length} files`);
		if (summary.loaded + summary.skipped + summary.failures.length !== summary.seen)
			problems.push(`counts do not add up: ${JSON.stringify({ ...summary, failures: 0 })}`);
		const stored = db.prepare(
			`SELECT d.id, (SELECT COUNT(*) FROM reports r WHERE r.document_id = d.id) AS reports
			 FROM documents d WHERE d.path = ?`
		);
		for (const name of files) {
			const key = documentKey(join(dir, name));
			const bytes = readFileSync(join(dir, name));
			let expected: number | null = null;
			try {
				expected = extractDocument({ fileName: name, bytes }).reports.length;
			} catch {
				expected = null;
			}
			const row = stored.get(key) as { id: number; reports: number } | undefined;
			const error = failed.get(key);
			if (error !== undefined) {
				if (!error.trim()) problems.push(`${name}: failure without a message`);
				if (row) problems.push(`${name}: failed yet stored`);
				if (expected !== null) problems.push(`${name}: extractable but failed: ${error}`);
			} else if (expected === null) {
				problems.push(`${name}: the extractor refuses it but the loader did not report it`);
			} else if (row) {
				if (row.reports !== expected)
					problems.push(`${name}: ${row.reports} reports stored, extractor gives ${expected}`);
			} else if (!summary.skipped) {
				problems.push(`${name}: neither stored, skipped nor failed`);
			}
			if (name.startsWith('real-') && error !== undefined)
				problems.push(`${name}: a real report failed: ${error}`);
		}
		for (const name of all.filter((f) => f.startsWith('.')))
			if (stored.get(documentKey(join(dir, name)))) problems.push(`${name}: hidden file stored`);
		const ok = db.pragma('integrity_check', { simple: true });
		if (ok !== 'ok') problems.push(`integrity_check: ${ok}`);
		const fk = db.pragma('foreign_key_check') as unknown[];
		if (fk.length) problems.push(`foreign_key_check: ${JSON.stringify(fk).slice(0, 200)}`);
		const names = db.prepare(`SELECT file_name AS f FROM documents`).pluck().all() as string[];
		for (const n of names)
			if (!files.includes(n)) problems.push(`stored under a name not given: ${JSON.stringify(n)}`);
	} finally {
		db.close();
	}
	// Nothing written beside the inbox but the database (and its WAL files).
	const written = readdirSync(root).filter((f) => f !== 'inbox' && !f.startsWith('ledger.sqlite'));
	if (written.length) problems.push(`files written outside the inbox: ${written.join(', ')}`);
	return { files: files.length, summary, problems };
}
