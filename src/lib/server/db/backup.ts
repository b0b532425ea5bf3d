/**
 * Backups of the ledger with SQLite's online backup API: a consistent copy of a live database
 * (readers and a loader may keep working), written beside the destination and renamed into
 * place only once it passes integrity_check, so a failed backup never leaves a broken file.
 */
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import type { Db } from './index';

export interface BackupInfo {
	path: string;
	bytes: number;
	pages: number;
	/** Rows per ledger table in the copy, for the operator to compare. */
	tables: Record<string, number>;
}

const COUNTED = ['documents', 'reports', 'targets', 'results', 'assessments', 'corrections'];

function checkedInfo(path: string): BackupInfo {
	const copy = new Database(path, { readonly: true, fileMustExist: true });
	try {
		const ok = copy.pragma('integrity_check', { simple: true });
		if (ok !== 'ok') throw new Error(`${path}: integrity_check failed: ${String(ok)}`);
		const tables: Record<string, number> = {};
		for (const t of COUNTED) {
			const exists = copy
				.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`)
				.get(t);
			if (exists) tables[t] = copy.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get() as number;
		}
		const pages = copy.pragma('page_count', { simple: true }) as number;
		const size = copy.pragma('page_size', { simple: true }) as number;
		return { path, bytes: pages * size, pages, tables };
	} finally {
		copy.close();
	}
}

function temporaryBeside(path: string): string {
	return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.partial`);
}

/** Copies the open database `db` to `dest` (replacing it only when the copy is sound). */
export async function backupDatabase(db: Db, dest: string): Promise<BackupInfo> {
	const target = resolve(dest);
	if (target === resolve(db.name)) throw new Error('the backup cannot overwrite the database');
	const tmp = temporaryBeside(target);
	try {
		await db.backup(tmp);
		// A backup is a self-contained file: no WAL beside it.
		const copy = new Database(tmp);
		copy.pragma('journal_mode = DELETE');
		copy.close();
		checkedInfo(tmp);
		renameSync(tmp, target);
	} catch (err) {
		rmSync(tmp, { force: true });
		throw err;
	}
	return checkedInfo(target);
}

/**
 * Puts a backup back as the database at `dbPath`. Run it with the server and loaders stopped:
 * the old file (and its WAL) is replaced whole.
 */
export async function restoreDatabase(backupPath: string, dbPath: string): Promise<BackupInfo> {
	checkedInfo(backupPath);
	const target = resolve(dbPath);
	const tmp = temporaryBeside(target);
	const source = new Database(backupPath, { readonly: true, fileMustExist: true });
	try {
		await source.backup(tmp);
	} catch (err) {
		rmSync(tmp, { force: true });
		throw err;
	} finally {
		source.close();
	}
	for (const suffix of ['-wal', '-shm']) if (existsSync(target + suffix)) rmSync(target + suffix);
	renameSync(tmp, target);
	return checkedInfo(target);
}
