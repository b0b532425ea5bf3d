/**
 * Read queries of the town page and the deputy brief.
 */
import type { Basis, Bound, Measure, Period, Status, Tier } from '../../types';
import type { Db } from './index';
import { explainStored, type Figures, type RuleId } from '../../linking/rules';
import type { Lang } from '../../format/number';
import {
	PRIMARY_JOIN,
	TOWN_COLUMNS,
	parseJsonArray,
	townFrom,
	type RawTownColumns,
	type StatusCounts,
	type TownRef
} from './dashboard-common';

export interface ResultRef {
	id: number;
	reportId: number;
	year: number;
	period: Period;
	quote: string;
	value: number | null;
	unit: string | null;
	growth: number | null;
	completion: number | null;
	estimated: boolean;
}

export interface TargetRow {
	id: number;
	reportId: number;
	reportYear: number;
	reportKind: 'annual' | 'midyear';
	year: number;
	tier: Tier;
	measure: Measure;
	indicatorId: string | null;
	indicatorZh: string | null;
	indicatorEn: string | null;
	text: string;
	value: number | null;
	high: number | null;
	unit: string | null;
	bound: Bound;
	modality: string | null;
	scope: string | null;
	quote: string;
	status: Status;
	basis: Basis | 'none' | null;
	margin: number | null;
	marginUnit: 'pp' | 'ratio' | null;
	outcomeValue: number | null;
	expectedShare: number | null;
	confidence: number | null;
	flags: string[];
	note: string | null;
	result: ResultRef | null;
	/** The judge rule, its figures and the verdict in words (src/lib/linking/rules.ts). */
	rule: RuleId | null;
	figures: Figures | null;
	explanation: Record<Lang, string>;
}

export interface TownReportRef {
	id: number;
	kind: 'annual' | 'midyear';
	reportYear: number;
	reviewYear: number;
	delivered: string | null;
	published: string | null;
	title: string | null;
	fileName: string;
	/** Known only by its facts (the bundled real ledger). */
	factsOnly: boolean;
	targets: number;
	results: number;
}

export interface HistorySeries {
	indicatorId: string;
	zh: string;
	en: string;
	measure: 'growth' | 'level';
	unit: string | null;
	years: number[];
	target: (number | null)[];
	actual: (number | null)[];
}

export interface MidyearRow {
	targetId: number;
	label: string;
	labelEn: string;
	year: number;
	period: Period;
	completion: number | null;
	growth: number | null;
	targetValue: number | null;
	expectedShare: number;
	status: Status;
	resultId: number;
	reportId: number;
	quote: string;
}

export interface TownDetail {
	town: TownRef;
	years: number[];
	scorecard: Record<number, StatusCounts>;
	targets: TargetRow[];
	history: HistorySeries[];
	midyear: MidyearRow[];
	reports: TownReportRef[];
}

interface RawTarget extends Omit<
	TargetRow,
	'flags' | 'result' | 'rule' | 'figures' | 'explanation'
> {
	flags: string;
	rule: string | null;
	figures: string | null;
	outcomeUnit: string | null;
	rId: number | null;
	rReportId: number | null;
	rYear: number | null;
	rPeriod: Period | null;
	rQuote: string | null;
	rValue: number | null;
	rUnit: string | null;
	rGrowth: number | null;
	rCompletion: number | null;
	rEstimated: number | null;
}

const TARGET_SELECT = `
	SELECT t.id, t.report_id AS reportId, r.report_year AS reportYear, r.kind AS reportKind,
	  t.year, t.tier, t.measure, t.indicator_id AS indicatorId, i.zh AS indicatorZh,
	  i.en AS indicatorEn, t.text, t.value, t.high, t.unit, t.bound, t.modality, t.scope, t.quote,
	  COALESCE(pa.status, 'pending') AS status, pa.basis, pa.margin, pa.margin_unit AS marginUnit,
	  pa.outcome_value AS outcomeValue, pa.expected_share AS expectedShare,
	  pa.confidence, COALESCE(pa.flags, '[]') AS flags, pa.note, pa.rule, pa.figures,
	  pa.outcome_unit AS outcomeUnit,
	  s.id AS rId, s.report_id AS rReportId, s.year AS rYear, s.period AS rPeriod, s.quote AS rQuote,
	  s.value AS rValue, s.unit AS rUnit, s.growth AS rGrowth, s.completion AS rCompletion,
	  s.estimated AS rEstimated
	FROM targets t
	JOIN reports r ON r.id = t.report_id
	LEFT JOIN indicators i ON i.id = t.indicator_id
	${PRIMARY_JOIN}
	LEFT JOIN results s ON s.id = pa.result_id`;

