/**
 * Read queries of the report page (the text with every item in place) and the indicator page.
 */
import type { Bound, Measure, Period, Status, Tier } from '../../types';
import type { Db } from './index';
import { explainStored } from '../../linking/rules';
import type { Lang } from '../../format/number';
import {
	PRIMARY_JOIN,
	TOWN_COLUMNS,
	parseJsonArray,
	townFrom,
	type RawTownColumns,
	type TownRef
} from './dashboard-common';

export interface ReportMetaRow {
	id: number;
	documentId: number;
	fileName: string;
	sourceUrl: string | null;
	kind: 'annual' | 'midyear';
	reportYear: number;
	reviewYear: number;
	delivered: string | null;
	published: string | null;
	title: string | null;
	session: string | null;
	speaker: string | null;
	publisher: string | null;
	indexNumber: string | null;
	start: number;
	end: number;
	/**
	 * Known only by its facts (the bundled real ledger): no text is stored, the source is the
	 * page at sourceUrl (pageId its manifest id) and each item's quote with its offsets.
	 */
	factsOnly: boolean;
	pageId: string | null;
}

export interface ReportTarget {
	id: number;
	indicatorId: string | null;
	indicatorZh: string | null;
	text: string;
	year: number;
	tier: Tier;
	measure: Measure;
	value: number | null;
	high: number | null;
	unit: string | null;
	bound: Bound;
	quote: string;
	start: number;
	end: number;
	status: Status;
	margin: number | null;
	marginUnit: 'pp' | 'ratio' | null;
	/** The verdict in words (src/lib/linking/rules.ts). */
	explanation: Record<Lang, string>;
}

export interface ReportResult {
	id: number;
	indicatorId: string | null;
	indicatorZh: string | null;
	text: string;
	year: number;
	period: Period;
	value: number | null;
	unit: string | null;
	growth: number | null;
	completion: number | null;
	estimated: boolean;
	quote: string;
	start: number;
	end: number;
	/** Targets this result is the main evidence for. */
	targetIds: number[];
}

export interface ReportDetail {
	report: ReportMetaRow;
	town: TownRef;
	/** The report's own text: the document text between the report's start and end. */
	text: string;
	targets: ReportTarget[];
	results: ReportResult[];
}

/** A report with its text and items. Null when no report has this id. */
export function reportDetail(db: Db, id: number): ReportDetail | null {
	const row = db
		.prepare(
			`SELECT r.id, r.document_id AS documentId, d.file_name AS fileName, d.source_url AS sourceUrl,
			   r.kind, r.report_year AS reportYear, r.review_year AS reviewYear, r.delivered,
			   COALESCE(r.published, d.published) AS published, r.title, r.session, r.speaker,
			   r.publisher, r.index_number AS indexNumber, r.start, r.end, d.facts_only AS factsOnly,
			   d.page_id AS pageId, ${TOWN_COLUMNS}
			 FROM reports r JOIN documents d ON d.id = r.document_id JOIN towns tw ON tw.id = r.town_id
			 WHERE r.id = ?`
		)
		.get(id) as
		(Omit<ReportMetaRow, 'factsOnly'> & { factsOnly: number } & RawTownColumns) | undefined;
	if (!row) return null;
	const targets = (
		db
			.prepare(
				`			 SELECT t.id, t.indicator_id AS indicatorId, i.zh AS indicatorZh, t.text, t.year, t.tier,
			   t.measure, t.value, t.high, t.unit, t.bound, t.quote, t.start, t.end,
			   COALESCE(pa.status, 'pending') AS status, pa.margin, pa.margin_unit AS marginUnit,
			   pa.rule, pa.figures, pa.outcome_unit AS outcomeUnit
			 FROM targets t LEFT JOIN indicators i ON i.id = t.indicator_id
			 ${PRIMARY_JOIN}
			 WHERE t.report_id = ? ORDER BY t.start, t.id`
			)
			.all(id) as (Omit<ReportTarget, 'explanation'> & {
			rule: string | null;
			figures: string | null;
			outcomeUnit: string | null;
		})[]
	).map(({ rule, figures, outcomeUnit, ...t }) => ({
		...t,
		explanation: explainStored(rule, figures, t.status, t, outcomeUnit).explanation
	}));
	const results = (
		db
			.prepare(
				`SELECT s.id, s.indicator_id AS indicatorId, i.zh AS indicatorZh, s.text, s.year, s.period,
				   s.value, s.unit, s.growth, s.completion, s.estimated, s.quote, s.start, s.end,
				   (SELECT json_group_array(DISTINCT a.target_id) FROM assessments a WHERE a.result_id = s.id) AS targetIds
				 FROM results s LEFT JOIN indicators i ON i.id = s.indicator_id
				 WHERE s.report_id = ? ORDER BY s.start, s.id`
			)
			.all(id) as (Omit<ReportResult, 'estimated' | 'targetIds'> & {
			estimated: number;
			targetIds: string;
		})[]
	).map((r) => ({
		...r,
		estimated: r.estimated === 1,
		targetIds: (JSON.parse(r.targetIds) as (number | null)[]).filter((x): x is number => x != null)
	}));
	// Offsets are UTF-16 code units (SQLite's substr counts characters), so slice in JS.
	const full = db.prepare(`SELECT text FROM documents WHERE id = ?`).get(row.documentId) as {
		text: string;
	};
	const meta = row;
	return {
		report: {
			id: meta.id,
			documentId: meta.documentId,
			fileName: meta.fileName,
			sourceUrl: meta.sourceUrl,
			kind: meta.kind,
			reportYear: meta.reportYear,
			reviewYear: meta.reviewYear,
			delivered: meta.delivered,
			published: meta.published,
			title: meta.title,
			session: meta.session,
			speaker: meta.speaker,
			publisher: meta.publisher,
			indexNumber: meta.indexNumber,
			start: meta.start,
			end: meta.end,
			factsOnly: meta.factsOnly === 1,
			pageId: meta.pageId
		},
		town: townFrom(meta),
		text: full.text.slice(row.start, row.end),
		targets,
		results
	};
}

