/** Read side of the assessments: the shape GET /api/assessments answers with. */
import type { Db } from './index';
import type { Basis, Bound, Measure, Period, Status, Tier } from '../../types';
import { findTown } from './towns';
import { explainStored, type Figures, type RuleId } from '../../linking/rules';

export const STATUSES: Status[] = [
	'met',
	'missed',
	'on_track',
	'behind',
	'not_reported',
	'pending',
	'unclear'
];
export const BASES: (Basis | 'none')[] = [
	'following_report',
	'midyear',
	'stated_completion',
	'computed',
	'manual',
	'none'
];

export interface AssessmentFilter {
	/** Town slug, or name when unique. */
	town?: string;
	year?: number;
	indicator?: string;
	status?: Status;
	basis?: Basis | 'none';
	/** Only the verdict to show first for each target. */
	primaryOnly?: boolean;
}

export interface SourceRef {
	role: 'target' | 'outcome' | 'base' | 'reference' | 'superseded_estimate';
	reportId: number;
	documentId: number;
	source: string;
	quote: string;
	start: number;
	end: number;
}

export interface AssessmentView {
	id: number;
	town: string;
	townSlug: string;
	synthetic: boolean;
	year: number;
	indicator: string | null;
	indicatorName: string | null;
	text: string;
	tier: Tier;
	measure: Measure;
	status: Status;
	basis: Basis | null;
	primary: boolean;
	margin: number | null;
	marginUnit: 'pp' | 'ratio' | null;
	confidence: number;
	expectedShare: number | null;
	flags: string[];
	note: string | null;
	/** The judge rule that gave the verdict (src/lib/linking/rules.ts), null before a recompute. */
	rule: RuleId | null;
	/** The figures the rule compared. */
	figures: Figures | null;
	/** The verdict in words, e.g. 上半年增长5.1%，低于全年目标增长6%以上 → 进度滞后. */
	explanation: { zh: string; en: string };
	target: {
		id: number;
		reportId: number;
		value: number | null;
		unit: string | null;
		bound: Bound;
		high: number | null;
		ref: string | null;
		modality: string | null;
		scope: string | null;
		implied: boolean;
	};
	outcome: {
		resultId: number;
		reportId: number;
		/** The number compared with the target (a growth in % for growth targets). */
		value: number | null;
		unit: string | null;
		period: Period;
		year: number;
		stated: {
			value: number | null;
			unit: string | null;
			growth: number | null;
			completion: number | null;
		};
		estimated: boolean;
	} | null;
	sources: SourceRef[];
	/** For basis 'manual': the outcome an editor added from another source, and its citation. */
	manual: ManualSource | null;
}

export interface ManualSource {
	id: number;
	text: string;
	year: number;
	period: Period;
	value: number | null;
	unit: string | null;
	growth: number | null;
	completion: number | null;
	vintage: string;
	citationTitle: string;
	citationUrl: string | null;
	citationDate: string | null;
	addedBy: string;
	addedAt: string;
}

interface Row {
	id: number;
	town: string;
	townSlug: string;
	synthetic: number;
	year: number;
	indicator: string | null;
	indicatorName: string | null;
	text: string;
	tier: Tier;
	measure: Measure;
	status: Status;
	basis: string;
	isPrimary: number;
	margin: number | null;
	marginUnit: 'pp' | 'ratio' | null;
	confidence: number;
	expectedShare: number | null;
	flags: string;
	note: string | null;
	rule: string | null;
	figures: string | null;
	evidence: string;
	targetId: number;
	targetReportId: number;
	targetDocumentId: number;
	targetSource: string;
	value: number | null;
	unit: string | null;
	bound: Bound;
	high: number | null;
	ref: string | null;
	modality: string | null;
	scope: string | null;
	implied: number;
	quote: string;
	start: number;
	end: number;
	resultId: number | null;
	outcomeValue: number | null;
	outcomeUnit: string | null;
	manualResultId: number | null;
}

interface ResultRow {
	id: number;
	reportId: number;
	documentId: number;
	source: string;
	quote: string;
	start: number;
	end: number;
	period: Period;
	year: number;
	value: number | null;
	unit: string | null;
	growth: number | null;
	completion: number | null;
	estimated: number;
}

/**
 * The WHERE clause and its bound parameters for a filter (a over assessments, t over targets);
 * null when the named town does not exist.
 */
export function assessmentWhere(
	db: Db,
	filter: AssessmentFilter
): { sql: string; args: (string | number)[] } | null {
	const where: string[] = [];
	const args: (string | number)[] = [];
	if (filter.town !== undefined) {
		const town = findTown(db, filter.town);
		if (!town) return null;
		where.push('a.town_id = ?');
		args.push(town.id);
	}
	if (filter.year !== undefined) {
		where.push('t.year = ?');
		args.push(filter.year);
	}
	if (filter.indicator !== undefined) {
		where.push('t.indicator_id = ?');
		args.push(filter.indicator);
	}
	if (filter.status !== undefined) {
		where.push('a.status = ?');
		args.push(filter.status);
	}
	if (filter.basis !== undefined) {
		where.push('a.basis = ?');
		args.push(filter.basis);
	}
	if (filter.primaryOnly) where.push('a.is_primary = 1');
	return { sql: where.length ? 'WHERE ' + where.join(' AND ') : '', args };
}

/** The assessments matching the filter, or null when the named town does not exist. */
export function queryAssessments(db: Db, filter: AssessmentFilter = {}): AssessmentView[] | null {
	const where = assessmentWhere(db, filter);
	if (!where) return null;
	return assessmentRows(
		db,
		where.sql,
		where.args,
		'w.synthetic, w.name, t.year, tr.id, t.implied, t.ordinal, a.is_primary DESC, a.basis'
	);
}

