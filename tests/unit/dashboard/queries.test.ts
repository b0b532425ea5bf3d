import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../../src/lib/server/db/index';
import {
	listDocumentsWithReports,
	overview,
	search,
	sortRows
} from '../../../src/lib/server/db/dashboard';
import { townBrief, townDetail } from '../../../src/lib/server/db/dashboard-town';
import { indicatorDetail, reportDetail } from '../../../src/lib/server/db/dashboard-report';
import { pageAssessments } from '../../../src/lib/server/db/dashboard-api';
import { queryAssessments, type AssessmentFilter } from '../../../src/lib/server/db/assessments';
import { applyPerfMigrations } from '../../../src/lib/server/db/migrations-perf';
import { refreshTownSummary } from '../../../src/lib/server/db/summary';

let dir: string;
let db: Db;

/** Appends `quote` to the text being built and returns its offsets. */
class TextBuilder {
	text = '';
	add(s: string): { start: number; end: number } {
		const start = this.text.length;
		this.text += s;
		return { start, end: this.text.length };
	}
}

function insertDocument(text: string, name: string): number {
	return Number(
		db
			.prepare(
				`INSERT INTO documents (file_name, path, bytes, sha256, encoding, text, loaded_at)
				 VALUES (?, ?, ?, 'x', 'utf-8', ?, '2024-01-01T00:00:00Z')`
			)
			.run(name, `t/${name}`, text.length, text).lastInsertRowid
	);
}

const ids: Record<string, number> = {};

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'dash-q-'));
	db = openDatabase(join(dir, 'ledger.sqlite'));
	// These tests exercise both read paths: start without the read-path summaries and the
	// full-text index (migrations 10–12) and add them where a test says so.
	db.exec(`
		DROP TRIGGER IF EXISTS documents_fts_ai;
		DROP TRIGGER IF EXISTS documents_fts_ad;
		DROP TRIGGER IF EXISTS documents_fts_au;
		DROP TABLE IF EXISTS documents_fts;
		DROP TABLE IF EXISTS town_indicator_summary;
		DROP TABLE IF EXISTS town_year_summary;
	`);
	db.exec(`
		INSERT INTO indicators (id, zh, en, aliases) VALUES
			('gdp', '地区生产总值', 'GDP', '["生产总值"]'),
			('fai', '固定资产投资', 'Fixed-asset investment', '[]');
		INSERT INTO towns (id, slug, name, county, province, synthetic) VALUES
			(1, '甲镇', '甲镇', '东县', '浙江省', 0),
			(2, '乙镇', '乙镇', '西县', '合成省', 1);
	`);
	// Town 1: a 2021 annual report with targets for 2021 and a 2022 report with the outcomes.
	const a = new TextBuilder();
	a.add('前言不属于报告。');
	const r1Start = a.text.length;
	a.add('二〇二一年甲镇政府工作报告。主要预期目标：');
	const t1 = a.add('生产总值增长6.5%以上');
	a.add('，');
	const t2 = a.add('固定资产投资增长8%');
	a.add('。');
	const r1End = a.text.length;
	const r2Start = a.text.length;
	a.add('二〇二二年报告。去年');
	const s1 = a.add('实现生产总值增长7%');
	a.add('。上半年');
	const s2 = a.add('固定资产投资增长3%，完成全年目标的30%');
	a.add('。今年目标：');
	const t3 = a.add('生产总值增长6%');
	a.add('。');
	const r2End = a.text.length;
	const doc = insertDocument(a.text, 'a.txt');
	ids.doc = doc;
	db.prepare(
		`INSERT INTO reports (id, document_id, ordinal, town_id, kind, report_year, review_year, start, end, title)
		 VALUES (10, ?, 0, 1, 'annual', 2021, 2020, ?, ?, '甲镇2021年报告'),
		        (11, ?, 1, 1, 'annual', 2022, 2021, ?, ?, '甲镇2022年报告')`
	).run(doc, r1Start, r1End, doc, r2Start, r2End);
	const target = db.prepare(
		`INSERT INTO targets (id, report_id, ordinal, indicator_id, text, year, tier, measure, value, unit, bound, quote, start, end)
		 VALUES (?, ?, ?, ?, ?, ?, 'headline', 'growth', ?, '%', ?, ?, ?, ?)`
	);
	target.run(
		100,
		10,
		0,
		'gdp',
		'生产总值',
		2021,
		6.5,
		'at_least',
		'生产总值增长6.5%以上',
		t1.start,
		t1.end
	);
	target.run(
		101,
		10,
		1,
		'fai',
		'固定资产投资',
		2021,
		8,
		'exactly',
		'固定资产投资增长8%',
		t2.start,
		t2.end
	);
	target.run(102, 11, 0, 'gdp', '生产总值', 2022, 6, 'exactly', '生产总值增长6%', t3.start, t3.end);
	const result = db.prepare(
		`INSERT INTO results (id, report_id, ordinal, indicator_id, text, year, period, value, unit, growth, completion, quote, start, end)
		 VALUES (?, 11, ?, ?, ?, 2021, ?, NULL, NULL, ?, ?, ?, ?, ?)`
	);
	result.run(200, 0, 'gdp', '生产总值', 'year', 7, null, '实现生产总值增长7%', s1.start, s1.end);
	result.run(
		201,
		1,
		'fai',
		'固定资产投资',
		'H1',
		3,
		30,
		a.text.slice(s2.start, s2.end),
		s2.start,
		s2.end
	);
	const assess = db.prepare(
		`INSERT INTO assessments (target_id, town_id, basis, status, margin, margin_unit, confidence, expected_share, result_id, outcome_value, computed_at)
		 VALUES (?, ?, ?, ?, ?, ?, 0.9, ?, ?, ?, 'now')`
	);
	assess.run(100, 1, 'following_report', 'met', 0.5, 'pp', null, 200, 7);
	// Not reported for the year, but on track at mid-year: the final verdict is shown.
	assess.run(101, 1, 'none', 'not_reported', null, null, null, null, null);
	assess.run(101, 1, 'midyear', 'behind', null, null, 0.5, 201, 3);
	// No following report yet: mid-year progress beats "pending".
	assess.run(102, 1, 'none', 'pending', null, null, null, null, null);
	assess.run(102, 1, 'midyear', 'on_track', null, null, 0.5, 201, 3);

	// Town 2 (synthetic): one missed 2021 target.
	const b = new TextBuilder();
	const u1 = b.add('固定资产投资增长10%');
	b.add('。');
	const v1 = b.add('固定资产投资增长2%');
	const doc2 = insertDocument(b.text, 'b.txt');
	db.prepare(
		`INSERT INTO reports (id, document_id, ordinal, town_id, kind, report_year, review_year, start, end)
		 VALUES (20, ?, 0, 2, 'annual', 2021, 2020, 0, ?)`
	).run(doc2, b.text.length);
	target.run(
		300,
		20,
		0,
		'fai',
		'固定资产投资',
		2021,
		10,
		'at_least',
		'固定资产投资增长10%',
		u1.start,
		u1.end
	);
	db.prepare(
		`INSERT INTO results (id, report_id, ordinal, indicator_id, text, year, period, growth, quote, start, end)
		 VALUES (400, 20, 0, 'fai', '固定资产投资', 2021, 'year', 2, '固定资产投资增长2%', ?, ?)`
	).run(v1.start, v1.end);
	assess.run(300, 2, 'following_report', 'missed', -8, 'pp', null, 400, 2);
});

