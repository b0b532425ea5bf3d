/** Uploads waiting for an editor's confirmation (nothing of them is in the ledger yet). */
import type { Db } from './index';

export interface PendingUpload {
	id: string;
	userId: number;
	fileName: string;
	bytes: Buffer;
	sha256: string;
	createdAt: string;
}

export function insertPending(db: Db, p: PendingUpload): void {
	db.prepare(
		`INSERT INTO pending_uploads (id, user_id, file_name, bytes, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)`
	).run(p.id, p.userId, p.fileName, p.bytes, p.sha256, p.createdAt);
}

export function getPending(db: Db, id: string, userId: number): PendingUpload | undefined {
	return db
		.prepare(
			`SELECT id, user_id AS userId, file_name AS fileName, bytes, sha256, created_at AS createdAt
			 FROM pending_uploads WHERE id = ? AND user_id = ?`
		)
		.get(id, userId) as PendingUpload | undefined;
}

export function listPending(db: Db, userId: number): Omit<PendingUpload, 'bytes'>[] {
	return db
		.prepare(
			`SELECT id, user_id AS userId, file_name AS fileName, sha256, created_at AS createdAt
			 FROM pending_uploads WHERE user_id = ? ORDER BY created_at, id`
		)
		.all(userId) as Omit<PendingUpload, 'bytes'>[];
}

export function deletePending(db: Db, id: string): void {
	db.prepare(`DELETE FROM pending_uploads WHERE id = ?`).run(id);
}

/** Drops uploads left unconfirmed since before `before`. */
export function prunePending(db: Db, before: string): void {
	db.prepare(`DELETE FROM pending_uploads WHERE created_at < ?`).run(before);
}
