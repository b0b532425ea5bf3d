/** A consistent copy of the ledger for download, without anything secret. */
import Database from 'better-sqlite3';
import type { Db } from './index';

/**
 * Writes a snapshot of `db` to `file` with SQLite's online backup (a load running meanwhile is
 * either wholly in it or not), then drops sessions, sign-in attempts, pending uploads and
 * password hashes from the copy and compacts it.
 */
export async function writeSnapshot(db: Db, file: string): Promise<void> {
	await db.backup(file);
	const copy = new Database(file);
	try {
		copy.exec(`DELETE FROM sessions; DELETE FROM login_attempts; DELETE FROM pending_uploads;
			UPDATE users SET password_hash = '', salt = '';`);
		copy.pragma('journal_mode = DELETE');
		copy.exec('VACUUM');
	} finally {
		copy.close();
	}
}
