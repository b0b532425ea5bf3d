/**
 * The loader given a folder of bad files (some with hostile names) beside the real reports:
 * each bad file fails with its own message, the others load, the database stays sound.
 */
import { expect, it } from 'vitest';
import { fuzzLoader } from './loader-fuzz';

it('loads the good files and names each bad one', () => {
	const { files, summary, problems } = fuzzLoader(20_240_602, 0, 60);
	expect(problems).toEqual([]);
	expect(summary.seen).toBe(files);
	expect(summary.failures.length).toBeGreaterThan(0);
	expect(summary.loaded).toBeGreaterThan(5);
	for (const f of summary.failures) expect(f.error.length).toBeGreaterThan(5);
}, 120_000);
