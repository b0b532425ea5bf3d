/**
 * Crash safety, short version (tests/stress kills at least twenty times): the loader killed with
 * SIGKILL while replacing documents leaves no half-loaded document, keeps the editor's
 * correction, and a rerun gives exactly the ledger a clean load gives.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { crashRun } from './crash-kit';
import { rng } from './fuzz-inputs';

it('three kills, then a rerun equal to a clean load', async () => {
	const root = mkdtempSync(join(tmpdir(), 'ledger-kill-'));
	const run = await crashRun(root, {
		kills: 3,
		maxRounds: 12,
		copies: 3,
		r: rng(20_240_603),
		maxDelayMs: 300
	});
	expect(run.problems).toEqual([]);
	expect(run.differences).toEqual([]);
	expect(run.kills).toBe(3);
	expect(run.ledgerLines).toBeGreaterThan(100);
}, 180_000);
