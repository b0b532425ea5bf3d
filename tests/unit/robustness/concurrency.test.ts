/**
 * Concurrency, short version (tests/stress runs it against the built web server): readers keep
 * reading while a loader writes into the same WAL database, and two loaders started at once are
 * refused or serialised, never interleaved.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { overview } from '../../../src/lib/server/db/dashboard';
import { openDatabase } from '../../../src/lib/server/db/index';
import { getReport, listReports } from '../../../src/lib/server/db/reports';
import { listTowns } from '../../../src/lib/server/db/towns';
import { hammer, runLoader, twoLoaderProblems } from './concurrency-kit';
import { buildCorpus, loadToEnd, touchSome } from './crash-kit';
import { rng } from './fuzz-inputs';

it('readers never fail while a loader writes; two loaders never interleave', async () => {
	const root = mkdtempSync(join(tmpdir(), 'ledger-conc-'));
	const expected = new Map();
	const corpus = join(root, 'corpus');
	const files = buildCorpus(corpus, 3, expected);
	const dbPath = join(root, 'ledger.sqlite');
	expect((await loadToEnd(dbPath, ['data/reports'])).code).toBe(0);
	const reader = openDatabase(dbPath, { readonly: true });
	const h = hammer(3, (n) => {
		const k = n % 3;
		if (k === 0) expect(listTowns(reader).length).toBeGreaterThan(0);
		else if (k === 1) overview(reader);
		else {
			const reps = listReports(reader, {});
			const one = getReport(reader, reps[n % reps.length].id);
			if (one && one.start > one.end) throw new Error('report span reversed');
		}
	});
	const first = await runLoader(dbPath, [corpus]);
	touchSome(files, rng(5), 1, expected);
	const both = await Promise.all([runLoader(dbPath, [corpus]), runLoader(dbPath, [corpus])]);
	await h.stop();
	const runs = reader
		.prepare(`SELECT started_at AS startedAt, finished_at AS finishedAt FROM load_runs`)
		.all() as { startedAt: string; finishedAt: string | null }[];
	reader.close();
	expect(first.code, first.stderr).toBe(0);
	expect(h.failures).toEqual([]);
	expect(h.served).toBeGreaterThan(20);
	expect(twoLoaderProblems(both, runs)).toEqual([]);
}, 120_000);
