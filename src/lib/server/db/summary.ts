/**
 * The stored town × year scorecard (table town_year_summary, migration 10 in migrations-perf.ts):
 * what the overview reads instead of aggregating every target of the country per request.
 * Rewritten for the towns whose assessments were recomputed, in the same transaction.
 */
import type { Db } from './index';
import { hasTable, primaryJoin } from './dashboard-common';

export const SUMMARY_TABLE = 'town_year_summary';
export const INDICATOR_SUMMARY_TABLE = 'town_indicator_summary';

const COUNTS = `COUNT(*), SUM(s = 'met'), SUM(s = 'missed'), SUM(s = 'on_track'),
	SUM(s = 'behind'), SUM(s = 'not_reported'), SUM(s = 'pending'), SUM(s = 'unclear')`;
const COLUMNS = `total, met, missed, on_track, behind, not_reported, pending, unclear`;
const SHARE = `CASE WHEN met + missed + not_reported > 0
	THEN CAST(met AS REAL) / (met + missed + not_reported) END`;

/** zh-CN order of town names, as the pages sort them (Intl, like String#localeCompare). */
const RANK_COLLATION = 'zh-CN';
const collator = new Intl.Collator(RANK_COLLATION);

/**
 * Rewrites the summary rows of `townIds` (their per-year rows and the year-0 row), and re-ranks
 * every town's name when a town is new to the summary. A no-op when the table does not exist
 * yet. Call it inside the transaction that recomputed those towns' assessments.
 */
export function refreshTownSummary(db: Db, townIds: readonly number[]): void {
	if (townIds.length === 0 || !hasTable(db, SUMMARY_TABLE)) return;
	const join = primaryJoin(db);
	const ids = JSON.stringify([...new Set(townIds)]);
	const known = db
		.prepare(
			`SELECT COUNT(*) FROM ${SUMMARY_TABLE} WHERE year = 0 AND town_id IN (SELECT value FROM json_each(?))`
		)
		.pluck()
		.get(ids) as number;
	const ranks = new Map(
		(
			db
				.prepare(
					`SELECT town_id AS id, name_rank AS rank FROM ${SUMMARY_TABLE}
					 WHERE year = 0 AND town_id IN (SELECT value FROM json_each(?))`
				)
				.all(ids) as { id: number; rank: number | null }[]
		).map((r) => [r.id, r.rank])
	);
	db.prepare(`DELETE FROM ${SUMMARY_TABLE} WHERE town_id IN (SELECT value FROM json_each(?))`).run(
		ids
	);
	db.prepare(
		`INSERT INTO ${SUMMARY_TABLE} (town_id, year, ${COLUMNS})
		 SELECT town_id, year, ${COUNTS} FROM (
		   SELECT r.town_id, t.year, COALESCE(pa.status, 'pending') AS s
		   FROM reports r JOIN targets t ON t.report_id = r.id
		   ${join}
		   WHERE r.town_id IN (SELECT value FROM json_each(?)) AND t.year > 0
		 ) GROUP BY town_id, year`
	).run(ids);
	insertYearZero(db, `tw.id IN (SELECT value FROM json_each(@ids))`, { ids });
	db.prepare(
		`UPDATE ${SUMMARY_TABLE} SET share = ${SHARE} WHERE town_id IN (SELECT value FROM json_each(?))`
	).run(ids);
	if (hasTable(db, INDICATOR_SUMMARY_TABLE)) {
		const inTowns = `town_id IN (SELECT value FROM json_each(@ids))`;
		db.prepare(`DELETE FROM ${INDICATOR_SUMMARY_TABLE} WHERE ${inTowns}`).run({ ids });
		fillIndicatorSummary(
			db,
			`reports r JOIN targets t ON t.report_id = r.id ${join}
			 WHERE r.town_id IN (SELECT value FROM json_each(@ids)) AND t.indicator_id IS NOT NULL`,
			inTowns,
			{ ids }
		);
	}
	const present = db
		.prepare(
			`SELECT COUNT(*) FROM ${SUMMARY_TABLE} WHERE year = 0 AND town_id IN (SELECT value FROM json_each(?))`
		)
		.pluck()
		.get(ids) as number;
	const collated =
		db.prepare(`SELECT value FROM ledger_meta WHERE key = 'town_name_rank'`).pluck().get() ===
		RANK_COLLATION;
	if (!collated || present > known || [...ranks.values()].some((r) => r == null)) rankTownNames(db);
	else {
		const keep = db.prepare(
			`UPDATE ${SUMMARY_TABLE} SET name_rank = ? WHERE town_id = ? AND year = 0`
		);
		for (const [id, rank] of ranks) keep.run(rank, id);
	}
}

