/**
 * Migrations the dashboard needs at national scale (docs/scaling.md): indexes the read paths
 * lack, a stored town × year scorecard, and the full-text index for search. Kept apart from
 * migrations.ts until they are spliced in; `applyPerfMigrations` applies them to a handle for
 * scripts and tests meanwhile. Never edit a released migration: add a new one.
 */
import type { Db } from './index';
import type { Migration } from './migrations';

/** One status column per status, in the order of STATUSES (src/lib/format/status.ts). */
export const SUMMARY_STATUS_COLUMNS = [
	'met',
	'missed',
	'on_track',
	'behind',
	'not_reported',
	'pending',
	'unclear'
] as const;

export const perfMigrations: Migration[] = [
	{
		version: 10,
		name: 'read-path indexes and the town × year scorecard',
		sql: `
			-- The report page lists, per result, the targets it is evidence for; the loader's
			-- ON DELETE SET NULL on results also needs it (else each deleted result scans every
			-- assessment).
			CREATE INDEX IF NOT EXISTS assessments_result ON assessments(result_id);
			-- Document lists are ordered by file name (overview, /reports).
			CREATE INDEX IF NOT EXISTS documents_file_name ON documents(file_name);
			-- Province and county filters and their option lists.
			CREATE INDEX IF NOT EXISTS towns_place ON towns(province, county);
			-- The API's order (synthetic, then name): an unfiltered page walks towns by it.
			CREATE INDEX IF NOT EXISTS towns_order ON towns(synthetic, name);

			-- Per town and target year: how many targets show each status (the shown verdict of
			-- each target: its primary assessment, pending without one). year = 0 holds the town's
			-- years together and exists for every town with a report. Rewritten for the towns a
			-- load recomputes (src/lib/server/db/summary.ts), never edited by hand.
			CREATE TABLE IF NOT EXISTS town_year_summary (
				town_id INTEGER NOT NULL REFERENCES towns(id) ON DELETE CASCADE,
				year INTEGER NOT NULL,
				total INTEGER NOT NULL DEFAULT 0,
				met INTEGER NOT NULL DEFAULT 0,
				missed INTEGER NOT NULL DEFAULT 0,
				on_track INTEGER NOT NULL DEFAULT 0,
				behind INTEGER NOT NULL DEFAULT 0,
				not_reported INTEGER NOT NULL DEFAULT 0,
				pending INTEGER NOT NULL DEFAULT 0,
				unclear INTEGER NOT NULL DEFAULT 0,
				-- met / (met + missed + not_reported); NULL when none has a final verdict.
				share REAL,
				-- Year-0 rows only: the town's latest target year, and its place in the zh-CN
				-- order of town names (SQLite cannot collate by pinyin; summary.ts ranks in JS).
				latest_year INTEGER,
				name_rank INTEGER,
				PRIMARY KEY (town_id, year)
			) WITHOUT ROWID;
			CREATE INDEX IF NOT EXISTS town_year_summary_rank ON town_year_summary(year, name_rank);

			-- Fill it from what is stored. Names ranked by code point here; the first refresh from
			-- JS re-ranks them in zh-CN order. (Idempotent: scripts may have applied it before it was
			-- spliced into migrations.ts.)
			DELETE FROM town_year_summary;
			INSERT INTO town_year_summary
			  (town_id, year, total, met, missed, on_track, behind, not_reported, pending, unclear)
			SELECT r.town_id, t.year, COUNT(*),
			  SUM(s = 'met'), SUM(s = 'missed'), SUM(s = 'on_track'), SUM(s = 'behind'),
			  SUM(s = 'not_reported'), SUM(s = 'pending'), SUM(s = 'unclear')
			FROM (
			  SELECT t.report_id, t.year, COALESCE(pa.status, 'pending') AS s
			  FROM targets t LEFT JOIN assessments pa ON pa.target_id = t.id AND pa.is_primary = 1
			  WHERE t.year > 0
			) t JOIN reports r ON r.id = t.report_id
			GROUP BY r.town_id, t.year;
			INSERT INTO town_year_summary
			  (town_id, year, total, met, missed, on_track, behind, not_reported, pending, unclear, latest_year)
			SELECT tw.id, 0, COALESCE(SUM(y.total), 0), COALESCE(SUM(y.met), 0), COALESCE(SUM(y.missed), 0),
			  COALESCE(SUM(y.on_track), 0), COALESCE(SUM(y.behind), 0), COALESCE(SUM(y.not_reported), 0),
			  COALESCE(SUM(y.pending), 0), COALESCE(SUM(y.unclear), 0), MAX(y.year)
			FROM towns tw LEFT JOIN town_year_summary y ON y.town_id = tw.id
			WHERE EXISTS (SELECT 1 FROM reports r WHERE r.town_id = tw.id)
			GROUP BY tw.id;
			UPDATE town_year_summary SET share = CASE WHEN met + missed + not_reported > 0
			  THEN CAST(met AS REAL) / (met + missed + not_reported) END;
			UPDATE town_year_summary SET name_rank = rk.n
			FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY name, id) AS n FROM towns) rk
			WHERE town_year_summary.town_id = rk.id AND town_year_summary.year = 0;
			-- Tells refreshTownSummary to re-rank every town on its first run.
			INSERT INTO ledger_meta (key, value) VALUES ('town_name_rank', 'codepoint')
			ON CONFLICT(key) DO UPDATE SET value = excluded.value;
		`
	},
	{
		version: 11,
		name: 'full-text search over the documents (FTS5 trigram)',
		sql: `
			-- Substring matches of 3+ characters, which suits Chinese without a word segmenter;
			-- shorter queries use LIKE. External content: the text is stored once, in documents.
			CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
				text,
				content = 'documents',
				content_rowid = 'id',
				tokenize = 'trigram'
			);
			CREATE TRIGGER IF NOT EXISTS documents_fts_ai AFTER INSERT ON documents BEGIN
				INSERT INTO documents_fts(rowid, text) VALUES (new.id, new.text);
			END;
			CREATE TRIGGER IF NOT EXISTS documents_fts_ad AFTER DELETE ON documents BEGIN
				INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.id, old.text);
			END;
			CREATE TRIGGER IF NOT EXISTS documents_fts_au AFTER UPDATE OF text ON documents BEGIN
				INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.id, old.text);
				INSERT INTO documents_fts(rowid, text) VALUES (new.id, new.text);
			END;
			-- Index what is stored, unless a script already did (the rebuild is long at scale).
			INSERT INTO documents_fts(documents_fts) SELECT 'rebuild'
			WHERE NOT EXISTS (SELECT 1 FROM documents_fts_docsize);
		`
	},
	{
		version: 12,
		name: 'the town × indicator × year scorecard',
		sql: `
			-- town_year_summary per indicator, for the overview's indicator filter (else a count
			-- over every target on the indicator: 400,000 for gdp at national scale). Only rows
			-- with targets; year = 0 holds the town's years together with its latest year.
			-- Rewritten with town_year_summary (src/lib/server/db/summary.ts).
			CREATE TABLE IF NOT EXISTS town_indicator_summary (
				indicator_id TEXT NOT NULL,
				year INTEGER NOT NULL,
				town_id INTEGER NOT NULL REFERENCES towns(id) ON DELETE CASCADE,
				total INTEGER NOT NULL DEFAULT 0,
				met INTEGER NOT NULL DEFAULT 0,
				missed INTEGER NOT NULL DEFAULT 0,
				on_track INTEGER NOT NULL DEFAULT 0,
				behind INTEGER NOT NULL DEFAULT 0,
				not_reported INTEGER NOT NULL DEFAULT 0,
				pending INTEGER NOT NULL DEFAULT 0,
				unclear INTEGER NOT NULL DEFAULT 0,
				share REAL,
				latest_year INTEGER,
				PRIMARY KEY (indicator_id, year, town_id)
			) WITHOUT ROWID;
			CREATE INDEX IF NOT EXISTS town_indicator_summary_town ON town_indicator_summary(town_id);
			DELETE FROM town_indicator_summary;
			INSERT INTO town_indicator_summary
			  (indicator_id, year, town_id, total, met, missed, on_track, behind, not_reported, pending, unclear)
			SELECT t.indicator_id, t.year, r.town_id, COUNT(*),
			  SUM(s = 'met'), SUM(s = 'missed'), SUM(s = 'on_track'), SUM(s = 'behind'),
			  SUM(s = 'not_reported'), SUM(s = 'pending'), SUM(s = 'unclear')
			FROM (
			  SELECT t.report_id, t.indicator_id, t.year, COALESCE(pa.status, 'pending') AS s
			  FROM targets t LEFT JOIN assessments pa ON pa.target_id = t.id AND pa.is_primary = 1
			  WHERE t.indicator_id IS NOT NULL AND t.year > 0
			) t JOIN reports r ON r.id = t.report_id
			GROUP BY t.indicator_id, t.year, r.town_id;
			INSERT INTO town_indicator_summary
			  (indicator_id, year, town_id, total, met, missed, on_track, behind, not_reported, pending, unclear, latest_year)
			SELECT indicator_id, 0, town_id, SUM(total), SUM(met), SUM(missed), SUM(on_track), SUM(behind),
			  SUM(not_reported), SUM(pending), SUM(unclear), MAX(year)
			FROM town_indicator_summary WHERE year > 0 GROUP BY indicator_id, town_id;
			UPDATE town_indicator_summary SET share = CASE WHEN met + missed + not_reported > 0
			  THEN CAST(met AS REAL) / (met + missed + not_reported) END;
		`
	}
];

/**
 * Applies the perf migrations' SQL (all, or the versions in `only`) to a handle, each in its own
 * transaction, WITHOUT touching user_version: until they are spliced into migrations.ts a
 * version stamp of 10 would make the app skip any migration numbered below it. The SQL is
 * idempotent, so the app may apply it again once spliced. For scripts and tests.
 */
export function applyPerfMigrations(db: Db, only?: number[]): number[] {
	const applied: number[] = [];
	for (const m of perfMigrations) {
		if (only && !only.includes(m.version)) continue;
		db.transaction(() => db.exec(m.sql))();
		applied.push(m.version);
	}
	return applied;
}
