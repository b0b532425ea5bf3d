/**
 * Schema migrations, applied in version order at start (PRAGMA user_version tracks the last
 * one applied). Never edit a released migration: add a new one.
 */
export interface Migration {
	version: number;
	name: string;
	sql: string;
}

export const migrations: Migration[] = [
	{
		version: 1,
		name: 'documents and load runs',
		sql: `
			CREATE TABLE documents (
				id INTEGER PRIMARY KEY,
				file_name TEXT NOT NULL,
				path TEXT NOT NULL UNIQUE,
				bytes INTEGER NOT NULL,
				sha256 TEXT NOT NULL,
				encoding TEXT NOT NULL,
				text TEXT NOT NULL,
				source_url TEXT,
				publisher TEXT,
				loaded_at TEXT NOT NULL
			);
			CREATE INDEX documents_sha256 ON documents(sha256);
			CREATE TABLE load_runs (
				id INTEGER PRIMARY KEY,
				started_at TEXT NOT NULL,
				finished_at TEXT,
				documents_seen INTEGER NOT NULL DEFAULT 0,
				documents_loaded INTEGER NOT NULL DEFAULT 0,
				documents_skipped INTEGER NOT NULL DEFAULT 0,
				failures TEXT NOT NULL DEFAULT '[]'
			);
		`
	},
	{
		version: 2,
		name: 'ledger: towns, indicators, reports, targets, results, assessments',
		sql: `
			ALTER TABLE documents ADD COLUMN extractor_version TEXT;
			ALTER TABLE documents ADD COLUMN index_number TEXT;
			ALTER TABLE documents ADD COLUMN published TEXT;

			CREATE TABLE towns (
				id INTEGER PRIMARY KEY,
				-- URL key: the name, or name-county when two towns share a name.
				slug TEXT NOT NULL UNIQUE,
				name TEXT NOT NULL,
				county TEXT,
				city TEXT,
				province TEXT,
				-- 1 for fictional towns of the synthetic test corpus: never shown as real data.
				synthetic INTEGER NOT NULL DEFAULT 0,
				-- 1 while its assessments wait to be recomputed (set in the same transaction that
				-- changes its reports, so a crash between loading and judging is caught up later).
				stale INTEGER NOT NULL DEFAULT 1
			);

			CREATE TABLE indicators (
				id TEXT PRIMARY KEY,
				zh TEXT NOT NULL,
				en TEXT NOT NULL,
				aliases TEXT NOT NULL DEFAULT '[]',
				unit_family TEXT,
				up_is_good INTEGER NOT NULL DEFAULT 1
			);

			CREATE TABLE reports (
				id INTEGER PRIMARY KEY,
				document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
				ordinal INTEGER NOT NULL,
				town_id INTEGER NOT NULL REFERENCES towns(id),
				kind TEXT NOT NULL CHECK (kind IN ('annual', 'midyear')),
				report_year INTEGER NOT NULL,
				review_year INTEGER NOT NULL,
				delivered TEXT,
				published TEXT,
				title TEXT,
				session TEXT,
				speaker TEXT,
				publisher TEXT,
				index_number TEXT,
				start INTEGER NOT NULL,
				end INTEGER NOT NULL,
				sections TEXT NOT NULL DEFAULT '[]',
				UNIQUE (document_id, ordinal)
			);
			CREATE INDEX reports_town_year ON reports(town_id, report_year);

			CREATE TABLE targets (
				id INTEGER PRIMARY KEY,
				report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
				ordinal INTEGER NOT NULL,
				indicator_id TEXT REFERENCES indicators(id),
				text TEXT NOT NULL,
				year INTEGER NOT NULL,
				tier TEXT NOT NULL CHECK (tier IN ('headline', 'plan')),
				measure TEXT NOT NULL CHECK (measure IN ('growth', 'avg_growth', 'level')),
				value REAL,
				unit TEXT,
				bound TEXT NOT NULL,
				high REAL,
				ref TEXT,
				modality TEXT,
				scope TEXT,
				quote TEXT NOT NULL,
				start INTEGER NOT NULL,
				end INTEGER NOT NULL,
				section TEXT,
				confidence REAL,
				-- 1 when no report states the target but a result states its completion
				-- (完成全年目标任务的68.1%); ordinal is then -(result ordinal + 1).
				implied INTEGER NOT NULL DEFAULT 0,
				source_result_id INTEGER REFERENCES results(id) ON DELETE CASCADE,
				UNIQUE (report_id, ordinal)
			);
			CREATE INDEX targets_indicator_year ON targets(indicator_id, year);

			CREATE TABLE results (
				id INTEGER PRIMARY KEY,
				report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
				ordinal INTEGER NOT NULL,
				indicator_id TEXT REFERENCES indicators(id),
				text TEXT NOT NULL,
				year INTEGER NOT NULL,
				period TEXT NOT NULL,
				scope TEXT,
				value REAL,
				unit TEXT,
				growth REAL,
				completion REAL,
				estimated INTEGER NOT NULL DEFAULT 0,
				bound TEXT,
				claim TEXT,
				quote TEXT NOT NULL,
				start INTEGER NOT NULL,
				end INTEGER NOT NULL,
				section TEXT,
				confidence REAL,
				UNIQUE (report_id, ordinal)
			);
			CREATE INDEX results_indicator_year ON results(indicator_id, year);

			-- One verdict per target and basis; recomputed for the towns a load touches.
			CREATE TABLE assessments (
				id INTEGER PRIMARY KEY,
				target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
				town_id INTEGER NOT NULL REFERENCES towns(id) ON DELETE CASCADE,
				-- 'none' when there is no evidence yet (pending, not_reported).
				basis TEXT NOT NULL,
				status TEXT NOT NULL CHECK (status IN ('met', 'missed', 'on_track', 'behind', 'not_reported', 'pending', 'unclear')),
				margin REAL,
				margin_unit TEXT,
				confidence REAL NOT NULL,
				expected_share REAL,
				result_id INTEGER REFERENCES results(id) ON DELETE SET NULL,
				outcome_value REAL,
				outcome_unit TEXT,
				flags TEXT NOT NULL DEFAULT '[]',
				note TEXT,
				-- The one verdict to show first for the target.
				is_primary INTEGER NOT NULL DEFAULT 0,
				-- JSON [{role: 'outcome'|'base'|'reference'|'superseded_estimate', resultId}].
				evidence TEXT NOT NULL DEFAULT '[]',
				computed_at TEXT NOT NULL,
				UNIQUE (target_id, basis)
			);
			CREATE INDEX assessments_town ON assessments(town_id);
			CREATE INDEX assessments_status ON assessments(status);
			CREATE INDEX targets_report ON targets(report_id);
			CREATE INDEX results_report ON results(report_id);
			CREATE INDEX reports_document ON reports(document_id);

			ALTER TABLE load_runs ADD COLUMN reports_loaded INTEGER NOT NULL DEFAULT 0;
			ALTER TABLE load_runs ADD COLUMN targets_loaded INTEGER NOT NULL DEFAULT 0;
			ALTER TABLE load_runs ADD COLUMN results_loaded INTEGER NOT NULL DEFAULT 0;
			ALTER TABLE load_runs ADD COLUMN assessments_computed INTEGER NOT NULL DEFAULT 0;

			-- At most one loader at a time: the row names the process holding the lock.
			CREATE TABLE load_lock (
				id INTEGER PRIMARY KEY CHECK (id = 1),
				pid INTEGER NOT NULL,
				host TEXT NOT NULL,
				started_at TEXT NOT NULL
			);

			CREATE TABLE ledger_meta (
				key TEXT PRIMARY KEY,
				value TEXT NOT NULL
			);
		`
	}
];
