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
	}
];