afterAll(() => {
	db.close();
	rmSync(dir, { recursive: true, force: true });
});

// Both ways of counting: live from the assessments, and the stored town × year summary that
// the loader rewrites for the towns it recomputes (here rebuilt from scratch by refresh).
describe.each(['live', 'summary'] as const)('overview (%s)', (mode) => {
	beforeAll(() => {
		if (mode !== 'summary') return;
		applyPerfMigrations(db, [10, 12]);
		db.exec(`DELETE FROM town_year_summary; DELETE FROM town_indicator_summary`);
		refreshTownSummary(db, [1, 2]);
	});

	it('orders names in zh-CN order, page by page', () => {
		// 甲 (jiǎ) before 乙 (yǐ), although 乙 has the lower code point.
		expect(overview(db, { sort: 'name' }).rows.map((r) => r.town.slug)).toEqual(['甲镇', '乙镇']);
		const desc = overview(db, { sort: 'name', dir: 'desc' });
		expect(desc.rows.map((r) => r.town.slug)).toEqual(['乙镇', '甲镇']);
		expect(desc.totalRows).toBe(2);
	});

	it('counts every year together by default, one shown status per target', () => {
		const o = overview(db);
		expect(o.hasReports).toBe(true);
		expect(o.years).toEqual([2021, 2022]);
		expect(o.year).toBeNull();
		const jia = o.rows.find((r) => r.town.slug === '甲镇')!;
		expect(jia.counts).toEqual({ met: 1, not_reported: 1, on_track: 1 });
		expect(jia.share).toBe(0.5);
		expect(jia.briefYear).toBe(2022);
		const y2021 = overview(db, { year: 2021 }).rows.find((r) => r.town.slug === '甲镇')!;
		expect(y2021.counts).toEqual({ met: 1, not_reported: 1 });
		expect(y2021.briefYear).toBe(2021);
		const yi = o.rows.find((r) => r.town.slug === '乙镇')!;
		expect(yi.town.synthetic).toBe(true);
		expect(yi.counts).toEqual({ missed: 1 });
	});

	it('shows mid-year progress for a year not yet reviewed', () => {
		const o = overview(db, { year: 2022 });
		expect(o.rows.find((r) => r.town.slug === '甲镇')!.counts).toEqual({ on_track: 1 });
	});

	it('filters by province, indicator and status', () => {
		expect(overview(db, { province: '浙江省' }).rows.map((r) => r.town.slug)).toEqual(['甲镇']);
		expect(overview(db, { status: 'missed' }).rows.map((r) => r.town.slug)).toEqual(['乙镇']);
		const byInd = overview(db, { indicator: 'gdp' });
		expect(byInd.rows.map((r) => r.town.slug)).toEqual(['甲镇']);
		expect(byInd.rows[0].counts).toEqual({ met: 1, on_track: 1 });
	});

	it('builds heatmap cells per town and year', () => {
		const o = overview(db);
		const cell = o.heatmap.cells.find((c) => c.town === '乙镇' && c.year === 2021)!;
		expect(cell).toMatchObject({ share: 0, met: 0, judged: 1 });
		const interimOnly = o.heatmap.cells.find((c) => c.town === '甲镇' && c.year === 2022)!;
		expect(interimOnly.share).toBeNull();
	});

	it('sorts by share with empty values last in both directions', () => {
		const o = overview(db, { year: 2022 });
		for (const dir of ['asc', 'desc'] as const) {
			const sorted = sortRows(o.rows, 'share', dir);
			expect(sorted.at(-1)!.share).toBeNull();
		}
		const byShare = overview(db, { sort: 'share', dir: 'desc' }).rows;
		expect(byShare.map((r) => r.town.slug)).toEqual(['甲镇', '乙镇']);
	});

	it('pages the document list', () => {
		expect(listDocumentsWithReports(db, 1, 1).map((d) => d.fileName)).toEqual(['b.txt']);
		expect(listDocumentsWithReports(db, 1, 5)).toEqual([]);
		expect(overview(db).totalDocuments).toBe(2);
		expect(overview(db, { page: 9 }).page).toBe(1);
	});

	it('follows a recomputation once the town is refreshed', () => {
		db.prepare(`UPDATE assessments SET status = 'met' WHERE target_id = 300`).run();
		if (mode === 'summary') refreshTownSummary(db, [2]);
		expect(overview(db).rows.find((r) => r.town.slug === '乙镇')!.counts).toEqual({ met: 1 });
		db.prepare(`UPDATE assessments SET status = 'missed' WHERE target_id = 300`).run();
		if (mode === 'summary') refreshTownSummary(db, [2]);
		expect(overview(db).rows.find((r) => r.town.slug === '乙镇')!.counts).toEqual({ missed: 1 });
	});

	it('lists documents with their reports', () => {
		const docs = overview(db).documents;
		expect(docs.map((d) => d.fileName)).toEqual(['a.txt', 'b.txt']);
		expect(docs[0].reports.map((r) => r.id)).toEqual([10, 11]);
		expect(docs[0].reports[0].targets).toBe(2);
	});
});

