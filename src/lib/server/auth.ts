/**
 * Editors' accounts: scrypt password hashes with a per-user salt, sessions as random tokens
 * stored hashed, and sign-in rate limits per name and per address. Used by the `user` script
 * and the web app (relative imports: scripts import this too).
 */
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Db } from './db/index';
import {
	deleteExpiredSessions,
	deleteSession,
	findUserSecret,
	insertSession,
	insertUser,
	pruneLoginAttempts,
	recentFailures,
	recordLoginAttempt,
	sessionUser,
	type UserRow
} from './db/users';

/** scrypt cost parameters; stored with each hash so they can be raised without a migration. */
const KDF = { N: 16384, r: 8, p: 1, keylen: 64 };
const KDF_NAME = `scrypt:N=${KDF.N},r=${KDF.r},p=${KDF.p},len=${KDF.keylen}`;

export const SESSION_COOKIE = 'ledger_session';
export const SESSION_HOURS = 12;
/** Failed sign-ins allowed per name, and per address, within the window. */
export const RATE_LIMIT = { perName: 5, perIp: 20, windowMinutes: 15 };

export const MIN_PASSWORD_LENGTH = 10;
const NAME_RE = /^[\p{L}\p{N}_.-]{2,40}$/u;

function parseKdf(kdf: string) {
	const m = /^scrypt:N=(\d+),r=(\d+),p=(\d+),len=(\d+)$/.exec(kdf);
	if (!m) throw new Error(`unknown password hash kind ${kdf}`);
	return { N: Number(m[1]), r: Number(m[2]), p: Number(m[3]), keylen: Number(m[4]) };
}

export function hashPassword(password: string, salt = randomBytes(16).toString('hex')) {
	const hash = scryptSync(password.normalize('NFC'), salt, KDF.keylen, {
		N: KDF.N,
		r: KDF.r,
		p: KDF.p
	});
	return { passwordHash: hash.toString('hex'), salt, kdf: KDF_NAME };
}

export function verifyPassword(
	password: string,
	secret: { passwordHash: string; salt: string; kdf: string }
): boolean {
	const k = parseKdf(secret.kdf);
	const hash = scryptSync(password.normalize('NFC'), secret.salt, k.keylen, {
		N: k.N,
		r: k.r,
		p: k.p
	});
	const stored = Buffer.from(secret.passwordHash, 'hex');
	return stored.length === hash.length && timingSafeEqual(stored, hash);
}

export function validateUserName(name: string): string | null {
	return NAME_RE.test(name) ? null : 'a name is 2–40 letters, digits, dots, dashes or underscores';
}

export function validatePassword(password: string): string | null {
	if (password.length < MIN_PASSWORD_LENGTH)
		return `a password needs at least ${MIN_PASSWORD_LENGTH} characters`;
	if (password.length > 1024) return 'that password is too long';
	return null;
}

export function createUser(db: Db, name: string, password: string, now: string): number {
	const bad = validateUserName(name) ?? validatePassword(password);
	if (bad) throw new Error(bad);
	if (findUserSecret(db, name)) throw new Error(`a user named ${name} already exists`);
	return insertUser(db, { name, ...hashPassword(password) }, now);
}

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export type SignInResult =
	| { ok: true; user: UserRow; token: string; expires: Date }
	| { ok: false; reason: 'invalid' | 'rate_limited' };

// Compared against when the name is unknown, so both cases take the same time.
const DUMMY = hashPassword('not a password', '00'.repeat(16));

/**
 * Checks a name and password and opens a session. Too many recent failures for the name or the
 * address refuse without checking the password (the answer does not say which).
 */
export function signIn(
	db: Db,
	name: string,
	password: string,
	ip: string,
	now: Date = new Date()
): SignInResult {
	const iso = now.toISOString();
	const since = new Date(now.getTime() - RATE_LIMIT.windowMinutes * 60_000).toISOString();
	const failures = recentFailures(db, name, ip, since);
	if (failures.name >= RATE_LIMIT.perName || failures.ip >= RATE_LIMIT.perIp) {
		recordLoginAttempt(db, name, ip, iso, false);
		return { ok: false, reason: 'rate_limited' };
	}
	const user = findUserSecret(db, name);
	const good = verifyPassword(password, user ?? DUMMY) && !!user && !user.disabled;
	recordLoginAttempt(db, name, ip, iso, good);
	if (!good || !user) return { ok: false, reason: 'invalid' };
	const token = randomBytes(32).toString('base64url');
	const expires = new Date(now.getTime() + SESSION_HOURS * 3600_000);
	db.transaction(() => {
		deleteExpiredSessions(db, iso);
		pruneLoginAttempts(db, new Date(now.getTime() - 86400_000).toISOString());
		insertSession(db, tokenHash(token), user.id, iso, expires.toISOString());
	})();
	const { passwordHash: _h, salt: _s, kdf: _k, ...row } = user;
	return { ok: true, user: row, token, expires };
}

export function userForToken(db: Db, token: string | undefined, now = new Date()) {
	if (!token || token.length > 200) return undefined;
	return sessionUser(db, tokenHash(token), now.toISOString());
}

export function signOut(db: Db, token: string): void {
	deleteSession(db, tokenHash(token));
}
