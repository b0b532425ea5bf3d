/**
 * Table downloads: CSV (UTF-8 with a byte-order mark, so Excel in Chinese opens it right),
 * XLSX and JSON, from the same queries (and filters) as the views and the API.
 */
import ExcelJS from 'exceljs';
import type { AssessmentView } from './db/assessments';
import type { ReportListItem } from './db/reports';
import type { TownSummary } from './db/towns';

export type ExportFormat = 'csv' | 'xlsx' | 'json';
export const EXPORT_FORMATS: ExportFormat[] = ['csv', 'xlsx', 'json'];

type Cell = string | number | boolean | null;

export interface Column<T> {
	key: string;
	/** Header: Chinese first, English after. */
	header: string;
	get: (row: T) => Cell;
}

const BOM = '\uFEFF';

/** A CSV field: quoted when needed; text that a spreadsheet would run as a formula is defused. */
function csvField(v: Cell): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'number' || typeof v === 'boolean') return String(v);
	const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv<T>(columns: Column<T>[], rows: T[]): string {
	const lines = [columns.map((c) => csvField(c.header)).join(',')];
	for (const r of rows) lines.push(columns.map((c) => csvField(c.get(r))).join(','));
	return BOM + lines.join('\r\n') + '\r\n';
}

export async function toXlsx<T>(columns: Column<T>[], rows: T[], sheet: string): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	wb.creator = '目标台账 Target Ledger';
	const ws = wb.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
	ws.columns = columns.map((c) => ({
		header: c.header,
		key: c.key,
		width: Math.min(40, Math.max(10, c.header.length + 2))
	}));
	ws.getRow(1).font = { bold: true };
	for (const r of rows) {
		const row: Record<string, Cell> = {};
		for (const c of columns) {
			const v = c.get(r);
			// Text cells are written as text, never as formulas.
			row[c.key] = typeof v === 'string' && v.startsWith('=') ? `'${v}` : v;
		}
		ws.addRow(row);
	}
	return Buffer.from(await wb.xlsx.writeBuffer());
}

const source = (a: AssessmentView, role: string) => a.sources.find((s) => s.role === role);

export const ASSESSMENT_COLUMNS: Column<AssessmentView>[] = [
	{ key: 'town', header: '乡镇 town', get: (a) => a.town },
	{ key: 'town_slug', header: '乡镇键 town key', get: (a) => a.townSlug },
	{ key: 'synthetic', header: '合成数据 synthetic', get: (a) => a.synthetic },
	{ key: 'year', header: '年份 year', get: (a) => a.year },
	{ key: 'indicator', header: '指标 indicator', get: (a) => a.indicator },
	{ key: 'indicator_name', header: '指标名称 indicator name', get: (a) => a.indicatorName },
	{ key: 'text', header: '目标 target', get: (a) => a.text },
	{ key: 'tier', header: '层级 tier', get: (a) => a.tier },
	{ key: 'measure', header: '口径 measure', get: (a) => a.measure },
	{ key: 'target_value', header: '目标值 target value', get: (a) => a.target.value },
	{ key: 'target_high', header: '目标上限 target high', get: (a) => a.target.high },
	{ key: 'target_unit', header: '目标单位 target unit', get: (a) => a.target.unit },
	{ key: 'bound', header: '约束 bound', get: (a) => a.target.bound },
	{ key: 'status', header: '判定 status', get: (a) => a.status },
	{ key: 'basis', header: '依据 basis', get: (a) => a.basis },
	{ key: 'primary', header: '主判定 primary', get: (a) => a.primary },
	{
		key: 'outcome_value',
		header: '实际值 outcome value',
		get: (a) => a.outcome?.value ?? (a.manual ? (a.manual.growth ?? a.manual.value) : null)
	},
	{
		key: 'outcome_unit',
		header: '实际值单位 outcome unit',
		get: (a) =>
			a.outcome?.unit ?? (a.manual ? (a.manual.growth !== null ? '%' : a.manual.unit) : null)
	},
	{ key: 'margin', header: '差距 margin', get: (a) => a.margin },
	{ key: 'margin_unit', header: '差距单位 margin unit', get: (a) => a.marginUnit },
	{ key: 'confidence', header: '置信度 confidence', get: (a) => a.confidence },
	{ key: 'flags', header: '标记 flags', get: (a) => a.flags.join(' ') },
	{ key: 'note', header: '说明 note', get: (a) => a.note },
	{
		key: 'target_source',
		header: '目标出处 target source',
		get: (a) => source(a, 'target')?.source ?? null
	},
	{
		key: 'target_quote',
		header: '目标原文 target quote',
		get: (a) => source(a, 'target')?.quote ?? null
	},
	{
		key: 'outcome_source',
		header: '结果出处 outcome source',
		get: (a) => source(a, 'outcome')?.source ?? a.manual?.citationTitle ?? null
	},
	{
		key: 'outcome_quote',
		header: '结果原文 outcome quote',
		get: (a) => source(a, 'outcome')?.quote ?? null
	},
	{
		key: 'manual_url',
		header: '人工来源地址 manual source address',
		get: (a) => a.manual?.citationUrl ?? null
	},
	{
		key: 'manual_date',
		header: '人工来源日期 manual source date',
		get: (a) => a.manual?.citationDate ?? null
	},
	{ key: 'manual_vintage', header: '数据口径 vintage', get: (a) => a.manual?.vintage ?? null }
];