describe('town, brief, report, indicator', () => {
	it('returns the town with scorecard, linked outcomes and history', () => {
		const t = townDetail(db, '甲镇')!;
		expect(t.years).toEqual([2021, 2022]);
		expect(t.scorecard[2021]).toEqual({ met: 1, not_reported: 1 });
		const gdp = t.targets.find((x) => x.id === 100)!;
		expect(gdp.result).toMatchObject({ id: 200, reportId: 11, quote: '实现生产总值增长7%' });
		const series = t.history.find((h) => h.indicatorId === 'gdp')!;
		expect(series.measure).toBe('growth');
		expect(series.years).toEqual([2021, 2022]);
		expect(series.target).toEqual([6.5, 6]);
		expect(series.actual).toEqual([7, null]);
		expect(t.midyear.map((m) => [m.targetId, m.completion, m.expectedShare])).toEqual([
			[102, 30, 0.5],
			[101, 30, 0.5]
		]);
		expect(t.reports.map((r) => r.id)).toEqual([10, 11]);
		expect(townDetail(db, '无此镇')).toBeNull();
	});

	it('puts only missed, unreported and behind targets in the brief', () => {
		const b = townBrief(db, '甲镇', 2021)!;
		expect(b.items.map((i) => [i.id, i.status])).toEqual([[101, 'not_reported']]);
		expect(b.counts).toEqual({ met: 1, not_reported: 1 });
		expect(townBrief(db, '乙镇', 2021)!.items[0].result?.quote).toBe('固定资产投资增长2%');
	});

	it('slices the report text so every item quote sits at its offsets', () => {
		const r = reportDetail(db, 11)!;
		expect(r.text.startsWith('二〇二二年报告')).toBe(true);
		for (const item of [...r.targets, ...r.results]) {
			expect(r.text.slice(item.start - r.report.start, item.end - r.report.start)).toBe(item.quote);
		}
		expect(r.results.find((x) => x.id === 200)!.targetIds).toEqual([100]);
		expect(r.targets.map((x) => [x.id, x.status])).toEqual([[102, 'on_track']]);
		expect(reportDetail(db, 999)).toBeNull();
	});

	it('gathers every town on one indicator', () => {
		const d = indicatorDetail(db, 'fai')!;
		expect(d.indicator.zh).toBe('固定资产投资');
		expect(d.records.map((r) => [r.town.slug, r.status, r.outcomeValue])).toEqual([
			['甲镇', 'not_reported', null],
			['乙镇', 'missed', 2]
		]);
		expect(indicatorDetail(db, 'nope')).toBeNull();
	});
});

