/**
 * GET /api/assessments one page at a time: the rows of queryAssessments (assessments.ts, same
 * filters, same shape, same order except with ?indicator= and no town: by year and target)
 * from `offset`, at most `limit`, and how many match in all.
 * The page's ids are chosen first from the sort keys alone, so only `limit` rows are ever
 * built, and an unfiltered request walks towns in name order instead of sorting 10 M rows.
 */
import type { Db } from './index';
import {
	assessmentRows,
	assessmentWhere,
	type AssessmentFilter,
	type AssessmentView
} from './assessments';

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
	const where = assessmentWhere(db, filter);
	if (!where) return null;
	const { args } = where;
	const cond = where.sql;
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

/** The API rows of the given assessments, in the API's order. */
export function assessmentsById(db: Db, ids: number[]): AssessmentView[] {
	if (ids.length === 0) return [];
	return assessmentRows(
		db,
		'WHERE a.id IN (SELECT value FROM json_each(?))',
		[JSON.stringify(ids)],
		ORDER
	);
}
