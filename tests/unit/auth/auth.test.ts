/** Editors' accounts on a real temporary SQLite file: hashing, sessions, rate limits, the CLI. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src/lib/server/db/index';
import {
	createUser,
	hashPassword,
	RATE_LIMIT,
	signIn,
	signOut,
	SESSION_HOURS,
	userForToken,
	verifyPassword
} from '../../../src/lib/server/auth';
import { disableUser, listUsers } from '../../../src/lib/server/db/users';

const PASSWORD = 'correct horse battery';

function tempDb(): { db: Db; path: string } {
	const path = join(mkdtempSync(join(tmpdir(), 'ledger-auth-')), 'ledger.sqlite');
	return { db: openDatabase(path), path };
}

const at = (base: Date, minutes: number) => new Date(base.getTime() + minutes * 60_000);

describe('password hashes', () => {
	it('verify the right password only, with a different salt per hash', () => {
		const a = hashPassword(PASSWORD);
		const b = hashPassword(PASSWORD);
		expect(a.salt).not.toBe(b.salt);
		expect(a.passwordHash).not.toBe(b.passwordHash);
		expect(a.passwordHash).not.toContain(PASSWORD);
		expect(verifyPassword(PASSWORD, a)).toBe(true);
		expect(verifyPassword(PASSWORD + ' ', a)).toBe(false);
		expect(verifyPassword('', a)).toBe(false);
	});

	it('refuses weak passwords, odd names and duplicates when creating users', () => {
		const { db } = tempDb();
		const now = new Date().toISOString();
		expect(() => createUser(db, 'ann', 'short', now)).toThrow(/at least/);
		expect(() => createUser(db, 'a b', PASSWORD, now)).toThrow(/name/);
		createUser(db, 'ann', PASSWORD, now);
		expect(() => createUser(db, 'ann', PASSWORD, now)).toThrow(/already exists/);
		expect(listUsers(db).map((u) => u.name)).toEqual(['ann']);
	});
});

describe('sessions', () => {
	it('sign in, resolve the token, sign out; the token is stored only hashed', () => {
		const { db } = tempDb();
		createUser(db, 'ann', PASSWORD, new Date().toISOString());
		const r = signIn(db, 'ann', PASSWORD, '10.0.0.1');
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(userForToken(db, r.token)?.name).toBe('ann');
		const dump = JSON.stringify(db.prepare('SELECT * FROM sessions').all());
		expect(dump).not.toContain(r.token);
		expect(userForToken(db, r.token + 'x')).toBeUndefined();
		signOut(db, r.token);
		expect(userForToken(db, r.token)).toBeUndefined();
	});

	it('sessions expire', () => {
		const { db } = tempDb();
		createUser(db, 'ann', PASSWORD, new Date().toISOString());
		const now = new Date('2030-01-01T00:00:00Z');
		const r = signIn(db, 'ann', PASSWORD, '10.0.0.1', now);
		if (!r.ok) throw new Error('sign-in failed');
		expect(userForToken(db, r.token, at(now, SESSION_HOURS * 60 - 1))?.name).toBe('ann');
		expect(userForToken(db, r.token, at(now, SESSION_HOURS * 60 + 1))).toBeUndefined();
	});

	it('a disabled user cannot sign in and loses open sessions', () => {
		const { db } = tempDb();
		createUser(db, 'ann', PASSWORD, new Date().toISOString());
		const r = signIn(db, 'ann', PASSWORD, '10.0.0.1');
		if (!r.ok) throw new Error('sign-in failed');
		expect(disableUser(db, 'ann')).toBe(true);
		expect(userForToken(db, r.token)).toBeUndefined();
		expect(signIn(db, 'ann', PASSWORD, '10.0.0.1')).toEqual({ ok: false, reason: 'invalid' });
		expect(disableUser(db, 'nobody')).toBe(false);
	});
});

describe('rate limits', () => {
	it('lock a name after repeated failures, even for the right password, until the window passes', () => {
		const { db } = tempDb();
		createUser(db, 'ann', PASSWORD, new Date().toISOString());
		const t0 = new Date('2030-01-01T00:00:00Z');
		for (let i = 0; i < RATE_LIMIT.perName; i++)
			expect(signIn(db, 'ann', 'wrong password!', `10.0.0.${i}`, at(t0, i)).ok).toBe(false);
		expect(signIn(db, 'ann', PASSWORD, '10.9.9.9', at(t0, 6))).toEqual({
			ok: false,
			reason: 'rate_limited'
		});
		expect(signIn(db, 'ann', PASSWORD, '10.9.9.9', at(t0, RATE_LIMIT.windowMinutes + 10)).ok).toBe(
			true
		);
	});

	it('lock an address that tries many names', () => {
		const { db } = tempDb();
		createUser(db, 'bob', PASSWORD, new Date().toISOString());
		const t0 = new Date('2030-01-01T00:00:00Z');
		for (let i = 0; i < RATE_LIMIT.perIp; i++)
			signIn(db, `guess${i}`, 'wrong password!', '192.0.2.7', at(t0, i * 0.1));
		expect(signIn(db, 'bob', PASSWORD, '192.0.2.7', at(t0, 3))).toEqual({
			ok: false,
			reason: 'rate_limited'
		});
		// Another address is not affected.
		expect(signIn(db, 'bob', PASSWORD, '192.0.2.8', at(t0, 3)).ok).toBe(true);
	});
});

describe('npm run user', () => {
	const run = (args: string[], input = '') =>
		spawnSync(process.execPath, ['--import', 'tsx', 'scripts/user.ts', ...args], {
			input,
			encoding: 'utf8'
		});

	it('adds from stdin, lists, refuses mismatched or short passwords, disables', () => {
		const { db, path } = tempDb();
		db.close();
		expect(run(['--db', path, 'add', 'carol'], `${PASSWORD}\n${PASSWORD}\n`).status).toBe(0);
		const mismatch = run(['--db', path, 'add', 'dave'], `${PASSWORD}\nsomething else\n`);
		expect(mismatch.status).toBe(1);
		expect(mismatch.stderr).toMatch(/do not match/);
		expect(run(['--db', path, 'add', 'erin'], 'short\n').status).toBe(1);
		const list = run(['--db', path, 'list']);
		expect(list.stdout).toMatch(/^carol\tactive/m);
		expect(list.stdout).not.toMatch(/dave|erin/);
		expect(run(['--db', path, 'disable', 'carol']).status).toBe(0);
		expect(run(['--db', path, 'list']).stdout).toMatch(/^carol\tdisabled/m);
		const check = openDatabase(path);
		expect(signIn(check, 'carol', PASSWORD, '10.0.0.1').ok).toBe(false);
	}, 60_000);
});
