import type { Db } from './index';
import type { Report, ResultItem, TargetItem } from '../../types';
import { ensureIndicator } from './indicators';

/** Stores one extracted report with its targets and results; returns the counts stored. */
export function insertReport(
	db: Db,
	documentId: number,
	ordinal: number,
	townId: number,
	report: Report
): { reportId: number; targets: number; results: number } {
	const reportId = Number(
		db
			.prepare(
				`INSERT INTO reports (document_id, ordinal, town_id, kind, report_year, review_year, delivered,
				   published, title, session, speaker, publisher, index_number, start, end, sections)
				 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
			)
			.run(
				documentId,
				ordinal,
				townId,
				report.kind,
				report.reportYear,
				report.reviewYear,
				report.delivered ?? null,
				report.published ?? null,
				report.title ?? null,
				report.session ?? null,
				report.speaker ?? null,
				report.publisher ?? null,
				report.indexNumber ?? null,
				report.start,
				report.end,
				JSON.stringify(report.sections ?? [])
			).lastInsertRowid
	);
	report.targets.forEach((t, i) => insertTarget(db, reportId, i, t));
	report.results.forEach((r, i) => insertResult(db, reportId, i, r));
	return { reportId, targets: report.targets.length, results: report.results.length };
}

export function insertTarget(
	db: Db,
	reportId: number,
	ordinal: number,
	t: TargetItem,
	implied: { sourceResultId: number } | null = null
): number {
	if (t.indicator) ensureIndicator(db, t.indicator, t.text);
	return Number(
		db
			.prepare(
				`INSERT INTO targets (report_id, ordinal, indicator_id, text, year, tier, measure, value, unit, bound,
				   high, ref, modality, scope, quote, start, end, section, confidence, implied, source_result_id)
				 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
			)
			.run(
				reportId,
				ordinal,
				t.indicator,
				t.text,
				t.year,
				t.tier,
				t.measure,
				t.value,
				t.unit,
				t.bound,
				t.high ?? null,
				t.ref ?? null,
				t.modality ?? null,
				t.scope ?? null,
				t.quote,
				t.start,
				t.end,
				t.section ?? null,
				t.confidence ?? null,
				implied ? 1 : 0,
				implied?.sourceResultId ?? null
			).lastInsertRowid
	);
}

