/**
 * Pieces shared by the dashboard's read queries: the rule that picks the one assessment shown
 * per target, and the row shapes pages receive.
 */

/**
 * The order in which a target's assessments are shown, best first: the linker's is_primary flag,
 * then (for ledgers that lack it) the same rule as the
 * linker's `rank` (src/lib/linking): manual, then the following report, then full-year computed
 * or stated completion, then not reported, then partial-year evidence, and any unclear verdict
 * after a definite one.
 */
export const ASSESSMENT_RANK = `(CASE
	WHEN a.basis = 'manual' THEN 0
	WHEN a.basis = 'following_report' THEN 1
	WHEN a.basis = 'computed' AND a.expected_share IS NULL AND a.flags NOT LIKE '%five_year_pace%' THEN 2
	WHEN a.basis = 'stated_completion' AND a.expected_share IS NULL AND a.flags NOT LIKE '%five_year_pace%' THEN 3
	WHEN a.status = 'not_reported' THEN 4
	WHEN a.basis = 'computed' THEN 5
	WHEN a.basis = 'stated_completion' THEN 6
	WHEN a.basis = 'midyear' THEN 7
	ELSE 8 END + CASE WHEN a.status = 'unclear' THEN 10 ELSE 0 END)`;

/**
 * Joins `pa`, the shown assessment of target `t` (none when it has no assessment yet). A
 * per-target lookup on the (target_id, basis) index, so a page about one town or report does
 * not rank every assessment in the ledger.
 */
export const PRIMARY_JOIN = `LEFT JOIN assessments pa ON pa.id = (
	SELECT a.id FROM assessments a WHERE a.target_id = t.id
	ORDER BY a.is_primary DESC, ${ASSESSMENT_RANK}, a.confidence DESC, a.id LIMIT 1
)`;

/** The linker marks exactly one primary assessment per assessed target. */
const FLAGGED_JOIN = `LEFT JOIN assessments pa ON pa.target_id = t.id AND pa.is_primary = 1`;

/**
 * PRIMARY_JOIN, or the much cheaper join on the linker's flag when the ledger carries it
 * (for whole-ledger aggregates such as the overview).
 */
export function primaryJoin(db: import('./index').Db): string {
	const flagged = db.prepare(`SELECT 1 FROM assessments WHERE is_primary = 1 LIMIT 1`).get();
	return flagged ? FLAGGED_JOIN : PRIMARY_JOIN;
}

export interface TownRef {
	id: number;
	slug: string;
	name: string;
	county: string | null;
	city: string | null;
	province: string | null;
	synthetic: boolean;
}

export const TOWN_COLUMNS = `tw.id AS townId, tw.slug AS townSlug, tw.name AS townName,
	tw.county AS townCounty, tw.city AS townCity, tw.province AS townProvince,
	tw.synthetic AS townSynthetic`;

export interface RawTownColumns {
	townId: number;
	townSlug: string;
	townName: string;
	townCounty: string | null;
	townCity: string | null;
	townProvince: string | null;
	townSynthetic: number;
}

export function townFrom(r: RawTownColumns): TownRef {
	return {
		id: r.townId,
		slug: r.townSlug,
		name: r.townName,
		county: r.townCounty,
		city: r.townCity,
		province: r.townProvince,
		synthetic: r.townSynthetic === 1
	};
}

export { JUDGED_STATUSES, shareMet, type StatusCounts } from '../../format/status';

export function parseJsonArray(s: string | null | undefined): string[] {
	if (!s) return [];
	try {
		const v = JSON.parse(s);
		return Array.isArray(v) ? v.map(String) : [];
	} catch {
		return [];
	}
}

/** True when the table exists (the schema may still be growing while other parts land). */
export function hasTable(db: import('./index').Db, name: string): boolean {
	return !!db.prepare(`SELECT 1 FROM sqlite_master WHERE name = ?`).get(name);
}
