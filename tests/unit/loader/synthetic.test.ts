/**
 * The synthetic multi-year corpus through the real extractor, the loader and the linker: every
 * target must come out with the status written down in tests/fixtures/synthetic/expected.json.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src/lib/server/db/index';
import { loadPaths } from '../../../src/lib/server/loader';
import { queryAssessments, type AssessmentView } from '../../../src/lib/server/db/assessments';
import { listReports } from '../../../src/lib/server/db/reports';
import { listTowns } from '../../../src/lib/server/db/towns';

interface Expected {
	report?: number;
	year: number;
	indicator: string | null;
	text?: string;
	measure?: string;
	implied?: boolean;
	status: string;
	basis: string | null;
	flag?: string;
}

const dir = 'tests/fixtures/synthetic';
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
	town: string;
	targets: Expected[];
	midyear: Expected[];
};

let db: Db;
let all: AssessmentView[];
let reportYear: Map<number, number>;

beforeAll(() => {
	db = openDatabase(join(mkdtempSync(join(tmpdir(), 'ledger-synth-')), 'ledger.sqlite'));
	const summary = loadPaths(db, [dir]);
	expect(summary.failures).toEqual([]);
	all = queryAssessments(db, { town: expected.town }) ?? [];
	reportYear = new Map(listReports(db).map((r) => [r.id, r.reportYear]));
});

function find(e: Expected, primaryOnly: boolean): AssessmentView[] {
	return all.filter(
		(a) =>
			(!primaryOnly || a.primary) &&
			a.year === e.year &&
			(e.indicator ? a.indicator === e.indicator : a.text.includes(e.text ?? '')) &&
			(e.measure === undefined || a.measure === e.measure) &&
			(e.report === undefined || reportYear.get(a.target.reportId) === e.report) &&
			(e.implied === undefined || a.target.implied === e.implied) &&
			(primaryOnly || a.basis === e.basis)
	);
}

describe('synthetic corpus', () => {
	it('stores the fictional town as synthetic', () => {
		const town = listTowns(db).find((t) => t.name === expected.town);
		expect(town?.synthetic).toBe(true);
		expect(listReports(db).filter((r) => r.town === expected.town)).toHaveLength(5);
	});

	it.each(
		expected.targets.map(
			(e) => [`${e.report} ${e.indicator ?? e.text} ${e.year} ${e.measure}`, e] as const
		)
	)('%s', (_name, e) => {
		const found = find(e, true);
		expect(found, 'exactly one primary assessment').toHaveLength(1);
		expect({ status: found[0].status, basis: found[0].basis }).toEqual({
			status: e.status,
			basis: e.basis
		});
		if (e.flag) expect(found[0].flags).toContain(e.flag);
		// Evidence both ways: the target's sentence, and the outcome's when there is one.
		expect(found[0].sources[0].role).toBe('target');
		if (found[0].outcome) expect(found[0].sources.some((s) => s.role === 'outcome')).toBe(true);
	});

	it.each(expected.midyear.map((e) => [`${e.indicator} ${e.year} ${e.basis}`, e] as const))(
		'mid-year evidence kept: %s',
		(_name, e) => {
			const found = find(e, false);
			expect(found.map((a) => a.status)).toContain(e.status);
		}
	);

	it('every target of the corpus is listed in the expectations', () => {
		const primaries = all.filter((a) => a.primary);
		expect(primaries).toHaveLength(expected.targets.length);
	});
});
