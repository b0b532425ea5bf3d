/**
 * The citations behind verdicts an editor's manual outcome decided, for the dashboard pages.
 * Read from the small manual_results table outwards (town index on assessments), so a page on a
 * national-scale ledger pays for the manual outcomes only, not for every assessment.
 */
import type { Db } from './index';
import type { Period } from '../../types';
import { findTown } from './towns';

export interface ManualCitation {
	targetId: number;
	manualId: number;
	year: number;
	period: Period;
	value: number | null;
	unit: string | null;
	growth: number | null;
	completion: number | null;
	vintage: string;
	title: string;
	url: string | null;
	date: string | null;
	addedBy: string;
}

/** `outer`: CROSS JOIN keeps manual_results as the outer loop (else SQLite may scan assessments). */
const select = (outer: boolean) => `SELECT a.target_id AS targetId, m.id AS manualId, m.year,
	m.period, m.value, m.unit, m.growth, m.completion, m.vintage, m.citation_title AS title,
	m.citation_url AS url, m.citation_date AS date, m.user_name AS addedBy
	FROM manual_results m ${outer ? 'CROSS JOIN' : 'JOIN'} assessments a
	  ON a.town_id = m.town_id AND a.manual_result_id = m.id AND a.basis = 'manual'`;

/** Keyed by target id (one per target: its manual verdict). */
function byTarget(rows: ManualCitation[]): Record<number, ManualCitation> {
	const out: Record<number, ManualCitation> = {};
	for (const r of rows) out[r.targetId] ??= r;
	return out;
}

/** Manual citations of one town (slug, or unique name); empty when the town is unknown. */
export function townManualCitations(db: Db, townKey: string): Record<number, ManualCitation> {
	const town = findTown(db, townKey);
	if (!town) return {};
	return byTarget(
		db
			.prepare(`${select(true)} WHERE m.town_id = ? ORDER BY m.id DESC`)
			.all(town.id) as ManualCitation[]
	);
}

/** Manual citations of one indicator across towns. */
export function indicatorManualCitations(
	db: Db,
	indicatorId: string
): Record<number, ManualCitation> {
	return byTarget(
		db
			.prepare(`${select(true)} WHERE m.indicator_id = ? ORDER BY m.id DESC`)
			.all(indicatorId) as ManualCitation[]
	);
}

/** Manual citations of the targets one report states. */
export function reportManualCitations(db: Db, reportId: number): Record<number, ManualCitation> {
	return byTarget(
		db
			.prepare(
				`${select(false)} WHERE a.target_id IN (SELECT id FROM targets WHERE report_id = ?) ORDER BY m.id DESC`
			)
			.all(reportId) as ManualCitation[]
	);
}
