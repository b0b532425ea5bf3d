import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../../src/lib/server/db/index';
import { loadPaths } from '../../../src/lib/server/loader';
import { overview, SORT_KEYS, type OverviewFilters } from '../../../src/lib/server/db/dashboard';
import { applyPerfMigrations } from '../../../src/lib/server/db/migrations-perf';
import { refreshTownSummary } from '../../../src/lib/server/db/summary';

// The stored town × year summary must give the overview exactly what counting live gives, on
// what the real loader and linker store (bundled reports and the synthetic multi-year corpus).
let dir: string;
let db: Db;
const cases: OverviewFilters[] = [{}];
const live = new Map<string, ReturnType<typeof overview>>();

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'dash-summary-'));
	db = openDatabase(join(dir, 'ledger.sqlite'));
	const summary = loadPaths(db, ['data/reports', 'tests/fixtures/synthetic']);
	expect(summary.failures).toEqual([]);
	const years = overview(db).years;
	const provinces = overview(db).provinces;
	for (const year of [null, ...years])
		for (const sort of SORT_KEYS)
			for (const dir of ['asc', 'desc'] as const) cases.push({ year, sort, dir });
	for (const status of ['met', 'missed', 'not_reported', 'pending'] as const)
		cases.push({ status }, { status, year: years.at(-1) });
	for (const province of provinces) cases.push({ province });
	const indicators = overview(db).indicators.map((i) => i.id);
	for (const indicator of indicators)
		for (const year of [null, years.at(-2)!])
			cases.push(
				{ indicator, year },
				{ indicator, year, sort: 'share' },
				{ indicator, year, status: 'met' }
			);
	for (const f of cases) live.set(JSON.stringify(f), overview(db, f));
	applyPerfMigrations(db, [10, 12]);
	// As the loader does after recomputing: rewrites the rows and ranks names in zh-CN order.
	const towns = db.prepare(`SELECT id FROM towns`).pluck().all() as number[];
	refreshTownSummary(db, towns);
}, 120_000);

afterAll(() => {
	db.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('overview from the stored summary', () => {
	it('has several towns and years to compare', () => {
		const o = overview(db);
		expect(o.totalRows).toBeGreaterThan(3);
		expect(o.years.length).toBeGreaterThan(2);
		expect(o.indicators.length).toBeGreaterThan(3);
	});

	it('matches the live count for every year, sort, status, province and indicator', () => {
		for (const f of cases) {
			const want = live.get(JSON.stringify(f))!;
			const got = overview(db, f);
			const shape = (o: typeof got) => ({
				years: o.years,
				year: o.year,
				totalRows: o.totalRows,
				rows: o.rows.map((r) => [r.town.slug, r.counts, r.total, r.share, r.briefYear]),
				cells: o.heatmap.cells
			});
			expect(shape(got), JSON.stringify(f)).toEqual(shape(want));
		}
	});

	it('follows a reload once the towns are refreshed', () => {
		const before = overview(db).rows.reduce((n, r) => n + r.total, 0);
		const town = db.prepare(`SELECT id FROM towns ORDER BY id LIMIT 1`).pluck().get() as number;
		db.prepare(
			`DELETE FROM targets WHERE report_id IN (SELECT id FROM reports WHERE town_id = ?)`
		).run(town);
		refreshTownSummary(db, [town]);
		const after = overview(db);
		expect(after.rows.find((r) => r.town.id === town)?.total ?? 0).toBe(0);
		expect(after.rows.reduce((n, r) => n + r.total, 0)).toBeLessThan(before);
	});
});