/**
 * The API rows of the assessments that `whereSql` selects, in `orderSql` order: the one place
 * that maps an assessment with its target, outcome, sources and manual citation.
 */
export function assessmentRows(
	db: Db,
	whereSql: string,
	args: (string | number)[],
	orderSql: string
): AssessmentView[] {
	const rows = db
		.prepare(
			`SELECT a.id, w.name AS town, w.slug AS townSlug, w.synthetic, t.year, t.indicator_id AS indicator,
			   i.zh AS indicatorName, t.text, t.tier, t.measure, a.status, a.basis, a.is_primary AS isPrimary,
			   a.margin, a.margin_unit AS marginUnit, a.confidence, a.expected_share AS expectedShare, a.flags,
			   a.note, a.rule, a.figures, a.evidence, t.id AS targetId, t.report_id AS targetReportId,
			   tr.document_id AS targetDocumentId, d.file_name AS targetSource, t.value, t.unit, t.bound,
			   t.high, t.ref, t.modality, t.scope, t.implied, t.quote, t.start, t.end, a.result_id AS resultId,
			   a.outcome_value AS outcomeValue, a.outcome_unit AS outcomeUnit,
			   a.manual_result_id AS manualResultId
			 FROM assessments a
			 JOIN targets t ON t.id = a.target_id
			 JOIN reports tr ON tr.id = t.report_id
			 JOIN documents d ON d.id = tr.document_id
			 JOIN towns w ON w.id = a.town_id
			 LEFT JOIN indicators i ON i.id = t.indicator_id
			 ${whereSql}
			 ORDER BY ${orderSql}`
		)
		.all(...args) as Row[];
	const resultStmt = db.prepare(
		`SELECT s.id, s.report_id AS reportId, r.document_id AS documentId, d.file_name AS source, s.quote,
		   s.start, s.end, s.period, s.year, s.value, s.unit, s.growth, s.completion, s.estimated
		 FROM results s JOIN reports r ON r.id = s.report_id JOIN documents d ON d.id = r.document_id
		 WHERE s.id = ?`
	);
	const cache = new Map<number, ResultRow | undefined>();
	const result = (id: number) => {
		if (!cache.has(id)) cache.set(id, resultStmt.get(id) as ResultRow | undefined);
		return cache.get(id);
	};
	const manualStmt = db.prepare(
		`SELECT id, text, year, period, value, unit, growth, completion, vintage,
		   citation_title AS citationTitle, citation_url AS citationUrl, citation_date AS citationDate,
		   user_name AS addedBy, created_at AS addedAt
		 FROM manual_results WHERE id = ?`
	);
	return rows.map((r) => {
		const evidence = (
			JSON.parse(r.evidence) as { role: SourceRef['role']; resultId?: number }[]
		).filter((e): e is { role: SourceRef['role']; resultId: number } => e.resultId != null);
		const sources: SourceRef[] = [
			{
				role: 'target',
				reportId: r.targetReportId,
				documentId: r.targetDocumentId,
				source: r.targetSource,
				quote: r.quote,
				start: r.start,
				end: r.end
			}
		];
		for (const e of evidence) {
			const s = result(e.resultId);
			if (s)
				sources.push({
					role: e.role,
					reportId: s.reportId,
					documentId: s.documentId,
					source: s.source,
					quote: s.quote,
					start: s.start,
					end: s.end
				});
		}
		const main = r.resultId !== null ? result(r.resultId) : undefined;
		const why = explainStored(
			r.rule,
			r.figures,
			r.status,
			{ measure: r.measure, value: r.value, high: r.high, unit: r.unit, bound: r.bound },
			r.outcomeUnit
		);
		return {
			id: r.id,
			town: r.town,
			townSlug: r.townSlug,
			synthetic: !!r.synthetic,
			year: r.year,
			indicator: r.indicator,
			indicatorName: r.indicatorName,
			text: r.text,
			tier: r.tier,
			measure: r.measure,
			status: r.status,
			basis: r.basis === 'none' ? null : (r.basis as Basis),
			primary: !!r.isPrimary,
			margin: r.margin,
			marginUnit: r.marginUnit,
			confidence: r.confidence,
			expectedShare: r.expectedShare,
			flags: JSON.parse(r.flags) as string[],
			note: r.note,
			...why,
			target: {
				id: r.targetId,
				reportId: r.targetReportId,
				value: r.value,
				unit: r.unit,
				bound: r.bound,
				high: r.high,
				ref: r.ref,
				modality: r.modality,
				scope: r.scope,
				implied: !!r.implied
			},
			outcome: main
				? {
						resultId: main.id,
						reportId: main.reportId,
						value: r.outcomeValue,
						unit: r.outcomeUnit,
						period: main.period,
						year: main.year,
						stated: {
							value: main.value,
							unit: main.unit,
							growth: main.growth,
							completion: main.completion
						},
						estimated: !!main.estimated
					}
				: null,
			sources,
			manual:
				r.manualResultId !== null
					? ((manualStmt.get(r.manualResultId) as ManualSource | undefined) ?? null)
					: null
		};
	});
}

/** Primary assessments by status (for summaries and the load report). */
export function countByStatus(db: Db): Record<string, number> {
	const rows = db
		.prepare(`SELECT status, COUNT(*) AS n FROM assessments WHERE is_primary = 1 GROUP BY status`)
		.all() as { status: string; n: number }[];
	return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
