/**
 * The one place that opens the ledger database. Everything else receives a handle from here
 * and runs SQL only through the query modules beside this file.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { migrations } from './migrations';

export type Db = Database.Database;

export const DEFAULT_DATABASE_PATH = 'data/ledger.sqlite';

export function databasePath(): string {
	return resolve(process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
}

/** Applies pending migrations, each in its own transaction. Returns the versions applied. */
export function migrate(db: Db): number[] {
	const current = db.pragma('user_version', { simple: true }) as number;
	const applied: number[] = [];
	for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
		if (m.version <= current) continue;
		db.transaction(() => {
			db.exec(m.sql);
			db.pragma(`user_version = ${m.version}`);
		})();
		applied.push(m.version);
	}
	return applied;
}

export interface OpenOptions {
	readonly?: boolean;
}

/**
 * Opens (creating if needed) the database at `path`, in WAL mode with foreign keys on, and
 * brings its schema up to date. A read-only handle is opened after migrating with a
 * short-lived writable one, so readers never see an old schema.
 */
export function openDatabase(path: string = databasePath(), options: OpenOptions = {}): Db {
	mkdirSync(dirname(path), { recursive: true });
	const rw = new Database(path);
	rw.pragma('journal_mode = WAL');
	rw.pragma('foreign_keys = ON');
	rw.pragma('busy_timeout = 5000');
	migrate(rw);
	if (!options.readonly) return rw;
	rw.close();
	const ro = new Database(path, { readonly: true, fileMustExist: true });
	ro.pragma('foreign_keys = ON');
	ro.pragma('busy_timeout = 5000');
	return ro;
}

let shared: Db | null = null;

/** The web app's read-only handle, opened on first use. */
export function getReadDb(): Db {
	shared ??= openDatabase(databasePath(), { readonly: true });
	return shared;
}
