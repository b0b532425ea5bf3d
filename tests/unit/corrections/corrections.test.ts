/**
 * Corrections, manual outcomes and confirmed uploads on real temporary SQLite files: the
 * machine's original is kept, a reload re-applies every correction, assessments follow them.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src/lib/server/db/index';
import { loadPaths } from '../../../src/lib/server/loader';
import { queryAssessments } from '../../../src/lib/server/db/assessments';
import { CorrectionError, itemHistory } from '../../../src/lib/server/db/corrections';
import { addManual, correct, withdrawManual } from '../../../src/lib/server/edit';
import { extractUpload, storeUploads, UploadError } from '../../../src/lib/server/upload';

const DIR = 'tests/fixtures/upload';
const EDITOR = { id: null, name: 'tester' };

function ledger(): { db: Db; root: string; files: string[] } {
	const root = mkdtempSync(join(tmpdir(), 'ledger-corr-'));
	const files = ['qingwu-2024-annual.txt', 'qingwu-2025-annual.txt'].map((f) => {
		copyFileSync(join(DIR, f), join(root, f));
		return join(root, f);
	});
	const db = openDatabase(join(root, 'ledger.sqlite'));
	const summary = loadPaths(db, files);
	expect(summary.failures).toEqual([]);
	return { db, root, files };
}

/** The primary verdict on the town's target for the indicator and year. */
function verdict(db: Db, indicator: string, year = 2024) {
	const rows = queryAssessments(db, { town: '青梧镇', indicator, year, primaryOnly: true })!;
	expect(rows).toHaveLength(1);
	return rows[0];
}

function resultId(db: Db, indicator: string, year: number): number {
	return (
		db
			.prepare(`SELECT id FROM results WHERE indicator_id = ? AND year = ?`)
			.get(indicator, year) as {
			id: number;
		}
	).id;
}

