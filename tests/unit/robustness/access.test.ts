/**
 * Access rules below the web layer: sessions expire, sign-in is rate limited per name and per
 * address, and neither passwords nor session tokens are stored or logged in the clear.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	createUser,
	RATE_LIMIT,
	SESSION_HOURS,
	signIn,
	userForToken
} from '../../../src/lib/server/auth';
import { openDatabase, type Db } from '../../../src/lib/server/db/index';

const PASSWORD = 'correct horse battery staple';
const T0 = new Date('2024-03-01T08:00:00Z');
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe('access', () => {
	let db: Db;
	const logged: string[] = [];
	beforeEach(() => {
		db = openDatabase(join(mkdtempSync(join(tmpdir(), 'ledger-access-')), 'ledger.sqlite'));
		for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const)
			vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
				logged.push(args.map(String).join(' '));
			});
		createUser(db, 'editor-a', PASSWORD, T0.toISOString());
	});
	afterEach(() => {
		vi.restoreAllMocks();
		db.close();
	});

	it('a session ends when it expires', () => {
		const r = signIn(db, 'editor-a', PASSWORD, '10.0.0.1', T0);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(userForToken(db, r.token, later(60))?.name).toBe('editor-a');
		expect(userForToken(db, r.token, later(SESSION_HOURS * 60 + 1))).toBeUndefined();
		expect(userForToken(db, r.token + 'x', later(1))).toBeUndefined();
		expect(userForToken(db, 'x'.repeat(5000), later(1))).toBeUndefined();
	});

	it('limits failed sign-ins per name, then lets the right password in after the window', () => {
		for (let i = 0; i < RATE_LIMIT.perName; i++)
			expect(signIn(db, 'editor-a', `wrong-${i}`, `10.0.1.${i}`, later(i))).toMatchObject({
				ok: false,
				reason: 'invalid'
			});
		// Even the right password is refused while the name is locked.
		expect(signIn(db, 'editor-a', PASSWORD, '10.0.2.1', later(6))).toMatchObject({
			ok: false,
			reason: 'rate_limited'
		});
		expect(
			signIn(db, 'editor-a', PASSWORD, '10.0.2.1', later(RATE_LIMIT.windowMinutes + 7)).ok
		).toBe(true);
	});

	it('limits failed sign-ins per address across names', () => {
		for (let i = 0; i < RATE_LIMIT.perIp; i++)
			signIn(db, `nobody-${i}`, 'wrong password', '10.9.9.9', later(0));
		expect(signIn(db, 'editor-a', PASSWORD, '10.9.9.9', later(1))).toMatchObject({
			ok: false,
			reason: 'rate_limited'
		});
		expect(signIn(db, 'editor-a', PASSWORD, '10.9.9.10', later(1)).ok).toBe(true);
	});

	it('stores and logs no password or token in the clear', () => {
		const r = signIn(db, 'editor-a', PASSWORD, '10.0.0.1', T0);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(JSON.stringify(r.user)).not.toMatch(/hash|salt/i);
		const tables = db
			.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`)
			.pluck()
			.all() as string[];
		for (const t of tables) {
			const dump = JSON.stringify(db.prepare(`SELECT * FROM ${t}`).all());
			expect(dump, t).not.toContain(PASSWORD);
			expect(dump, t).not.toContain(r.token);
		}
		expect(logged.join('\n')).not.toContain(PASSWORD);
		expect(logged.join('\n')).not.toContain(r.token);
	});
});
