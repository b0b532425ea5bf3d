/**
 * Tools for the crash-safety tests: a corpus that changes between runs, the loader as a child
 * process killed with SIGKILL at a seeded random moment, the checks run after each kill, and a
 * canonical dump of the ledger (natural keys instead of autoincrement ids, no timestamps) to
 * compare a recovered database with a clean load.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type Database from 'better-sqlite3';
import { extractDocument } from '../../../src/lib/extract';
import { addCorrection } from '../../../src/lib/server/db/corrections';
import { recomputeStale } from '../../../src/lib/server/db/ledger';
import { sha256 } from '../../../src/lib/server/loader';
import type { Rng } from './fuzz-inputs';

type Db = Database.Database;

export interface Counts {
	reports: number;
	targets: number;
	results: number;
}

/** What the extractor gives each version of each file, by its sha256. */
export type Expected = Map<string, Counts>;

export function remember(expected: Expected, fileName: string, bytes: Uint8Array): void {
	const key = sha256(bytes);
	if (expected.has(key)) return;
	const x = extractDocument({ fileName, bytes });
	expected.set(key, {
		reports: x.reports.length,
		targets: x.reports.reduce((n, r) => n + r.targets.length, 0),
		results: x.reports.reduce((n, r) => n + r.results.length, 0)
	});
}

/** The real reports and `copies` distinct copies of the synthetic corpus, in `dir`. */
export function buildCorpus(dir: string, copies: number, expected: Expected): string[] {
	mkdirSync(dir, { recursive: true });
	const files: string[] = [];
	const put = (name: string, bytes: Uint8Array) => {
		writeFileSync(join(dir, name), bytes);
		remember(expected, name, bytes);
		files.push(join(dir, name));
	};
	for (const f of readdirSync('data/reports').filter((f) => f.endsWith('.txt')))
		put(f, readFileSync(join('data/reports', f)));
	const synth = 'tests/fixtures/synthetic';
	for (let i = 0; i < copies; i++)
		for (const f of readdirSync(synth).filter((f) => f.endsWith('.txt')))
			put(
				f.replace(/\.txt$/, `-${i}.txt`),
				Buffer.from(readFileSync(join(synth, f), 'utf8') + `\n(副本 ${i})\n`)
			);
	return files.sort();
}

/** Appends a line to some files so the next load replaces their stored documents. */
export function touchSome(files: string[], r: Rng, round: number, expected: Expected): number {
	let n = 0;
	for (const f of files) {
		if (r.next() > 0.3) continue;
		const bytes = Buffer.concat([readFileSync(f), Buffer.from(`\n(第${round}轮修订)\n`)]);
		writeFileSync(f, bytes);
		remember(expected, basename(f), bytes);
		n++;
	}
	return n;
}

export const loaderArgs = (dbPath: string, paths: string[]) => [
	'--import',
	'tsx',
	'scripts/load.ts',
	'--db',
	dbPath,
	...paths
];

/**
 * Runs the loader and kills it with SIGKILL `delayMs` after its first progress line. Resolves
 * whether the kill landed on a running loader (false when it had already finished).
 */
export function loadAndKill(dbPath: string, paths: string[], delayMs: number): Promise<boolean> {
	const child = spawn(process.execPath, loaderArgs(dbPath, paths), {
		stdio: ['ignore', 'ignore', 'pipe']
	});
	return new Promise((resolve, reject) => {
		let timer: NodeJS.Timeout | null = null;
		let killed = false;
		child.stderr.on('data', () => {
			timer ??= setTimeout(() => {
				if (child.exitCode === null && child.signalCode === null) killed = child.kill('SIGKILL');
			}, delayMs);
		});
		child.on('error', reject);
		child.on('exit', (code, signal) => {
			if (timer) clearTimeout(timer);
			resolve(killed && signal === 'SIGKILL');
		});
	});
}

/** Runs the loader to the end; resolves its exit code and output. */
export function loadToEnd(
	dbPath: string,
	paths: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
	const child = spawn(process.execPath, loaderArgs(dbPath, paths), { stdio: 'pipe' });
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
	child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('exit', (code) => resolve({ code, stdout, stderr }));
	});
}

/**
 * Problems with what a reader sees now: every stored document has exactly the reports, targets
 * and results the extractor gives its bytes (no half-loaded document), and the file is sound.
 */