describe('corrections', () => {
	it('a corrected outcome changes the verdict; the machine value stays in the record', () => {
		const { db } = ledger();
		expect(verdict(db, 'gdp').status).toBe('met');
		const id = resultId(db, 'gdp', 2024);
		const machineGrowth = (
			db.prepare(`SELECT growth FROM results WHERE id = ?`).get(id) as { growth: number }
		).growth;
		const out = correct(
			{ kind: 'result', action: 'set', id, field: 'growth', value: '5.0', reason: 'misread' },
			EDITOR,
			db
		);
		expect(out.itemId).toBe(id);
		const v = verdict(db, 'gdp');
		expect(v.status).toBe('missed');
		expect(v.margin).toBeCloseTo(5 - 6);
		const history = itemHistory(db, 'result', id);
		expect(history).toHaveLength(1);
		expect(history[0]).toMatchObject({
			field: 'growth',
			oldValue: machineGrowth,
			newValue: 5,
			reason: 'misread',
			userName: 'tester'
		});
		expect(history[0].machine?.growth).toBe(machineGrowth);
	});

	it('refuses corrections without a reason, unknown fields and bad values, changing nothing', () => {
		const { db } = ledger();
		const id = resultId(db, 'gdp', 2024);
		const before = JSON.stringify(db.prepare(`SELECT * FROM results`).all());
		const bad = [
			{ field: 'growth', value: '5', reason: ' ' },
			{ field: 'nonsense', value: '5', reason: 'x' },
			{ field: 'growth', value: 'five', reason: 'x' },
			{ field: 'year', value: '20245', reason: 'x' },
			{ field: 'period', value: 'yesterday', reason: 'x' }
		];
		for (const b of bad)
			expect(() => correct({ kind: 'result', action: 'set', id, ...b }, EDITOR, db)).toThrow(
				CorrectionError
			);
		expect(JSON.stringify(db.prepare(`SELECT * FROM results`).all())).toBe(before);
		expect(db.prepare(`SELECT COUNT(*) AS n FROM corrections`).get()).toEqual({ n: 0 });
	});

	it('a reload with a new extractor version re-applies corrections by quote and offsets', () => {
		const { db, files } = ledger();
		const id = resultId(db, 'gdp', 2024);
		correct(
			{ kind: 'result', action: 'set', id, field: 'growth', value: '5', reason: 'bulletin' },
			EDITOR,
			db
		);
		const farmland = db
			.prepare(`SELECT id FROM targets WHERE indicator_id = 'high_standard_farmland'`)
			.get() as { id: number };
		correct(
			{ kind: 'target', action: 'delete', id: farmland.id, reason: 'not a target' },
			EDITOR,
			db
		);
		const summary = loadPaths(db, files, { extractorVersion: 'test-next' });
		expect(summary.loaded).toBe(2);
		const again = resultId(db, 'gdp', 2024);
		expect(again).not.toBe(id); // fresh rows…
		expect(
			db.prepare(`SELECT growth, corrected FROM results WHERE id = ?`).get(again) as object
		).toEqual({ growth: 5, corrected: 1 }); // …with the correction re-applied
		expect(verdict(db, 'gdp').status).toBe('missed');
		expect(
			db
				.prepare(`SELECT COUNT(*) AS n FROM targets WHERE indicator_id = 'high_standard_farmland'`)
				.get()
		).toEqual({ n: 0 });
		expect(itemHistory(db, 'result', again)).toHaveLength(1);
		expect(db.prepare(`SELECT COUNT(*) AS n FROM corrections WHERE applied = 0`).get()).toEqual({
			n: 0
		});
	});

	it('adds a missed item only with a quote taken from the report', () => {
		const { db } = ledger();
		const report = db.prepare(`SELECT id FROM reports WHERE report_year = 2024`).get() as {
			id: number;
		};
		const item = {
			indicator: 'fixed_asset_investment',
			text: '固定资产投资',
			year: 2024,
			measure: 'growth',
			bound: 'at_least',
			value: '10',
			unit: '%',
			tier: 'plan'
		};
		expect(() =>
			correct(
				{
					kind: 'target',
					action: 'add',
					id: report.id,
					value: { ...item, quote: '凭空编造的句子' },
					reason: 'x'
				},
				EDITOR,
				db
			)
		).toThrow(/copied from the report/);
		const quote = '新建高标准农田1500亩';
		const out = correct(
			{ kind: 'target', action: 'add', id: report.id, value: { ...item, quote }, reason: 'missed' },
			EDITOR,
			db
		);
		const row = db
			.prepare(
				`SELECT t.quote, t.start, t.end, t.origin, d.text FROM targets t JOIN reports r ON r.id = t.report_id
			  JOIN documents d ON d.id = r.document_id WHERE t.id = ?`
			)
			.get(out.itemId) as {
			quote: string;
			start: number;
			end: number;
			origin: string;
			text: string;
		};
		expect(row.origin).toBe('editor');
		expect(row.text.slice(row.start, row.end)).toBe(quote);
		const v = queryAssessments(db, { town: '青梧镇', indicator: 'fixed_asset_investment' })!;
		expect(v.length).toBeGreaterThan(0);
	});
});

describe('manual outcomes', () => {
	it('take precedence with basis manual and show their citation; withdrawing restores', () => {
		const { db } = ledger();
		const before = verdict(db, 'general_budget_revenue');
		expect(before).toMatchObject({ status: 'met', basis: 'following_report' });
		const town = db.prepare(`SELECT id FROM towns WHERE name = '青梧镇'`).get() as { id: number };
		const id = addManual(
			{
				townId: town.id,
				indicator: 'general_budget_revenue',
				text: '一般公共预算收入',
				year: 2024,
				growth: 7.2,
				vintage: '最终核实',
				citationTitle: '青梧镇2024年统计公报（合成）',
				citationUrl: 'https://example.org/bulletin',
				citationDate: '2025-03-01'
			},
			EDITOR,
			db
		);
		const v = verdict(db, 'general_budget_revenue');
		expect(v).toMatchObject({ status: 'missed', basis: 'manual' });
		expect(v.manual).toMatchObject({
			id,
			vintage: '最终核实',
			citationTitle: '青梧镇2024年统计公报（合成）',
			citationUrl: 'https://example.org/bulletin'
		});
		expect(v.flags).toContain('vintage:最终核实');
		expect(withdrawManual(id, EDITOR, db)).toBe(true);
		expect(verdict(db, 'general_budget_revenue')).toMatchObject({
			status: 'met',
			basis: 'following_report',
			manual: null
		});
	});

	it('refuses an outcome without citation, vintage or number', () => {
		const { db } = ledger();
		const town = db.prepare(`SELECT id FROM towns WHERE name = '青梧镇'`).get() as { id: number };
		const base = {
			townId: town.id,
			indicator: 'gdp',
			text: '地区生产总值',
			year: 2024,
			growth: 6.1,
			vintage: '初步核算' as const,
			citationTitle: '公报'
		};
		expect(() => addManual({ ...base, citationTitle: ' ' }, EDITOR, db)).toThrow(/cite/);
		expect(() => addManual({ ...base, vintage: '瞎猜' as never }, EDITOR, db)).toThrow(/vintage/);
		expect(() => addManual({ ...base, growth: null }, EDITOR, db)).toThrow(/value/);
		expect(() => addManual({ ...base, citationUrl: 'javascript:alert(1)' }, EDITOR, db)).toThrow(
			/http/
		);
		expect(db.prepare(`SELECT COUNT(*) AS n FROM manual_results`).get()).toEqual({ n: 0 });
	});
});

