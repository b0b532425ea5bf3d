/**
 * Crash safety under stress: at least twenty loaders killed with SIGKILL at seeded random
 * moments while they replace documents. After every kill the file passes integrity_check, no
 * document is half-loaded and the editor's correction stands; a rerun then gives exactly the
 * ledger a clean load (with the same correction) gives.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { crashRun } from '../unit/robustness/crash-kit';
import { randomSeed, rng } from '../unit/robustness/fuzz-inputs';

it('survives twenty SIGKILLs with nothing lost', async () => {
	const seed = randomSeed();
	const root = mkdtempSync(join(tmpdir(), 'ledger-kill-'));
	const t0 = Date.now();
	const run = await crashRun(root, {
		kills: 20,
		maxRounds: 90,
		copies: 6,
		r: rng(seed),
		// loads of the touched files now finish in well under a second: kill within 300 ms
		maxDelayMs: 300
	});
	console.log(
		`crash: seed ${seed}, ${run.documents} documents, ${run.kills} kills in ${run.rounds} rounds, ` +
			`ledger of ${run.ledgerLines} rows compared, ${((Date.now() - t0) / 1000).toFixed(0)} s`
	);
	expect(run.problems, `seed ${seed}`).toEqual([]);
	expect(run.differences, `seed ${seed}`).toEqual([]);
	expect(run.kills).toBeGreaterThanOrEqual(20);
}, 400_000);
