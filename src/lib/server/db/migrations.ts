/**
 * Schema migrations, applied in version order at start (PRAGMA user_version tracks the last
 * one applied). Never edit a released migration: add a new one.
 */
import { perfMigrations } from './migrations-perf';

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
	},
	{
		version: 3,
		name: 'editors, sessions, corrections, manual outcomes, pending uploads',
		sql: `
			CREATE TABLE users (
				id INTEGER PRIMARY KEY,
				name TEXT NOT NULL UNIQUE,
				-- scrypt(password, salt) in hex; parameters in kdf so they can be raised later.
				password_hash TEXT NOT NULL,
				salt TEXT NOT NULL,
				kdf TEXT NOT NULL,
				disabled INTEGER NOT NULL DEFAULT 0,
				created_at TEXT NOT NULL
			);

			CREATE TABLE sessions (
				id INTEGER PRIMARY KEY,
				-- sha256 of the cookie's random token: a copy of the database cannot sign anyone in.
				token_hash TEXT NOT NULL UNIQUE,
				user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				created_at TEXT NOT NULL,
				expires_at TEXT NOT NULL
			);

			CREATE TABLE login_attempts (
				id INTEGER PRIMARY KEY,
				name TEXT NOT NULL,
				ip TEXT NOT NULL,
				at TEXT NOT NULL,
				ok INTEGER NOT NULL
			);
			CREATE INDEX login_attempts_name ON login_attempts(name, at);
			CREATE INDEX login_attempts_ip ON login_attempts(ip, at);

			-- Editors' corrections, kept apart from the machine's extraction (which the targets,
			-- results and reports rows are re-derived from on every load, then these re-applied).
			CREATE TABLE corrections (
				id INTEGER PRIMARY KEY,
				document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
				report_ordinal INTEGER NOT NULL,
				item_kind TEXT NOT NULL CHECK (item_kind IN ('report', 'target', 'result')),
				action TEXT NOT NULL CHECK (action IN ('set', 'delete', 'add')),
				-- The item it applies to, found again after a reload by its quote and offsets.
				anchor_quote TEXT,
				anchor_start INTEGER,
				anchor_end INTEGER,
				field TEXT,
				old_value TEXT,
				new_value TEXT,
				-- The item as it stood (JSON) when the correction was made.
				machine TEXT,
				reason TEXT NOT NULL,
				user_id INTEGER REFERENCES users(id),
				user_name TEXT NOT NULL,
				created_at TEXT NOT NULL,
				item_id INTEGER,
				-- 0 when a re-extraction no longer has the item (kept, shown, not applied).
				applied INTEGER NOT NULL DEFAULT 1
			);
			CREATE INDEX corrections_document ON corrections(document_id, id);
			CREATE INDEX corrections_item ON corrections(item_kind, item_id);

			ALTER TABLE targets ADD COLUMN origin TEXT NOT NULL DEFAULT 'machine';
			ALTER TABLE targets ADD COLUMN corrected INTEGER NOT NULL DEFAULT 0;
			ALTER TABLE results ADD COLUMN origin TEXT NOT NULL DEFAULT 'machine';
			ALTER TABLE results ADD COLUMN corrected INTEGER NOT NULL DEFAULT 0;
			ALTER TABLE reports ADD COLUMN corrected INTEGER NOT NULL DEFAULT 0;

			-- Outcomes from other sources (统计公报, a later news release), with their citation.
			CREATE TABLE manual_results (
				id INTEGER PRIMARY KEY,
				town_id INTEGER NOT NULL REFERENCES towns(id) ON DELETE CASCADE,
				indicator_id TEXT REFERENCES indicators(id),
				text TEXT NOT NULL,
				year INTEGER NOT NULL,
				period TEXT NOT NULL DEFAULT 'year',
				scope TEXT,
				value REAL,
				unit TEXT,
				growth REAL,
				completion REAL,
				vintage TEXT NOT NULL CHECK (vintage IN ('预计', '初步核算', '最终核实')),
				citation_title TEXT NOT NULL,
				citation_url TEXT,
				citation_date TEXT,
				note TEXT,
				user_id INTEGER REFERENCES users(id),
				user_name TEXT NOT NULL,
				created_at TEXT NOT NULL,
				withdrawn_at TEXT,
				withdrawn_by TEXT
			);
			CREATE INDEX manual_results_town ON manual_results(town_id, year);
			ALTER TABLE assessments ADD COLUMN manual_result_id INTEGER REFERENCES manual_results(id) ON DELETE SET NULL;

			-- Uploads waiting for an editor's confirmation: nothing of them is in the ledger yet.
			CREATE TABLE pending_uploads (
				id TEXT PRIMARY KEY,
				user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				file_name TEXT NOT NULL,
				bytes BLOB NOT NULL,
				sha256 TEXT NOT NULL,
				created_at TEXT NOT NULL
			);
		`
	},
	// Read-path summaries, indexes and the full-text index (versions 10–12).
	...perfMigrations,
	{
		version: 13,
		name: 'the judge rule and the figures behind each assessment',
		sql: `
			-- The rule of the judge's table (src/lib/linking/rules.ts) that gave the verdict, and the
			-- figures it compared (JSON Figures). NULL only until the towns are recomputed, which the
			-- linker version bump that came with this migration forces.
			ALTER TABLE assessments ADD COLUMN rule TEXT;
			ALTER TABLE assessments ADD COLUMN figures TEXT;
		`
	},
	{
		version: 14,
		name: 'documents known only by their facts (the bundled real ledger)',
		sql: `
			-- 1 for a page of data/ledger/ledger.json: its reports, targets and results (quotes of at
			-- most 40 characters with their offsets) are stored, its text is not (text is '').
			-- source_url is the page's address, page_id its manifest id (L-…), facts_sha256 the hash
			-- of its facts and review entries (unchanged: the loader skips it).
			ALTER TABLE documents ADD COLUMN facts_only INTEGER NOT NULL DEFAULT 0;
			ALTER TABLE documents ADD COLUMN page_id TEXT;
			ALTER TABLE documents ADD COLUMN facts_sha256 TEXT;
		`
	}
];