describe('confirmed uploads', () => {
	const prepare = (
		file: string,
		edits: Parameters<typeof storeUploads>[1][number]['edits'] = []
	) => {
		const bytes = readFileSync(join(DIR, file));
		return { fileName: file, bytes, extraction: extractUpload(file, bytes), edits };
	};

	it('store the extraction with the editor’s edits as corrections, in one go', () => {
		const root = mkdtempSync(join(tmpdir(), 'ledger-up-'));
		const db = openDatabase(join(root, 'ledger.sqlite'));
		const first = storeUploads(
			db,
			[prepare('qingwu-2024-annual.txt')],
			EDITOR,
			'import',
			undefined,
			join(root, 'up')
		);
		expect(first[0].reportIds).toHaveLength(1);
		expect(verdict(db, 'gdp').status).toBe('pending');
		const second = prepare('qingwu-2025-annual.txt');
		const gdp = second.extraction.reports[0].results.findIndex((r) => r.indicator === 'gdp');
		second.edits = [
			{ kind: 'result', report: 0, index: gdp, action: 'set', field: 'growth', value: '5.5' },
			// Unchanged values are not corrections.
			{ kind: 'report', report: 0, field: 'town', value: '青梧镇' }
		];
		const stored = storeUploads(db, [second], EDITOR, 'checked', undefined, join(root, 'up'));
		expect(stored[0].corrections).toBe(1);
		expect(verdict(db, 'gdp')).toMatchObject({ status: 'missed', basis: 'following_report' });
		// The same document again is refused and changes nothing.
		const count = db.prepare(`SELECT COUNT(*) AS n FROM documents`).get();
		expect(() =>
			storeUploads(
				db,
				[prepare('qingwu-2025-annual.txt')],
				EDITOR,
				'again',
				undefined,
				join(root, 'up')
			)
		).toThrow(expect.objectContaining({ status: 409 }));
		expect(db.prepare(`SELECT COUNT(*) AS n FROM documents`).get()).toEqual(count);
	});

	it('ask for town and year the text lacks, and date the items with the year given', () => {
		const root = mkdtempSync(join(tmpdir(), 'ledger-up-'));
		const db = openDatabase(join(root, 'ledger.sqlite'));
		let err: unknown;
		try {
			storeUploads(db, [prepare('no-town-no-year.txt')], EDITOR, 'x', undefined, join(root, 'up'));
		} catch (e) {
			err = e;
		}
		expect(err).toBeInstanceOf(UploadError);
		expect((err as UploadError).status).toBe(422);
		expect((err as UploadError).message).toMatch(/town and reportYear/);
		expect(db.prepare(`SELECT COUNT(*) AS n FROM documents`).get()).toEqual({ n: 0 });
		storeUploads(
			db,
			[
				prepare('no-town-no-year.txt', [
					{ kind: 'report', report: 0, field: 'town', value: '白石镇' },
					{ kind: 'report', report: 0, field: 'reportYear', value: '2024' }
				])
			],
			EDITOR,
			'filled in',
			undefined,
			join(root, 'up')
		);
		const rep = db
			.prepare(
				`SELECT w.name, w.synthetic, r.report_year AS y, r.review_year AS ry FROM reports r JOIN towns w ON w.id = r.town_id`
			)
			.all();
		expect(rep).toEqual([{ name: '白石镇', synthetic: 1, y: 2024, ry: 2023 }]);
		expect(db.prepare(`SELECT year FROM targets`).all()).toEqual([{ year: 2024 }]);
		expect(db.prepare(`SELECT year FROM results`).all()).toEqual([{ year: 2023 }]);
		expect(db.prepare(`SELECT COUNT(*) AS n FROM towns WHERE name = ''`).get()).toEqual({ n: 0 });
	});
});