export function visibleProblems(db: Db, expected: Expected): string[] {
	const problems: string[] = [];
	const ok = db.pragma('integrity_check', { simple: true });
	if (ok !== 'ok') problems.push(`integrity_check: ${ok}`);
	const fk = db.pragma('foreign_key_check') as unknown[];
	if (fk.length) problems.push(`foreign_key_check: ${fk.length} rows`);
	const docs = db
		.prepare(
			`SELECT d.path, d.sha256,
			   (SELECT COUNT(*) FROM reports r WHERE r.document_id = d.id) AS reports,
			   (SELECT COUNT(*) FROM targets t JOIN reports r ON r.id = t.report_id
			     WHERE r.document_id = d.id AND t.implied = 0 AND t.origin = 'machine') AS targets,
			   (SELECT COUNT(*) FROM results x JOIN reports r ON r.id = x.report_id
			     WHERE r.document_id = d.id AND x.origin = 'machine') AS results
			 FROM documents d`
		)
		.all() as ({ path: string; sha256: string } & Counts)[];
	for (const d of docs) {
		const want = expected.get(d.sha256);
		if (!want) problems.push(`${d.path}: stored bytes never written (${d.sha256.slice(0, 8)})`);
		else if (want.reports !== d.reports || want.targets !== d.targets || want.results !== d.results)
			problems.push(
				`${d.path}: half-loaded: stored ${JSON.stringify({ r: d.reports, t: d.targets, x: d.results })}, extractor gives ${JSON.stringify(want)}`
			);
	}
	return problems;
}

/** An editor's correction of a real report's first target (a hostile-looking reason included). */
export function correctFirstTarget(db: Db, now: string): { path: string; value: number } {
	const t = db
		.prepare(
			`SELECT t.id, d.path FROM targets t JOIN reports r ON r.id = t.report_id
			 JOIN documents d ON d.id = r.document_id
			 WHERE t.implied = 0 AND t.value IS NOT NULL ORDER BY d.path, r.ordinal, t.ordinal LIMIT 1`
		)
		.get() as { id: number; path: string };
	const value = 4242.5;
	db.transaction(() => {
		addCorrection(
			db,
			{
				kind: 'target',
				action: 'set',
				id: t.id,
				field: 'value',
				value: String(value),
				reason: `核对原文 '); DROP TABLE corrections; -- <script>alert(1)</script>`
			},
			{ id: null, name: 'crash-test' },
			now
		);
		recomputeStale(db, now);
	})();
	return { path: t.path, value };
}

/** Whether the correction is still recorded and still applied to its target. */
export function correctionProblems(db: Db, c: { path: string; value: number }): string[] {
	const rows = db
		.prepare(
			`SELECT c.applied, c.item_id AS itemId, d.path FROM corrections c
			 JOIN documents d ON d.id = c.document_id`
		)
		.all() as { applied: number; itemId: number | null; path: string }[];
	if (rows.length !== 1) return [`${rows.length} corrections stored, expected 1`];
	const [row] = rows;
	if (row.path !== c.path) return [`correction moved to ${row.path}`];
	if (!row.applied || row.itemId === null) return ['correction no longer applied'];
	const t = db.prepare(`SELECT value, corrected FROM targets WHERE id = ?`).get(row.itemId) as
		{ value: number; corrected: number } | undefined;
	if (!t || t.value !== c.value || !t.corrected)
		return [`corrected target now ${JSON.stringify(t)}`];
	return [];
}

const DUMPED = [
	'documents',
	'towns',
	'indicators',
	'reports',
	'targets',
	'results',
	'assessments',
	'corrections',
	'manual_results'
];

/**
 * The ledger as sorted lines of natural keys and values: autoincrement ids become the key of the
 * row they point to, and timestamps are left out, so two equal ledgers dump the same.
 */
export function canonicalDump(db: Db): string[] {
	const tables = DUMPED.filter((t) =>
		db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(t)
	);
	const rows = new Map<string, Map<number, Record<string, unknown>>>();
	for (const t of tables) {
		const m = new Map<number, Record<string, unknown>>();
		for (const r of db.prepare(`SELECT rowid AS _rowid, * FROM ${t}`).all() as Record<
			string,
			unknown
		>[])
			m.set(Number(r._rowid), r);
		rows.set(t, m);
	}
	const memo = new Map<string, string>();
	const key = (t: string, id: unknown): string => {
		if (id === null || id === undefined) return 'null';
		const k = `${t}:${id}`;
		const hit = memo.get(k);
		if (hit) return hit;
		const r = rows.get(t)?.get(Number(id));
		let out: string;
		if (!r) out = `${t}:missing`;
		else if (t === 'documents') out = `doc(${r.path})`;
		else if (t === 'towns') out = `town(${r.slug})`;
		else if (t === 'indicators') out = `ind(${r.id})`;
		else if (t === 'reports') out = `${key('documents', r.document_id)}/rep${r.ordinal}`;
		else if (t === 'targets') out = `${key('reports', r.report_id)}/t${r.ordinal}`;
		else if (t === 'results') out = `${key('reports', r.report_id)}/r${r.ordinal}`;
		else if (t === 'assessments') out = `${key('targets', r.target_id)}/a(${r.basis})`;
		else if (t === 'corrections')
			out = `${key('documents', r.document_id)}/c(${r.report_ordinal},${r.item_kind},${r.action},${r.anchor_start},${r.field})`;
		else out = `${t}(${JSON.stringify({ ...r, id: undefined, _rowid: undefined })})`;
		memo.set(k, out);
		return out;
	};
	const lines: string[] = [];
	for (const t of tables) {
		const fks = new Map(
			(db.pragma(`foreign_key_list(${t})`) as { from: string; table: string }[]).map((f) => [
				f.from,
				f.table
			])
		);
		for (const [id, r] of rows.get(t)!) {
			const vals: string[] = [];
			for (const [col, v] of Object.entries(r)) {
				if (col === '_rowid' || col === 'id' || col.endsWith('_at')) continue;
				let shown: unknown = v;
				if (fks.has(col) && fks.get(col) !== 'users') shown = key(fks.get(col)!, v);
				else if (t === 'corrections' && col === 'item_id') shown = key(`${r.item_kind}s`, v);
				else if (t === 'assessments' && col === 'evidence' && typeof v === 'string')
					shown = (JSON.parse(v) as Record<string, unknown>[]).map((e) =>
						'resultId' in e ? { ...e, resultId: key('results', e.resultId) } : e
					);
				vals.push(`${col}=${JSON.stringify(shown)}`);
			}
			lines.push(`${key(t, id)} ${vals.join(' ')}`);
		}
	}
	return lines.sort();
}

