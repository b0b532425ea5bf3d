/**
 * GET /api/assessments one page at a time: the rows of queryAssessments (assessments.ts, same
 * filters, same shape, same order except with ?indicator= and no town: by year and target)
 * from `offset`, at most `limit`, and how many match in all.
 * The page's ids are chosen first from the sort keys alone, so only `limit` rows are ever
 * built, and an unfiltered request walks towns in name order instead of sorting 10 M rows.
 */
import type { Db } from './index';
import type { AssessmentFilter, AssessmentView, ManualSource, SourceRef } from './assessments';
import type { Basis, Bound, Measure, Period, Status, Tier } from '../../types';
import { findTown } from './towns';

/** Rows per page when the request does not say. */
export const DEFAULT_LIMIT = 200;
/** The largest page a request may ask for. */
export const MAX_LIMIT = 5000;

export interface AssessmentPage {
	rows: AssessmentView[];
	/** Rows matching the filter over all pages. */
	total: number;
	limit: number;
	offset: number;
}

const ORDER = `w.synthetic, w.name, t.year, tr.id, t.implied, t.ordinal, a.is_primary DESC, a.basis`;
/** With ?indicator= and no town: by year, then target (the index's order). */
const INDICATOR_ORDER = `t.year, t.id, a.is_primary DESC, a.basis`;

/**
 * Counts cached per statement and arguments until another connection commits (PRAGMA
 * data_version changes): a client paging through 56,000 rows pays for the count once.
 */
const counts = new WeakMap<Db, { version: number; byKey: Map<string, number> }>();

function countCached(db: Db, sql: string, args: (string | number)[]): number {
	const version = db.pragma('data_version', { simple: true }) as number;
	let c = counts.get(db);
	if (!c || c.version !== version) counts.set(db, (c = { version, byKey: new Map() }));
	const key = JSON.stringify([sql, args]);
	let n = c.byKey.get(key);
	if (n === undefined) {
		n = db
			.prepare(sql)
			.pluck()
			.get(...args) as number;
		if (c.byKey.size > 1000) c.byKey.clear();
		c.byKey.set(key, n);
	}
	return n;
}

/** One page of the assessments matching the filter; null when the named town does not exist. */
export function pageAssessments(
	db: Db,
	filter: AssessmentFilter,
	limit = DEFAULT_LIMIT,
	offset = 0
): AssessmentPage | null {
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
	const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
	const needsTarget = filter.year !== undefined || filter.indicator !== undefined;
	const total = countCached(
		db,
		`SELECT COUNT(*) FROM assessments a
		 ${needsTarget ? 'JOIN targets t ON t.id = a.target_id' : ''} ${cond}`,
		args
	);
	// An indicator without a town: the (indicator_id, year) index order, so the LIMIT stops
	// after one page instead of sorting every town's rows (56,000 for gdp in one year at
	// national scale). Neither: walk the towns in the API's order (towns_order index; CROSS
	// JOIN keeps that join order) so the LIMIT stops the walk. A town: its few rows, sorted.
	const byIndicator = filter.town === undefined && filter.indicator !== undefined;
	const byTown = filter.town === undefined && filter.indicator === undefined;
	const ids = db
		.prepare(
			`SELECT a.id FROM ${
				byIndicator
					? 'targets t CROSS JOIN assessments a ON a.target_id = t.id'
					: byTown
						? 'towns w CROSS JOIN assessments a ON a.town_id = w.id JOIN targets t ON t.id = a.target_id'
						: 'assessments a JOIN towns w ON w.id = a.town_id JOIN targets t ON t.id = a.target_id'
			}
			 ${byIndicator ? '' : 'JOIN reports tr ON tr.id = t.report_id'}
			 ${cond} ORDER BY ${byIndicator ? INDICATOR_ORDER : ORDER} LIMIT ? OFFSET ?`
		)
		.pluck()
		.all(...args, limit, offset) as number[];
	const rows = assessmentsById(db, ids);
	if (byIndicator) {
		const at = new Map(ids.map((id, i) => [id, i]));
		rows.sort((x, y) => at.get(x.id)! - at.get(y.id)!);
	}
	return { rows, total, limit, offset };
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
 * The API rows of the given assessments, in the API's order. The same columns and mapping as
 * queryAssessments in assessments.ts (keep the two in step until that one pages by itself).
 */
export function assessmentsById(db: Db, ids: number[]): AssessmentView[] {
	if (ids.length === 0) return [];
	const rows = db
		.prepare(
			`SELECT a.id, w.name AS town, w.slug AS townSlug, w.synthetic, t.year, t.indicator_id AS indicator,
			   i.zh AS indicatorName, t.text, t.tier, t.measure, a.status, a.basis, a.is_primary AS isPrimary,
			   a.margin, a.margin_unit AS marginUnit, a.confidence, a.expected_share AS expectedShare, a.flags,
			   a.note, a.evidence, t.id AS targetId, t.report_id AS targetReportId,
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
			 WHERE a.id IN (SELECT value FROM json_each(?))
			 ORDER BY ${ORDER}`
		)
		.all(JSON.stringify(ids)) as Row[];
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
