/**
 * Crash safety: the loader killed (SIGKILL) partway through many files leaves a database that
 * passes PRAGMA integrity_check, and a rerun completes it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';

const SYNTH = 'tests/fixtures/synthetic';
const COPIES = 60;

it('survives SIGKILL halfway and a rerun completes the load', async () => {
	const root = mkdtempSync(join(tmpdir(), 'ledger-crash-'));
	const corpus = join(root, 'corpus');
	let n = 0;
	for (let i = 0; i < COPIES; i++) {
		const dir = join(corpus, `batch-${String(i).padStart(2, '0')}`);
		mkdirSync(dir, { recursive: true });
		for (const f of readdirSync(SYNTH).filter((f) => f.endsWith('.txt'))) {
			// A distinct closing line makes each copy a distinct document.
			writeFileSync(join(dir, f), readFileSync(join(SYNTH, f), 'utf8') + `\n(副本 ${i})\n`);
			n++;
		}
	}
	const dbPath = join(root, 'ledger.sqlite');
	// The loader runs in this very process (node with the tsx loader), so killing it by its id
	// kills the loader itself.
	const args = ['--import', 'tsx', 'scripts/load.ts', '--db', dbPath, corpus];
	const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
	let loadedLines = 0;
	await new Promise<void>((resolve, reject) => {
		child.stderr.on('data', (chunk: Buffer) => {
			loadedLines += (chunk.toString().match(/ loaded /g) ?? []).length;
			if (loadedLines >= 5 && child.exitCode === null) child.kill('SIGKILL');
		});
		child.on('exit', () => resolve());
		child.on('error', reject);
	});
	const db = new Database(dbPath);
	expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
	const partial = (db.prepare(`SELECT COUNT(*) AS n FROM documents`).get() as { n: number }).n;
	db.close();
	expect(partial).toBeGreaterThanOrEqual(5);
	expect(partial).toBeLessThan(n);

	const rerun = spawnSync(process.execPath, args, { encoding: 'utf8' });
	expect(rerun.status, rerun.stderr).toBe(0);
	expect(rerun.stdout).toMatch(
		new RegExp(`${n} seen, ${n - partial} loaded, ${partial} unchanged, 0 failed`)
	);
	const after = new Database(dbPath, { readonly: true });
	expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
	expect((after.prepare(`SELECT COUNT(*) AS n FROM documents`).get() as { n: number }).n).toBe(n);
	expect(
		(after.prepare(`SELECT COUNT(*) AS n FROM towns WHERE stale = 1`).get() as { n: number }).n
	).toBe(0);
	expect(
		(after.prepare(`SELECT COUNT(*) AS n FROM assessments`).get() as { n: number }).n
	).toBeGreaterThan(0);
	after.close();
}, 120_000);