export interface CrashRun {
	documents: number;
	rounds: number;
	kills: number;
	problems: string[];
	/** Lines that differ between the recovered ledger and a clean load (at most a few). */
	differences: string[];
	ledgerLines: number;
}

/**
 * Loads a corpus, corrects one target, then for each round changes some files and kills a
 * loader at a seeded random moment, checking what a reader would see after each kill; finally
 * a rerun must give the ledger a clean load (plus the same correction) gives.
 */
export async function crashRun(
	root: string,
	opts: { kills: number; maxRounds: number; copies: number; r: Rng; maxDelayMs: number }
): Promise<CrashRun> {
	const expected: Expected = new Map();
	const corpus = join(root, 'corpus');
	const files = buildCorpus(corpus, opts.copies, expected);
	const dbPath = join(root, 'ledger.sqlite');
	const { default: Sqlite } = await import('better-sqlite3');
	const { openDatabase } = await import('../../../src/lib/server/db/index');
	const problems: string[] = [];
	const first = await loadToEnd(dbPath, [corpus]);
	if (first.code !== 0) problems.push(`first load failed: ${first.stderr.slice(-500)}`);
	let db = openDatabase(dbPath);
	const correction = correctFirstTarget(db, '2024-01-01T00:00:00Z');
	db.close();
	let kills = 0;
	let rounds = 0;
	while (kills < opts.kills && rounds < opts.maxRounds) {
		rounds++;
		touchSome(files, opts.r, rounds, expected);
		if (await loadAndKill(dbPath, [corpus], opts.r.int(0, opts.maxDelayMs))) kills++;
		db = new Sqlite(dbPath, { readonly: true });
		try {
			for (const p of [...visibleProblems(db, expected), ...correctionProblems(db, correction)])
				problems.push(`round ${rounds}: ${p}`);
		} finally {
			db.close();
		}
	}
	const rerun = await loadToEnd(dbPath, [corpus]);
	if (rerun.code !== 0) problems.push(`rerun failed (${rerun.code}): ${rerun.stderr.slice(-500)}`);
	db = new Sqlite(dbPath, { readonly: true });
	const recovered = canonicalDump(db);
	for (const p of [...visibleProblems(db, expected), ...correctionProblems(db, correction)])
		problems.push(`after rerun: ${p}`);
	const stale = db.prepare(`SELECT COUNT(*) FROM towns WHERE stale = 1`).pluck().get() as number;
	if (stale) problems.push(`after rerun: ${stale} towns still stale`);
	db.close();

	// A clean load of the final files, and the same correction made on it.
	const cleanPath = join(root, 'clean.sqlite');
	const clean = await loadToEnd(cleanPath, [corpus]);
	if (clean.code !== 0) problems.push(`clean load failed: ${clean.stderr.slice(-500)}`);
	db = openDatabase(cleanPath);
	correctFirstTarget(db, '2024-01-01T00:00:00Z');
	const fresh = canonicalDump(db);
	db.close();
	const a = new Set(recovered);
	const b = new Set(fresh);
	const differences = [
		...recovered
			.filter((l) => !b.has(l))
			.map((l) => `recovered only: ${l.slice(0, 3000)}`)
			.slice(0, 5),
		...fresh
			.filter((l) => !a.has(l))
			.map((l) => `clean only: ${l.slice(0, 3000)}`)
			.slice(0, 5)
	];
	return {
		documents: files.length,
		rounds,
		kills,
		problems,
		differences,
		ledgerLines: fresh.length
	};
}
