/**
 * Concurrency against the built web server (issue 8 §3): clients request pages and the JSON API
 * without pause while loaders write into the same database (WAL, busy timeout). No request may
 * fail; two loaders started at once are refused or serialised, never interleaved.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hammer, runLoader, twoLoaderProblems } from '../unit/robustness/concurrency-kit';
import { buildCorpus, loadToEnd, touchSome } from '../unit/robustness/crash-kit';
import { rng } from '../unit/robustness/fuzz-inputs';

let server: ChildProcess | null = null;

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const s = createServer();
		s.listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => resolve(port));
		});
	});
}

beforeAll(() => {
	// npm test builds the app before the stress tests; build it here when run alone.
	if (!existsSync('build/index.js')) {
		const b = spawnSync('npx', ['vite', 'build'], { encoding: 'utf8' });
		if (b.status !== 0) throw new Error(`vite build failed: ${b.stderr.slice(-1000)}`);
	}
});
afterAll(() => {
	server?.kill('SIGTERM');
});

it('serves every request while loaders write', async () => {
	const root = mkdtempSync(join(tmpdir(), 'ledger-serve-'));
	const expected = new Map();
	const corpus = join(root, 'corpus');
	const files = buildCorpus(corpus, 6, expected);
	const dbPath = join(root, 'ledger.sqlite');
	expect((await loadToEnd(dbPath, ['data/reports'])).code).toBe(0);
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	server = spawn(process.execPath, ['build/index.js'], {
		stdio: 'ignore',
		env: {
			...process.env,
			DATABASE_PATH: dbPath,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: base
		}
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${base}/api/towns`)).ok) break;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	const paths = [
		'/',
		'/reports',
		'/api/towns',
		'/api/assessments',
		'/api/reports',
		'/search?q=%E9%95%87'
	];
	const byStatus: Record<string, number> = {};
	const h = hammer(4, async (n) => {
		let path = paths[n % paths.length];
		if (n % 7 === 0) {
			// A report that exists now: it may be replaced while we ask, so 404 is a fair answer.
			const reps = (await (await fetch(`${base}/api/reports`)).json()) as { id: number }[];
			path = `/reports/${reps[n % reps.length].id}`;
		}
		const res = await fetch(base + path);
		await res.arrayBuffer();
		byStatus[res.status] = (byStatus[res.status] ?? 0) + 1;
		const replacedReport = path.startsWith('/reports/') && res.status === 404;
		if (!res.ok && !replacedReport) throw new Error(`${path}: ${res.status}`);
	});
	const first = await runLoader(dbPath, [corpus]);
	const rounds: Awaited<ReturnType<typeof runLoader>>[][] = [];
	for (let round = 1; round <= 3; round++) {
		touchSome(files, rng(round), round, expected);
		rounds.push(await Promise.all([runLoader(dbPath, [corpus]), runLoader(dbPath, [corpus])]));
	}
	await h.stop();
	const db = new Database(dbPath, { readonly: true });
	const runs = db
		.prepare(`SELECT started_at AS startedAt, finished_at AS finishedAt FROM load_runs`)
		.all() as { startedAt: string; finishedAt: string | null }[];
	db.close();
	const refused = rounds.flat().filter((o) => o.code === 2).length;
	console.log(
		`server under load: ${h.served} requests served, ${h.failures.length} failed, statuses ${JSON.stringify(byStatus)}; ` +
			`${1 + rounds.length * 2} loaders, ${refused} refused, ${runs.length} load runs`
	);
	expect(first.code, first.stderr).toBe(0);
	expect(h.failures).toEqual([]);
	expect(h.served).toBeGreaterThan(100);
	expect(twoLoaderProblems(rounds.flat(), runs)).toEqual([]);
}, 300_000);