function insertResult(db: Db, reportId: number, ordinal: number, r: ResultItem): void {
	if (r.indicator) ensureIndicator(db, r.indicator, r.text);
	db.prepare(
		`INSERT INTO results (report_id, ordinal, indicator_id, text, year, period, scope, value, unit, growth,
		   completion, estimated, bound, claim, quote, start, end, section, confidence)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	).run(
		reportId,
		ordinal,
		r.indicator,
		r.text,
		r.year,
		r.period,
		r.scope ?? null,
		r.value,
		r.unit,
		r.growth,
		r.completion,
		r.estimated ? 1 : 0,
		r.bound ?? null,
		r.claim ?? null,
		r.quote,
		r.start,
		r.end,
		r.section ?? null,
		r.confidence ?? null
	);
}

/** Deletes a document's reports (targets, results, assessments follow); returns their towns. */
export function deleteDocumentReports(db: Db, documentId: number): number[] {
	const towns = db
		.prepare(`SELECT DISTINCT town_id AS id FROM reports WHERE document_id = ?`)
		.all(documentId) as { id: number }[];
	db.prepare(`DELETE FROM reports WHERE document_id = ?`).run(documentId);
	return towns.map((t) => t.id);
}

export interface ReportListItem {
	id: number;
	documentId: number;
	source: string;
	ordinal: number;
	town: string;
	townSlug: string;
	synthetic: boolean;
	kind: 'annual' | 'midyear';
	reportYear: number;
	reviewYear: number;
	delivered: string | null;
	published: string | null;
	title: string | null;
	targets: number;
	results: number;
	/** Known only by its facts (the bundled real ledger): no text; sourceUrl is its source. */
	factsOnly: boolean;
	sourceUrl: string | null;
}

const LIST_SQL = `
	SELECT r.id, r.document_id AS documentId, d.file_name AS source, r.ordinal, w.name AS town,
	  w.slug AS townSlug, w.synthetic, r.kind, r.report_year AS reportYear, r.review_year AS reviewYear,
	  r.delivered, COALESCE(r.published, d.published) AS published, r.title,
	  d.facts_only AS factsOnly, d.source_url AS sourceUrl,
	  (SELECT COUNT(*) FROM targets t WHERE t.report_id = r.id AND t.implied = 0) AS targets,
	  (SELECT COUNT(*) FROM results s WHERE s.report_id = r.id) AS results
	FROM reports r JOIN documents d ON d.id = r.document_id JOIN towns w ON w.id = r.town_id`;

type RawListItem = Omit<ReportListItem, 'synthetic' | 'factsOnly'> & {
	synthetic: number;
	factsOnly: number;
};

export function listReports(
	db: Db,
	filter: { townId?: number; year?: number } = {}
): ReportListItem[] {
	const where: string[] = [];
	const args: (number | string)[] = [];
	if (filter.townId !== undefined) {
		where.push('r.town_id = ?');
		args.push(filter.townId);
	}
	if (filter.year !== undefined) {
		where.push('(r.report_year = ? OR r.review_year = ?)');
		args.push(filter.year, filter.year);
	}
	const rows = db
		.prepare(
			`${LIST_SQL} ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
			 ORDER BY w.synthetic, w.name, r.report_year, r.kind, r.id`
		)
		.all(...args) as RawListItem[];
	return rows.map((r) => ({ ...r, synthetic: !!r.synthetic, factsOnly: !!r.factsOnly }));
}

export interface StoredTarget extends TargetItem {
	id: number;
	implied: boolean;
}
export interface StoredResult extends ResultItem {
	id: number;
}

const nullToUndef = <T extends object>(o: T): T =>
	Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null)) as T;

export function readTargets(db: Db, reportId: number): StoredTarget[] {
	const rows = db
		.prepare(
			`SELECT id, indicator_id AS indicator, text, year, tier, measure, value, unit, bound, high, ref,
			   modality, scope, quote, start, end, section, confidence, implied
			 FROM targets WHERE report_id = ? ORDER BY implied, ordinal`
		)
		.all(reportId) as (Omit<StoredTarget, 'implied'> & { implied: number })[];
	return rows.map((r) => ({
		...nullToUndef(r),
		indicator: r.indicator,
		value: r.value,
		unit: r.unit,
		implied: !!r.implied
	}));
}

export function readResults(db: Db, reportId: number): StoredResult[] {
	const rows = db
		.prepare(
			`SELECT id, indicator_id AS indicator, text, year, period, scope, value, unit, growth, completion,
			   estimated, bound, claim, quote, start, end, section, confidence
			 FROM results WHERE report_id = ? ORDER BY ordinal`
		)
		.all(reportId) as (Omit<StoredResult, 'estimated'> & { estimated: number })[];
	return rows.map((r) => ({
		...nullToUndef(r),
		indicator: r.indicator,
		value: r.value,
		unit: r.unit,
		growth: r.growth,
		completion: r.completion,
		estimated: !!r.estimated
	}));
}

export interface ReportWithItems extends Omit<ReportListItem, 'targets' | 'results'> {
	session: string | null;
	speaker: string | null;
	publisher: string | null;
	/** Offsets of targets, results and sections are into the document text; the report's own
	 * text is `text`, which starts at document offset `start`. */
	start: number;
	end: number;
	text: string;
	sections: unknown[];
	targets: StoredTarget[];
	results: StoredResult[];
}

type RawDetail = RawListItem & {
	sections: string;
	start: number;
	end: number;
	docText: string;
	session: string | null;
	speaker: string | null;
	publisher: string | null;
};

export function getReport(db: Db, id: number): ReportWithItems | undefined {
	const row = db
		.prepare(
			`${LIST_SQL.replace('SELECT r.id,', 'SELECT r.session, r.speaker, r.publisher, r.start, r.end, r.sections, d.text AS docText, r.id,')}
			 WHERE r.id = ?`
		)
		.get(id) as RawDetail | undefined;
	if (!row) return undefined;
	const { docText, ...rest } = row;
	return {
		...rest,
		// Offsets count UTF-16 code units, as JavaScript strings do (SQLite's substr counts characters).
		text: docText.slice(row.start, row.end),
		synthetic: !!row.synthetic,
		factsOnly: !!row.factsOnly,
		sections: JSON.parse(row.sections) as unknown[],
		targets: readTargets(db, id),
		results: readResults(db, id)
	};
}
