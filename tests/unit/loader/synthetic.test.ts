/**
 * The synthetic multi-year corpus through the real extractor, the loader and the linker: every
 * target must come out with the status written down in tests/fixtures/synthetic/expected.json.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { listReports } from '../../../src/lib/server/db/reports';
import { listTowns } from '../../../src/lib/server/db/towns';
import { loadSet, readExpected, type LoadedSet } from './synthetic-kit';

const dir = 'tests/fixtures/synthetic';
const expected = readExpected(dir);

let set: LoadedSet;
beforeAll(() => {
	set = loadSet(dir, expected.town);
});

describe('synthetic corpus', () => {
	it('stores the fictional town as synthetic', () => {
		const town = listTowns(set.db).find((t) => t.name === expected.town);
		expect(town?.synthetic).toBe(true);
		expect(listReports(set.db).filter((r) => r.town === expected.town)).toHaveLength(5);
	});

	it.each(
		expected.targets.map(
			(e) => [`${e.report} ${e.indicator ?? e.text} ${e.year} ${e.measure}`, e] as const
		)
	)('%s', (_name, e) => set.checkPrimary(e));

	it.each(expected.midyear.map((e) => [`${e.indicator} ${e.year} ${e.basis}`, e] as const))(
		'mid-year evidence kept: %s',
		(_name, e) => set.checkMidyear(e)
	);

	it('every target of the corpus is listed in the expectations', () => {
		const primaries = set.all.filter((a) => a.primary);
		expect(primaries).toHaveLength(expected.targets.length);
	});
});