describe('search', () => {
	it('finds towns, indicators, items and text with LIKE for short queries', () => {
		const s = search(db, '投资');
		expect(s.method).toBe('like');
		expect(s.indicators.map((i) => i.id)).toEqual(['fai']);
		expect(s.items.length).toBeGreaterThan(0);
		expect(s.text.every((h) => h.match === '投资')).toBe(true);
		const hit = s.text.find((h) => h.documentId === ids.doc)!;
		expect(hit.reportId).not.toBeNull();
		expect(search(db, '甲').towns.map((t) => t.slug)).toEqual(['甲镇']);
	});

	it('treats LIKE wildcards literally', () => {
		expect(search(db, '%%%%').text).toEqual([]);
		expect(search(db, '_').towns).toEqual([]);
	});

	it('uses the trigram index when it exists', () => {
		db.exec(`
			CREATE VIRTUAL TABLE documents_fts USING fts5(text, content='documents', content_rowid='id', tokenize='trigram');
			INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
		`);
		const s = search(db, '生产总值');
		expect(s.method).toBe('fts');
		expect(s.text.length).toBeGreaterThan(0);
		expect(s.text.every((h) => h.match === '生产总值')).toBe(true);
		// Two characters: below trigram's minimum, so LIKE answers.
		expect(search(db, '总值').method).toBe('like');
		db.exec(`DROP TABLE documents_fts`);
	});
});

describe('assessments API paging', () => {
	it('pages through exactly the rows and order of the unpaged query', () => {
		const filters: AssessmentFilter[] = [
			{},
			{ primaryOnly: true },
			{ town: '甲镇' },
			{ indicator: 'fai' },
			{ indicator: 'gdp', year: 2021 },
			{ year: 2021 },
			{ status: 'missed' }
		];
		for (const f of filters) {
			for (const indexed of [false, true]) {
				if (indexed) applyPerfMigrations(db, [10]);
				const all = queryAssessments(db, f)!;
				const first = pageAssessments(db, f, 2, 0)!;
				expect(first.total, JSON.stringify(f)).toBe(all.length);
				const paged = [...first.rows];
				for (let off = 2; off < all.length; off += 2)
					paged.push(...pageAssessments(db, f, 2, off)!.rows);
				// An indicator without a town pages in the index's order (year, target).
				const order = (rows: typeof all) =>
					f.indicator && !f.town
						? [...rows].sort(
								(a, b) =>
									a.year - b.year ||
									a.target.id - b.target.id ||
									Number(b.primary) - Number(a.primary) ||
									String(a.basis ?? 'none').localeCompare(String(b.basis ?? 'none'))
							)
						: rows;
				expect(paged, JSON.stringify(f)).toEqual(order(all));
			}
		}
		expect(pageAssessments(db, { town: '无此镇' })).toBeNull();
		expect(pageAssessments(db, {}, 10, 99)!.rows).toEqual([]);
	});
});