/** Rebuilds the whole summary from the stored assessments (bulk builds, repairs). */
export function rebuildSummary(db: Db): void {
	if (!hasTable(db, SUMMARY_TABLE)) return;
	db.exec(`DELETE FROM ${SUMMARY_TABLE}`);
	db.exec(
		`INSERT INTO ${SUMMARY_TABLE} (town_id, year, ${COLUMNS})
		 SELECT r.town_id, t.year, ${COUNTS} FROM (
		   SELECT t.report_id, t.year, COALESCE(pa.status, 'pending') AS s
		   FROM targets t ${primaryJoin(db)} WHERE t.year > 0
		 ) t JOIN reports r ON r.id = t.report_id
		 GROUP BY r.town_id, t.year`
	);
	insertYearZero(db, `1`, {});
	db.exec(`UPDATE ${SUMMARY_TABLE} SET share = ${SHARE}`);
	rankTownNames(db);
	if (hasTable(db, INDICATOR_SUMMARY_TABLE)) {
		db.exec(`DELETE FROM ${INDICATOR_SUMMARY_TABLE}`);
		fillIndicatorSummary(
			db,
			`targets t ${primaryJoin(db)} JOIN reports r ON r.id = t.report_id
			 WHERE t.indicator_id IS NOT NULL`,
			`1`,
			{}
		);
	}
}

/** Per-indicator rows from `source` (targets t, reports r, shown verdict pa), then year 0. */
function fillIndicatorSummary(
	db: Db,
	source: string,
	where: string,
	params: Record<string, unknown>
): void {
	db.prepare(
		`INSERT INTO ${INDICATOR_SUMMARY_TABLE} (indicator_id, year, town_id, ${COLUMNS})
		 SELECT indicator_id, year, town_id, ${COUNTS} FROM (
		   SELECT t.indicator_id, t.year, r.town_id, COALESCE(pa.status, 'pending') AS s FROM ${source}
		 ) WHERE year > 0 GROUP BY indicator_id, year, town_id`
	).run(params);
	db.prepare(
		`INSERT INTO ${INDICATOR_SUMMARY_TABLE} (indicator_id, year, town_id, ${COLUMNS}, latest_year)
		 SELECT indicator_id, 0, town_id, SUM(total), SUM(met), SUM(missed), SUM(on_track),
		   SUM(behind), SUM(not_reported), SUM(pending), SUM(unclear), MAX(year)
		 FROM ${INDICATOR_SUMMARY_TABLE} WHERE year > 0 AND ${where}
		 GROUP BY indicator_id, town_id`
	).run(params);
	db.prepare(`UPDATE ${INDICATOR_SUMMARY_TABLE} SET share = ${SHARE} WHERE ${where}`).run(params);
}

/** The year-0 row (every year together) of each town matching `where` that has a report. */
function insertYearZero(db: Db, where: string, params: Record<string, unknown>): void {
	db.prepare(
		`INSERT INTO ${SUMMARY_TABLE} (town_id, year, ${COLUMNS}, latest_year)
		 SELECT tw.id, 0, COALESCE(SUM(y.total), 0), COALESCE(SUM(y.met), 0),
		   COALESCE(SUM(y.missed), 0), COALESCE(SUM(y.on_track), 0), COALESCE(SUM(y.behind), 0),
		   COALESCE(SUM(y.not_reported), 0), COALESCE(SUM(y.pending), 0),
		   COALESCE(SUM(y.unclear), 0), MAX(y.year)
		 FROM towns tw LEFT JOIN ${SUMMARY_TABLE} y ON y.town_id = tw.id AND y.year > 0
		 WHERE ${where} AND EXISTS (SELECT 1 FROM reports r WHERE r.town_id = tw.id)
		 GROUP BY tw.id`
	).run(params);
}

/** Numbers every summarised town by its name in zh-CN order (ties by id). */
export function rankTownNames(db: Db): void {
	const towns = db
		.prepare(
			`SELECT tw.id, tw.name FROM towns tw JOIN ${SUMMARY_TABLE} s ON s.town_id = tw.id AND s.year = 0`
		)
		.all() as { id: number; name: string }[];
	towns.sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id);
	const set = db.prepare(
		`UPDATE ${SUMMARY_TABLE} SET name_rank = ? WHERE town_id = ? AND year = 0`
	);
	towns.forEach((t, i) => set.run(i + 1, t.id));
	db.prepare(
		`INSERT INTO ledger_meta (key, value) VALUES ('town_name_rank', ?)
		 ON CONFLICT(key) DO UPDATE SET value = excluded.value`
	).run(RANK_COLLATION);
}