function targetFrom(r: RawTarget): TargetRow {
	const {
		rId,
		rReportId,
		rYear,
		rPeriod,
		rQuote,
		rValue,
		rUnit,
		rGrowth,
		rCompletion,
		rEstimated,
		flags,
		rule,
		figures,
		outcomeUnit,
		...rest
	} = r;
	return {
		...rest,
		...explainStored(rule, figures, rest.status, rest, outcomeUnit),
		flags: parseJsonArray(flags),
		result:
			rId != null
				? {
						id: rId,
						reportId: rReportId!,
						year: rYear!,
						period: rPeriod!,
						quote: rQuote!,
						value: rValue,
						unit: rUnit,
						growth: rGrowth,
						completion: rCompletion,
						estimated: rEstimated === 1
					}
				: null
	};
}

function findTown(db: Db, slug: string): TownRef | null {
	const raw = db.prepare(`SELECT ${TOWN_COLUMNS} FROM towns tw WHERE tw.slug = ?`).get(slug) as
		RawTownColumns | undefined;
	return raw ? townFrom(raw) : null;
}

function townTargets(db: Db, townId: number, year: number | null = null): TargetRow[] {
	return (
		db
			.prepare(
				`${TARGET_SELECT}
				 WHERE r.town_id = @townId AND (@year IS NULL OR t.year = @year)
				 ORDER BY t.year DESC, t.tier, r.report_year, t.start, t.id`
			)
			.all({ townId, year }) as RawTarget[]
	).map(targetFrom);
}

/** Money units a history series may mix (rescaled to the series' unit). */
const YUAN: Record<string, number> = { 元: 1, 万元: 1e4, 亿元: 1e8 };

function rescale(value: number, from: string | null, to: string | null): number | null {
	if (from === to) return value;
	if (from && to && YUAN[from] && YUAN[to]) return (value * YUAN[from]) / YUAN[to];
	return null;
}

/** Everything the town page shows. Null when no town has this slug. */
export function townDetail(db: Db, slug: string): TownDetail | null {
	const town = findTown(db, slug);
	if (!town) return null;
	const targets = townTargets(db, town.id);
	const scorecard: Record<number, StatusCounts> = {};
	for (const t of targets) {
		const c = (scorecard[t.year] ??= {});
		c[t.status] = (c[t.status] ?? 0) + 1;
	}
	const years = Object.keys(scorecard)
		.map(Number)
		.sort((a, b) => a - b);

	const reports = db
		.prepare(
			`SELECT r.id, r.kind, r.report_year AS reportYear, r.review_year AS reviewYear, r.delivered,
			   COALESCE(r.published, d.published) AS published, r.title, d.file_name AS fileName,
			   d.facts_only AS factsOnly,
			   (SELECT COUNT(*) FROM targets t WHERE t.report_id = r.id) AS targets,
			   (SELECT COUNT(*) FROM results s WHERE s.report_id = r.id) AS results
			 FROM reports r JOIN documents d ON d.id = r.document_id
			 WHERE r.town_id = ? ORDER BY r.report_year, r.kind, r.id`
		)
		.all(town.id) as (Omit<TownReportRef, 'factsOnly'> & { factsOnly: number })[];

	const results = db
		.prepare(
			`SELECT s.indicator_id AS indicatorId, s.year, s.value, s.unit, s.growth, r.report_year AS reportYear
			 FROM results s JOIN reports r ON r.id = s.report_id
			 WHERE r.town_id = ? AND s.period = 'year' AND s.scope IS NULL AND s.indicator_id IS NOT NULL
			 ORDER BY r.report_year, s.estimated DESC`
		)
		.all(town.id) as {
		indicatorId: string;
		year: number;
		value: number | null;
		unit: string | null;
		growth: number | null;
	}[];

	const history = buildHistory(targets, results);

	const midyear = (
		db
			.prepare(
				`SELECT t.id AS targetId, COALESCE(i.zh, t.text) AS label, COALESCE(i.en, t.text) AS labelEn,
				   t.year, s.period, s.completion, s.growth, t.value AS targetValue,
				   a.expected_share AS expectedShare, a.status, s.id AS resultId, s.report_id AS reportId,
				   s.quote
				 FROM assessments a
				 JOIN targets t ON t.id = a.target_id
				 JOIN results s ON s.id = a.result_id
				 LEFT JOIN indicators i ON i.id = t.indicator_id
				 WHERE a.town_id = ? AND a.expected_share IS NOT NULL AND a.expected_share < 1
				 ORDER BY t.year DESC, s.period, t.start`
			)
			.all(town.id) as MidyearRow[]
	).filter((r) => r.expectedShare != null);

	return {
		town,
		years,
		scorecard,
		targets,
		history,
		midyear,
		reports: reports.map((r) => ({ ...r, factsOnly: r.factsOnly === 1 }))
	};
}