export const REPORT_COLUMNS: Column<ReportListItem>[] = [
	{ key: 'id', header: '编号 id', get: (r) => r.id },
	{ key: 'town', header: '乡镇 town', get: (r) => r.town },
	{ key: 'synthetic', header: '合成数据 synthetic', get: (r) => r.synthetic },
	{ key: 'kind', header: '类型 kind', get: (r) => r.kind },
	{ key: 'report_year', header: '报告年份 report year', get: (r) => r.reportYear },
	{ key: 'review_year', header: '回顾年份 review year', get: (r) => r.reviewYear },
	{ key: 'delivered', header: '报告日期 delivered', get: (r) => r.delivered },
	{ key: 'published', header: '发布日期 published', get: (r) => r.published },
	{ key: 'title', header: '标题 title', get: (r) => r.title },
	{ key: 'source', header: '文件 source', get: (r) => r.source },
	{ key: 'targets', header: '目标数 targets', get: (r) => r.targets },
	{ key: 'results', header: '结果数 results', get: (r) => r.results }
];

export const TOWN_COLUMNS: Column<TownSummary>[] = [
	{ key: 'name', header: '乡镇 town', get: (t) => t.name },
	{ key: 'slug', header: '乡镇键 town key', get: (t) => t.slug },
	{ key: 'county', header: '县区 county', get: (t) => t.county },
	{ key: 'city', header: '市 city', get: (t) => t.city },
	{ key: 'province', header: '省 province', get: (t) => t.province },
	{ key: 'synthetic', header: '合成数据 synthetic', get: (t) => t.synthetic },
	{ key: 'reports', header: '报告数 reports', get: (t) => t.reports },
	{ key: 'years', header: '年份 years', get: (t) => t.years.join(' ') },
	...(['met', 'missed', 'on_track', 'behind', 'not_reported', 'pending', 'unclear'] as const).map(
		(s): Column<TownSummary> => ({ key: s, header: s, get: (t) => t.statuses[s] ?? 0 })
	)
];

const TYPES: Record<ExportFormat, string> = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	json: 'application/json; charset=utf-8'
};

/** A download response of `rows` in the format asked for. */
export async function exportResponse<T>(
	format: ExportFormat,
	name: string,
	columns: Column<T>[],
	rows: T[]
): Promise<Response> {
	const body =
		format === 'csv'
			? toCsv(columns, rows)
			: format === 'xlsx'
				? new Uint8Array(await toXlsx(columns, rows, name))
				: JSON.stringify(rows, null, 1);
	return new Response(body, {
		headers: {
			'content-type': TYPES[format],
			'content-disposition': `attachment; filename="${name}.${format}"`,
			'cache-control': 'no-store'
		}
	});
}
