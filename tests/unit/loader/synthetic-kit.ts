/**
 * The harness both synthetic-town suites share: load a fixture folder through the real
 * extractor, loader and linker into a fresh SQLite file, then find the assessment an entry of
 * its expected.json speaks about and check its verdict.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { openDatabase, type Db } from '../../../src/lib/server/db/index';
import { loadPaths } from '../../../src/lib/server/loader';
import { queryAssessments, type AssessmentView } from '../../../src/lib/server/db/assessments';
import { listReports } from '../../../src/lib/server/db/reports';

export interface Expected {
	report?: number;
	year: number;
	indicator: string | null;
	text?: string;
	measure?: string;
	implied?: boolean;
	status: string;
	basis: string | null;
	flag?: string;
	rule?: string;
	why?: string;
	extraction?: string;
}

export interface ExpectedSet {
	town: string;
	reports?: number;
	targets: Expected[];
	midyear: Expected[];
}

export function readExpected(dir: string): ExpectedSet {
	return JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as ExpectedSet;
}

export interface LoadedSet {
	db: Db;
	all: AssessmentView[];
	find(e: Expected, primaryOnly: boolean): AssessmentView[];
	checkPrimary(e: Expected): void;
	checkMidyear(e: Expected): void;
}

export function loadSet(dir: string, town: string): LoadedSet {
	const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'ledger-synth-')), 'ledger.sqlite'));
	const summary = loadPaths(db, [dir]);
	expect(summary.failures).toEqual([]);
	const all = queryAssessments(db, { town }) ?? [];
	const reportYear = new Map(listReports(db).map((r) => [r.id, r.reportYear]));

	const find = (e: Expected, primaryOnly: boolean) =>
		all.filter(
			(a) =>
				(!primaryOnly || a.primary) &&
				a.year === e.year &&
				(e.indicator ? a.indicator === e.indicator : a.text.includes(e.text ?? '')) &&
				(e.measure === undefined || a.measure === e.measure) &&
				(e.report === undefined || reportYear.get(a.target.reportId) === e.report) &&
				(e.implied === undefined || a.target.implied === e.implied) &&
				(primaryOnly || a.basis === e.basis)
		);

	return {
		db,
		all,
		find,
		checkPrimary(e) {
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
		},
		checkMidyear(e) {
			expect(find(e, false).map((a) => a.status)).toContain(e.status);
		}
	};
}
