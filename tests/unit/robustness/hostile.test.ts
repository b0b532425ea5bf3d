/**
 * Hostile content reaching SQL and the file system: payload town names, file names and report
 * text survive a round trip unchanged (SQL only ever sees bound parameters), and neither loading
 * nor an upload's file name writes outside the data folder.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { search } from '../../../src/lib/server/db/dashboard';
import { openDatabase } from '../../../src/lib/server/db/index';
import { listReports } from '../../../src/lib/server/db/reports';
import { findTown, listTowns } from '../../../src/lib/server/db/towns';
import { safeFileName } from '../../../src/lib/server/upload';
import {
	HOSTILE_COUNTY,
	HOSTILE_SPEAKER,
	HOSTILE_TOWN,
	loadHostile
} from '../../fixtures/hostile/seed';

const SQL_PAYLOADS = [
	`'; DROP TABLE towns; --`,
	`" OR 1=1 --`,
	`%' OR '%'='`,
	`\\'; DELETE FROM reports; --`,
	`_%`,
	`) UNION SELECT name, sql FROM sqlite_master --`
];

describe('hostile content', () => {
	const root = mkdtempSync(join(tmpdir(), 'ledger-hostile-'));
	const db = openDatabase(join(root, 'ledger.sqlite'));
	const failures = loadHostile(db);

	it('loads payload-laden reports and keeps every payload verbatim', () => {
		expect(failures).toEqual([]);
		const town = findTown(db, HOSTILE_TOWN);
		expect(town?.name).toBe(HOSTILE_TOWN);
		expect(town?.county).toBe(HOSTILE_COUNTY);
		expect(listTowns(db).map((t) => t.name)).toContain(HOSTILE_TOWN);
		const speakers = db.prepare(`SELECT speaker FROM reports`).pluck().all();
		expect(speakers).toContain(HOSTILE_SPEAKER);
		const names = db.prepare(`SELECT file_name FROM documents`).pluck().all();
		expect(names).toContain(`hostile-'; DROP TABLE towns; --.txt`);
		const quotes = db.prepare(`SELECT quote FROM results`).pluck().all() as string[];
		expect(quotes.some((q) => q.includes(`'; DROP TABLE targets; --`))).toBe(true);
		expect(quotes.some((q) => q.includes('<script>window.__pwned=3</script>'))).toBe(true);
		expect(listReports(db, { townId: town!.id }).length).toBe(1);
	});

	it('answers SQL fragments as search text, tables intact', () => {
		const before = db.prepare(`SELECT name FROM sqlite_master ORDER BY name`).pluck().all();
		for (const q of [...SQL_PAYLOADS, HOSTILE_TOWN]) expect(() => search(db, q)).not.toThrow();
		for (const q of SQL_PAYLOADS) expect(findTown(db, q), q).toBeUndefined();
		// The county's SQL fragment finds its own town, as text.
		expect(JSON.stringify(search(db, HOSTILE_COUNTY))).toContain('__pwned=21');
		expect(db.prepare(`SELECT name FROM sqlite_master ORDER BY name`).pluck().all()).toEqual(
			before
		);
		expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
	});

	it('keeps upload names inside the upload folder', () => {
		const dir = resolve(root, 'uploads');
		for (const name of [
			'../../etc/passwd',
			'..\\..\\windows\\system.ini',
			'/abs/path.txt',
			'..',
			'.hidden.txt',
			'a/../../b.txt',
			'report\u0000.txt',
			'<script>alert(1)</script>.txt',
			'x'.repeat(500) + '.txt'
		]) {
			const safe = safeFileName(name);
			expect(safe).not.toMatch(/[\\/<>]/);
			expect(safe.includes(String.fromCharCode(0))).toBe(false);
			expect(safe.startsWith('.')).toBe(false);
			expect(safe.length).toBeLessThanOrEqual(120);
			expect(resolve(dir, `abc-${safe}`).startsWith(dir + sep)).toBe(true);
		}
	});

	it('wrote nothing but the database in the data folder', () => {
		expect(readdirSync(root).every((f) => f.startsWith('ledger.sqlite'))).toBe(true);
	});
});
