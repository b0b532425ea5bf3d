/**
 * Loading the real ledger's facts into a real SQLite file: one transaction per page, idempotent,
 * the review applied and listed as the reviewer's corrections; and the coverage queries.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src/lib/server/db/index';
import { listCorrections } from '../../../src/lib/server/db/corrections';
import { coverage, reviewFigures } from '../../../src/lib/server/db/coverage';
import { reportDetail } from '../../../src/lib/server/db/dashboard-report';
import { ledgerJson, readLedger } from '../../../src/lib/ledger/dataset';
import { buildLedger } from '../../../src/lib/server/ledger-build';
import { loadLedger } from '../../../src/lib/server/ledger-load';
import { fixtures, review } from './fixture';

function setup(reviewJson: unknown = review()) {
	const f = fixtures();
	mkdirSync(dirname(f.review), { recursive: true });
	writeFileSync(f.review, JSON.stringify(reviewJson));
	buildLedger({ fixtures: f.dir, out: f.out, review: f.review, extractorVersion: 'test' });
	const db = openDatabase(join(f.root, 'ledger.sqlite'));
	const load = () => loadLedger(db, { file: f.out, review: f.review });
	return { f, db, load };
}

const targets = (db: Db) =>
	db
		.prepare(
			`SELECT t.indicator_id AS indicator, t.value, t.quote, t.origin FROM targets t
			 WHERE t.implied = 0 ORDER BY t.start, t.id`
		)
		.all() as { indicator: string; value: number; quote: string; origin: string }[];

describe('loading the real ledger', () => {
	it('stores facts-only documents (no text, the page address as source) and judges them', () => {
		const { db, load } = setup();
		const s = load();
		expect(s).toMatchObject({ pages: 2, loaded: 2, reports: 2, targets: 4, results: 2 });
		expect(s.problems).toEqual([]);
		expect(s.failures).toEqual([]);
		const docs = db
			.prepare(
				`SELECT page_id AS pageId, text, source_url AS url, facts_only AS f FROM documents ORDER BY page_id`
			)
			.all();
		expect(docs).toEqual([
			{ pageId: 'T-001', text: '', url: 'https://example.invalid/T-001.html', f: 1 },
			{ pageId: 'T-002', text: '', url: 'https://example.invalid/T-002.html', f: 1 }
		]);
		const gdp = db
			.prepare(
				`SELECT a.status FROM assessments a JOIN targets t ON t.id = a.target_id
				 WHERE t.indicator_id = 'gdp' AND t.year = 2024 AND a.is_primary = 1`
			)
			.get() as { status: string };
		expect(gdp.status).toBe('missed'); // 6.3% by the review's reading, against 7% or more
		const rid = (
			db.prepare(`SELECT id FROM reports ORDER BY report_year LIMIT 1`).get() as { id: number }
		).id;
		const detail = reportDetail(db, rid)!;
		expect(detail.report).toMatchObject({
			factsOnly: true,
			pageId: 'T-001',
			sourceUrl: 'https://example.invalid/T-001.html'
		});
		expect(detail.text).toBe('');
		expect(detail.targets.every((t) => t.quote.length <= 40)).toBe(true);
	});

	it('applies the review through the editors’ corrections, listed under the reviewer', () => {
		const { db, load } = setup();
		load();
		const list = listCorrections(db);
		// Newest first: T-001's (dropped, added), then T-002's.
		expect(list.map((c) => [c.action, c.itemKind, c.field, c.userName, c.applied])).toEqual([
			['set', 'result', 'growth', 'ledger-review', true],
			['add', 'target', null, 'ledger-review', true],
			['delete', 'target', null, 'ledger-review', true]
		]);
		const set = list.find((c) => c.action === 'set')!;
		expect([set.oldValue, set.newValue, set.reason, set.createdAt]).toEqual([
			7.4,
			6.3,
			'test: the growth the reviewer read',
			'2026-01-02T00:00:00.000Z'
		]);
		expect(targets(db).map((t) => [t.indicator, t.quote, t.origin])).toEqual([
			['gdp', '地区生产总值增长7%以上', 'machine'],
			['fixed_asset_investment', '固定资产投资增长12%', 'machine'],
			['retail_sales', '消费品零售总额增长9%左右', 'editor'],
			['gdp', '地区生产总值增长5%左右', 'machine']
		]);
		const growth = db.prepare(`SELECT growth, corrected FROM results WHERE value = 61.3`).get();
		expect(growth).toEqual({ growth: 6.3, corrected: 1 });
		expect(reviewFigures(db, 'ledger-review')).toMatchObject({
			items: 6,
			fields: { growth: 1 },
			dropped: 1,
			added: 1
		});
	});

	it('is idempotent: unchanged files are skipped, a changed page alone is reloaded', () => {
		const { f, db, load } = setup();
		load();
		const ids = db.prepare(`SELECT id FROM reports ORDER BY id`).all();
		expect(load()).toMatchObject({ unchanged: true, loaded: 0, skipped: 2 });
		expect(db.prepare(`SELECT id FROM reports ORDER BY id`).all()).toEqual(ids);
		expect(listCorrections(db)).toHaveLength(3);
		// The review changes for one page: only that page is stored again, corrections not doubled.
		const r = review();
		r.corrections[0].new = 6.9;
		writeFileSync(f.review, JSON.stringify(r));
		expect(load()).toMatchObject({ unchanged: false, loaded: 1, skipped: 1 });
		expect(listCorrections(db)).toHaveLength(3);
		expect(db.prepare(`SELECT growth FROM results WHERE value = 61.3`).get()).toEqual({
			growth: 6.9
		});
		// A page gone from the dataset is removed with its reports.
		const d = readLedger(readFileSync(f.out, 'utf8'));
		writeFileSync(f.out, ledgerJson({ ...d, pages: d.pages.slice(0, 1) }));
		expect(load()).toMatchObject({ removed: 1 });
		expect(db.prepare(`SELECT COUNT(*) AS n FROM documents`).get()).toEqual({ n: 1 });
	});

	it('an editor’s own correction of a facts-only item survives a reload', () => {
		const { f, db, load } = setup();
		load();
		const resultId = (
			db.prepare(`SELECT id FROM results WHERE value = 61.3`).get() as { id: number }
		).id;
		db.prepare(
			`INSERT INTO corrections (document_id, report_ordinal, item_kind, action, anchor_quote, anchor_start,
			   anchor_end, field, old_value, new_value, reason, user_name, created_at)
			 SELECT r.document_id, r.ordinal, 'result', 'set', s.quote, s.start, s.end, 'value', '61.3', '61.7',
			   'editor check', 'editor', '2026-02-01T00:00:00Z'
			 FROM results s JOIN reports r ON r.id = s.report_id WHERE s.id = ?`
		).run(resultId);
		const r = review();
		r.corrections[0].reason = 'reworded';
		writeFileSync(f.review, JSON.stringify(r));
		expect(load().loaded).toBe(1);
		expect(db.prepare(`SELECT value, growth FROM results WHERE quote LIKE '%61.3%'`).get()).toEqual(
			{
				value: 61.7,
				growth: 6.3
			}
		);
	});

	it('a page that fails is rolled back alone and retried next time', () => {
		const { f, db, load } = setup();
		const d = readLedger(readFileSync(f.out, 'utf8'));
		const broken = structuredClone(d);
		(broken.pages[1].reports[0] as { kind: string }).kind = 'weekly'; // violates the CHECK
		writeFileSync(f.out, ledgerJson(broken));
		const s = load();
		expect(s.failures.map((x) => x.page)).toEqual(['T-002']);
		expect(db.prepare(`SELECT page_id AS p FROM documents`).all()).toEqual([{ p: 'T-001' }]);
		expect(db.prepare(`SELECT COUNT(*) AS n FROM reports`).get()).toEqual({ n: 1 });
		writeFileSync(f.out, ledgerJson(d));
		expect(load()).toMatchObject({ loaded: 1, skipped: 1, failures: [] });
	});
});

describe('coverage queries', () => {
	it('lists towns and years per province and the years lacking a following report', () => {
		const { db, load } = setup();
		load();
		const c = coverage(db, { factsOnly: true });
		expect(c).toMatchObject({ towns: 1, provinceCount: 1, reports: 2, targets: 4, results: 2 });
		expect(c.provinces[0].province).toBe('虚构省');
		expect(c.provinces[0].towns[0]).toMatchObject({
			name: '雁汀坪镇',
			county: '虚构县',
			factsOnly: 2,
			targetYears: [2024, 2025],
			resultYears: [2024],
			reviewedYears: [2023, 2024],
			paired: [2024],
			lacking: [2025]
		});
		expect(c).toMatchObject({ paired: 1, lacking: 1, consecutive: 1 });
		expect(c.statuses.missed).toBeGreaterThan(0);
		expect(coverage(db).towns).toBe(1);
	});

	it('is empty on an empty ledger', () => {
		const db = openDatabase(':memory:');
		expect(coverage(db)).toMatchObject({ towns: 0, provinces: [], paired: 0, lacking: 0 });
	});
});
