/**
 * Fuzzing the extractor (a few hundred inputs here; tests/stress runs ten thousand): random bytes,
 * truncated and spliced real reports, wrong encodings, huge lines, nested HTML, absurd numbers,
 * empty files. Each input either extracts within the time limit into reports whose quotes point
 * into the text, or is refused with an ExtractError naming the file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument, ExtractError } from '../../../src/lib/extract';
import { fuzzExtractor, KINDS, randomSeed, TIME_LIMIT_MS } from './fuzz-inputs';

const FIXED_SEED = 20_240_601;
const rejections: unknown[] = [];
const onRejection = (r: unknown) => rejections.push(r);
beforeAll(() => process.on('unhandledRejection', onRejection));
afterAll(() => {
	process.off('unhandledRejection', onRejection);
	expect(rejections).toEqual([]);
});

const isRefusal = (e: unknown) => e instanceof ExtractError;

describe('extractor fuzzing', () => {
	it(`fixed seed: every kind of bad input, none crashes or takes over ${TIME_LIMIT_MS} ms`, () => {
		const run = fuzzExtractor(extractDocument, isRefusal, FIXED_SEED, 0, 150);
		expect(run.problems).toEqual([]);
		expect(Object.keys(run.byKind).sort()).toEqual([...KINDS].sort());
		// Both outcomes occur: the generators make refusable and extractable files.
		expect(run.refused).toBeGreaterThan(0);
		expect(run.refused).toBeLessThan(run.inputs);
	}, 120_000);

	it('a random seed (printed with any failure)', () => {
		const seed = randomSeed();
		const run = fuzzExtractor(extractDocument, isRefusal, seed, 0, 40);
		expect(run.problems, `random seed ${seed} (rerun with FUZZ_SEED=${seed})`).toEqual([]);
	}, 120_000);

	it('the same seed rebuilds the same inputs', () => {
		const a = fuzzExtractor(extractDocument, isRefusal, 7, 0, 20);
		const b = fuzzExtractor(extractDocument, isRefusal, 7, 0, 20);
		expect(a.byKind).toEqual(b.byKind);
		expect(a.refused).toBe(b.refused);
	}, 60_000);
});
