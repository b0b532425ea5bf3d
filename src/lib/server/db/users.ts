/** Editors, their sessions and sign-in attempts. Password hashing lives in ../auth.ts. */
import type { Db } from './index';

export interface UserRow {
	id: number;
	name: string;
	disabled: boolean;
	createdAt: string;
}

export interface UserSecret extends UserRow {
	passwordHash: string;
	salt: string;
	kdf: string;
}

type Raw<T> = Omit<T, 'disabled'> & { disabled: number };
const fromRaw = <T extends UserRow>(r: Raw<T>): T => ({ ...r, disabled: !!r.disabled }) as T;

export function insertUser(
	db: Db,
	user: { name: string; passwordHash: string; salt: string; kdf: string },
	createdAt: string
): number {
	return Number(
		db
			.prepare(
				`INSERT INTO users (name, password_hash, salt, kdf, created_at) VALUES (?, ?, ?, ?, ?)`
			)
			.run(user.name, user.passwordHash, user.salt, user.kdf, createdAt).lastInsertRowid
	);
}

export function findUserSecret(db: Db, name: string): UserSecret | undefined {
	const row = db
		.prepare(
			`SELECT id, name, disabled, created_at AS createdAt, password_hash AS passwordHash, salt, kdf
			 FROM users WHERE name = ?`
		)
		.get(name) as Raw<UserSecret> | undefined;
	return row && fromRaw(row);
}

export function listUsers(db: Db): UserRow[] {
	return (
		db
			.prepare(`SELECT id, name, disabled, created_at AS createdAt FROM users ORDER BY name`)
			.all() as Raw<UserRow>[]
	).map(fromRaw);
}

/** Disables a user and ends their sessions; returns false when there is no such user. */
export function disableUser(db: Db, name: string): boolean {
	return db.transaction(() => {
		const user = db.prepare(`SELECT id FROM users WHERE name = ?`).get(name) as
			{ id: number } | undefined;
		if (!user) return false;
		db.prepare(`UPDATE users SET disabled = 1 WHERE id = ?`).run(user.id);
		db.prepare(`DELETE FROM sessions WHERE user_id = ?`).run(user.id);
		return true;
	})();
}

export function setPassword(
	db: Db,
	name: string,
	secret: { passwordHash: string; salt: string; kdf: string }
): boolean {
	return (
		db
			.prepare(`UPDATE users SET password_hash = ?, salt = ?, kdf = ?, disabled = 0 WHERE name = ?`)
			.run(secret.passwordHash, secret.salt, secret.kdf, name).changes > 0
	);
}

export function insertSession(
	db: Db,
	tokenHash: string,
	userId: number,
	createdAt: string,
	expiresAt: string
): void {
	db.prepare(
		`INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)`
	).run(tokenHash, userId, createdAt, expiresAt);
}

/** The enabled user holding an unexpired session with this token hash. */
export function sessionUser(db: Db, tokenHash: string, now: string): UserRow | undefined {
	const row = db
		.prepare(
			`SELECT u.id, u.name, u.disabled, u.created_at AS createdAt
			 FROM sessions s JOIN users u ON u.id = s.user_id
			 WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled = 0`
		)
		.get(tokenHash, now) as Raw<UserRow> | undefined;
	return row && fromRaw(row);
}

export function deleteSession(db: Db, tokenHash: string): void {
	db.prepare(`DELETE FROM sessions WHERE token_hash = ?`).run(tokenHash);
}

export function deleteExpiredSessions(db: Db, now: string): void {
	db.prepare(`DELETE FROM sessions WHERE expires_at <= ?`).run(now);
}

export function recordLoginAttempt(
	db: Db,
	name: string,
	ip: string,
	at: string,
	ok: boolean
): void {
	db.prepare(`INSERT INTO login_attempts (name, ip, at, ok) VALUES (?, ?, ?, ?)`).run(
		name,
		ip,
		at,
		ok ? 1 : 0
	);
}

/** Failed attempts since `since` for the name and for the address. */
export function recentFailures(
	db: Db,
	name: string,
	ip: string,
	since: string
): { name: number; ip: number } {
	const count = (col: 'name' | 'ip', v: string) =>
		(
			db
				.prepare(`SELECT COUNT(*) AS n FROM login_attempts WHERE ${col} = ? AND at > ? AND ok = 0`)
				.get(v, since) as { n: number }
		).n;
	return { name: count('name', name), ip: count('ip', ip) };
}

export function pruneLoginAttempts(db: Db, before: string): void {
	db.prepare(`DELETE FROM login_attempts WHERE at < ?`).run(before);
}
