/**
 * One shard of the stress fuzz: the fixed seed's inputs [from, to) plus a slice of a random
 * seed's, through the extractor; then a folder of them through the loader.
 */
import { expect, it } from 'vitest';
import { extractDocument, ExtractError } from '../../src/lib/extract';
import { fuzzExtractor, randomSeed, TIME_LIMIT_MS } from '../unit/robustness/fuzz-inputs';
import { fuzzLoader } from '../unit/robustness/loader-fuzz';

export const FIXED_SEED = 20_240_601;
const isRefusal = (e: unknown) => e instanceof ExtractError;

export function fuzzShard(shard: number, fixed: number, random: number, loaderFiles: number): void {
	const rejections: unknown[] = [];
	const onRejection = (r: unknown) => rejections.push(r);

	it(`extractor: ${fixed} fixed-seed inputs (shard ${shard}), each within ${TIME_LIMIT_MS} ms CPU`, () => {
		process.on('unhandledRejection', onRejection);
		const run = fuzzExtractor(
			extractDocument,
			isRefusal,
			FIXED_SEED,
			shard * fixed,
			(shard + 1) * fixed
		);
		console.log(
			`fuzz shard ${shard}: ${run.inputs} inputs, ${run.refused} refused, slowest ${run.maxMs.toFixed(0)} ms`,
			run.byKind
		);
		expect(run.problems).toEqual([]);
		expect(run.inputs).toBe(fixed);
	});

	it(`extractor: ${random} inputs of a random seed`, () => {
		const seed = randomSeed() + shard;
		const run = fuzzExtractor(extractDocument, isRefusal, seed, 0, random);
		console.log(
			`fuzz shard ${shard}: random seed ${seed}, ${run.inputs} inputs, ${run.refused} refused`
		);
		expect(run.problems, `random seed ${seed} (rerun with FUZZ_SEED=${seed - shard})`).toEqual([]);
	});

	it(`loader: ${loaderFiles} generated files beside the real reports`, () => {
		const { files, summary, problems } = fuzzLoader(FIXED_SEED + 1 + shard, 0, loaderFiles);
		console.log(
			`loader fuzz shard ${shard}: ${files} files, ${summary.loaded} loaded, ${summary.skipped} skipped, ${summary.failures.length} failed`
		);
		expect(problems).toEqual([]);
		process.off('unhandledRejection', onRejection);
		expect(rejections).toEqual([]);
	});
}
