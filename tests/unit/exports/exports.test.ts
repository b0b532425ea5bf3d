/** Downloads: CSV with BOM and safe cells, XLSX that reads back, and the database snapshot. */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/lib/server/db/index';
import { loadPaths } from '../../../src/lib/server/loader';
import { queryAssessments } from '../../../src/lib/server/db/assessments';
import { createUser, signIn } from '../../../src/lib/server/auth';
import { writeSnapshot } from '../../../src/lib/server/db/snapshot';
import {
	ASSESSMENT_COLUMNS,
	exportResponse,
	toCsv,
	toXlsx,
	type Column
} from '../../../src/lib/server/export';

/** A minimal CSV reader (quoted fields, doubled quotes, CRLF) to read our output back. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n') {
			row.push(field.replace(/\r$/, ''));
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	return rows;
}

function ledger() {
	const root = mkdtempSync(join(tmpdir(), 'ledger-exp-'));
	const files = ['qingwu-2024-annual.txt', 'qingwu-2025-annual.txt'].map((f) => {
		copyFileSync(join('tests/fixtures/upload', f), join(root, f));
		return join(root, f);
	});
	const db = openDatabase(join(root, 'ledger.sqlite'));
	loadPaths(db, files);
	return { db, root };
}

const COLS: Column<{ a: string | null; n: number }>[] = [
	{ key: 'a', header: '名称 name', get: (r) => r.a },
	{ key: 'n', header: '数 n', get: (r) => r.n }
];

describe('CSV', () => {
	it('starts with a BOM and quotes, escapes and defuses cells', () => {
		const rows = [
			{ a: '增长6%,以上', n: -1.5 },
			{ a: 'say "hi"\nthere', n: 2 },
			{ a: '=HYPERLINK("http://x")', n: 0 },
			{ a: null, n: 3 }
		];
		const csv = toCsv(COLS, rows);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const back = parseCsv(csv.slice(1));
		expect(back[0]).toEqual(['名称 name', '数 n']);
		expect(back.slice(1)).toEqual([
			['增长6%,以上', '-1.5'],
			['say "hi"\nthere', '2'],
			[`'=HYPERLINK("http://x")`, '0'],
			['', '3']
		]);
	});

	it('the assessments download has one row per assessment of the filter', async () => {
		const { db } = ledger();
		const rows = queryAssessments(db, { town: '青梧镇' })!;
		expect(rows.length).toBeGreaterThan(0);
		const res = await exportResponse('csv', 'assessments', ASSESSMENT_COLUMNS, rows);
		expect(res.headers.get('content-type')).toMatch(/text\/csv; charset=utf-8/);
		expect(res.headers.get('content-disposition')).toMatch(/assessments\.csv/);
		const bytes = new Uint8Array(await res.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const table = parseCsv(new TextDecoder().decode(bytes));
		expect(table).toHaveLength(rows.length + 1);
		const header = table[0];
		const col = (name: string) => header.findIndex((h) => h.endsWith(` ${name}`));
		const gdp = table.find((r) => r[col('indicator')] === 'gdp' && r[col('year')] === '2024');
		const view = rows.find((r) => r.indicator === 'gdp' && r.year === 2024)!;
		expect(gdp?.[col('status')]).toBe(view.status);
		expect(gdp?.[col('town')]).toBe('青梧镇');
		expect(Number(gdp?.[col('value')])).toBe(view.target.value);
	});
});

describe('XLSX', () => {
	it('reads back with the same header and cells', async () => {
		const buf = await toXlsx(COLS, [{ a: '地区生产总值', n: 6.5 }], 'sheet');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(buf as unknown as ArrayBuffer);
		const ws = wb.getWorksheet('sheet')!;
		expect(ws.getRow(1).values).toEqual([undefined, '名称 name', '数 n']);
		expect(ws.getRow(2).values).toEqual([undefined, '地区生产总值', 6.5]);
	});
});

describe('database download', () => {
	it('is a consistent copy without sessions or password hashes', async () => {
		const { db, root } = ledger();
		createUser(db, 'ann', 'a long enough password', new Date().toISOString());
		expect(signIn(db, 'ann', 'a long enough password', '10.0.0.1').ok).toBe(true);
		const file = join(root, 'copy.sqlite');
		await writeSnapshot(db, file);
		const copy = new Database(file, { readonly: true });
		const count = (d: Database.Database, t: string) =>
			(d.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
		for (const t of ['documents', 'reports', 'targets', 'results', 'assessments'])
			expect(count(copy, t)).toBe(count(db, t));
		expect(count(copy, 'sessions')).toBe(0);
		expect(count(copy, 'login_attempts')).toBe(0);
		expect(copy.prepare(`SELECT password_hash AS h, salt FROM users`).all()).toEqual([
			{ h: '', salt: '' }
		]);
		expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');
	});
});