export interface IndicatorRecord {
	targetId: number;
	reportId: number;
	town: TownRef;
	year: number;
	tier: Tier;
	measure: Measure;
	value: number | null;
	high: number | null;
	unit: string | null;
	bound: Bound;
	quote: string;
	status: Status;
	outcomeValue: number | null;
	margin: number | null;
	marginUnit: 'pp' | 'ratio' | null;
	resultId: number | null;
	resultReportId: number | null;
}

export interface IndicatorDetail {
	indicator: { id: string; zh: string; en: string; aliases: string[]; upIsGood: boolean };
	/** The latest records first, at most `limit`. */
	records: IndicatorRecord[];
	/** All records on the indicator. */
	total: number;
}

/**
 * Records an indicator page shows: every town of a county over many years, and a readable
 * scatter; at national scale more would only make the page slow (1 MB of HTML at 1000, 560 KB
 * at 500).
 */
export const INDICATOR_RECORDS = 300;

/** Every town's targets on one indicator with their outcomes. Null for an unknown indicator. */
export function indicatorDetail(
	db: Db,
	id: string,
	limit = INDICATOR_RECORDS
): IndicatorDetail | null {
	const ind = db
		.prepare(`SELECT id, zh, en, aliases, up_is_good AS upIsGood FROM indicators WHERE id = ?`)
		.get(id) as
		{ id: string; zh: string; en: string; aliases: string; upIsGood: number } | undefined;
	if (!ind) return null;
	const records = (
		db
			.prepare(
				`				 SELECT t.id AS targetId, t.report_id AS reportId, t.year, t.tier, t.measure, t.value,
				   t.high, t.unit, t.bound, t.quote, COALESCE(pa.status, 'pending') AS status,
				   pa.outcome_value AS outcomeValue, pa.margin, pa.margin_unit AS marginUnit,
				   pa.result_id AS resultId, s.report_id AS resultReportId, ${TOWN_COLUMNS}
				 FROM (
				   -- The latest targets by the (indicator_id, year) index, before any join: the
				   -- cap bounds the work however many towns report on the indicator.
				   SELECT id FROM targets WHERE indicator_id = @id ORDER BY year DESC, id DESC LIMIT @limit
				 ) sel
				 JOIN targets t ON t.id = sel.id
				 JOIN reports r ON r.id = t.report_id JOIN towns tw ON tw.id = r.town_id
				 ${PRIMARY_JOIN}
				 LEFT JOIN results s ON s.id = pa.result_id
				 ORDER BY t.year DESC, tw.synthetic, tw.name, t.id`
			)
			.all({ id, limit }) as (Omit<IndicatorRecord, 'town'> & RawTownColumns)[]
	).map((r) => {
		const {
			townId: _a,
			townSlug: _b,
			townName: _c,
			townCounty: _d,
			townCity: _e,
			townProvince: _f,
			townSynthetic: _g,
			...rest
		} = r;
		return { ...rest, town: townFrom(r) };
	});
	const aliases = parseJsonArray(ind.aliases);
	const total = (
		db.prepare(`SELECT COUNT(*) AS n FROM targets WHERE indicator_id = ?`).get(id) as { n: number }
	).n;
	return {
		indicator: { id: ind.id, zh: ind.zh, en: ind.en, aliases, upIsGood: ind.upIsGood === 1 },
		records,
		total
	};
}