/**
 * Per catalogued indicator: the town's targets and full-year outcomes by year, in the measure
 * its targets mostly use (growth in %, or a level in the targets' unit).
 */
export function buildHistory(
	targets: TargetRow[],
	results: {
		indicatorId: string;
		year: number;
		value: number | null;
		unit: string | null;
		growth: number | null;
	}[]
): HistorySeries[] {
	const out: HistorySeries[] = [];
	const ids = [...new Set(targets.map((t) => t.indicatorId).filter((x): x is string => !!x))];
	for (const id of ids) {
		const ts = targets.filter((t) => t.indicatorId === id && t.measure !== 'avg_growth');
		if (ts.length === 0) continue;
		const growthCount = ts.filter((t) => t.measure === 'growth').length;
		const measure: 'growth' | 'level' = growthCount * 2 >= ts.length ? 'growth' : 'level';
		const mts = ts.filter((t) => t.measure === measure && t.value != null);
		const unit = measure === 'growth' ? '%' : (mts[0]?.unit ?? null);
		const targetByYear = new Map<number, number>();
		for (const t of mts) {
			const v = rescale(t.value!, t.unit, unit);
			// Headline targets win over plan items for the same year.
			if (v != null && (!targetByYear.has(t.year) || t.tier === 'headline'))
				targetByYear.set(t.year, v);
		}
		const actualByYear = new Map<number, number>();
		for (const r of results.filter((x) => x.indicatorId === id)) {
			const v =
				measure === 'growth' ? r.growth : r.value != null ? rescale(r.value, r.unit, unit) : null;
			// Later reports (ordered last) correct earlier estimates.
			if (v != null) actualByYear.set(r.year, v);
		}
		const years = [...new Set([...targetByYear.keys(), ...actualByYear.keys()])].sort(
			(a, b) => a - b
		);
		if (years.length === 0) continue;
		const first = ts[0];
		out.push({
			indicatorId: id,
			zh: first.indicatorZh ?? first.text,
			en: first.indicatorEn ?? first.text,
			measure,
			unit,
			years,
			target: years.map((y) => targetByYear.get(y) ?? null),
			actual: years.map((y) => actualByYear.get(y) ?? null)
		});
	}
	return out.sort((a, b) => b.years.length - a.years.length || a.zh.localeCompare(b.zh, 'zh-CN'));
}

export interface BriefItem extends TargetRow {
	reportTitle: string | null;
	resultReportTitle: string | null;
}

export interface TownBrief {
	town: TownRef;
	year: number;
	years: number[];
	counts: StatusCounts;
	/** Missed, not reported, or behind schedule: what a deputy would ask about. */
	items: BriefItem[];
	/** Targets the judge could not decide (listed apart: not a failure of the town). */
	unclear: BriefItem[];
	/** Growth targets with an outcome, for the target-versus-actual chart. */
	all: TargetRow[];
}

export const BRIEF_STATUSES: readonly Status[] = ['missed', 'not_reported', 'behind'];

/** The deputy brief of one town and year. Null when the town does not exist. */
export function townBrief(db: Db, slug: string, year: number): TownBrief | null {
	const town = findTown(db, slug);
	if (!town) return null;
	const all = townTargets(db, town.id, year);
	const years = (
		db
			.prepare(
				`SELECT DISTINCT t.year FROM targets t JOIN reports r ON r.id = t.report_id
				 WHERE r.town_id = ? ORDER BY t.year`
			)
			.all(town.id) as { year: number }[]
	).map((r) => r.year);
	const counts: StatusCounts = {};
	for (const t of all) counts[t.status] = (counts[t.status] ?? 0) + 1;
	const titles = new Map(
		(
			db.prepare(`SELECT id, title FROM reports WHERE town_id = ?`).all(town.id) as {
				id: number;
				title: string | null;
			}[]
		).map((r) => [r.id, r.title])
	);
	const order = (s: Status) => BRIEF_STATUSES.indexOf(s);
	const withTitles = (t: TargetRow): BriefItem => ({
		...t,
		reportTitle: titles.get(t.reportId) ?? null,
		resultReportTitle: t.result ? (titles.get(t.result.reportId) ?? null) : null
	});
	const headlineFirst = (a: TargetRow, b: TargetRow) =>
		(a.tier === 'headline' ? 0 : 1) - (b.tier === 'headline' ? 0 : 1);
	const items = all
		.filter((t) => BRIEF_STATUSES.includes(t.status))
		.sort((a, b) => order(a.status) - order(b.status) || headlineFirst(a, b))
		.map(withTitles);
	const unclear = all
		.filter((t) => t.status === 'unclear')
		.sort(headlineFirst)
		.map(withTitles);
	return { town, year, years, counts, items, unclear, all };
}
