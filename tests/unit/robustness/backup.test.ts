/**
 * Backups: `npm run backup -- FILE` copies the ledger while a loader writes into it; the copy is
 * sound, shows no half-loaded document, and restoring it gives back exactly its ledger.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../../src/lib/server/db/backup';
import { openDatabase } from '../../../src/lib/server/db/index';
import {
	buildCorpus,
	canonicalDump,
	loaderArgs,
	loadToEnd,
	visibleProblems,
	type Expected
} from './crash-kit';

describe('backup and restore', () => {
	it('copies a database a loader is writing to, and the copy restores exactly', async () => {
		const root = mkdtempSync(join(tmpdir(), 'ledger-backup-'));
		const expected: Expected = new Map();
		const corpus = join(root, 'corpus');
		buildCorpus(corpus, 4, expected);
		const dbPath = join(root, 'ledger.sqlite');
		// A first load of the real reports, then the loader runs on while the backup is taken.
		expect((await loadToEnd(dbPath, ['data/reports'])).code).toBe(0);
		const loader = spawn(process.execPath, loaderArgs(dbPath, [corpus]), { stdio: 'ignore' });
		const loaderDone = new Promise((r) => loader.on('exit', r));
		const backups: string[] = [];
		for (let i = 0; i < 3; i++) {
			const file = join(root, `copy-${i}.sqlite`);
			const out = spawnSync(
				process.execPath,
				['--import', 'tsx', 'scripts/backup.ts', file, '--db', dbPath],
				{
					encoding: 'utf8'
				}
			);
			expect(out.status, out.stderr).toBe(0);
			expect(out.stdout).toMatch(/integrity ok/);
			backups.push(file);
		}
		await loaderDone;
		// Only the finished copies: no partial file left beside them.
		expect(readdirSync(root).filter((f) => f.endsWith('.partial'))).toEqual([]);
		for (const file of backups) {
			const copy = new Database(file, { readonly: true });
			expect(visibleProblems(copy, expected)).toEqual([]);
			expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
			const dump = canonicalDump(copy);
			copy.close();
			expect(dump.length).toBeGreaterThan(100);
			// Restore over a live-looking database (with its WAL) and compare.
			const target = join(root, 'restored.sqlite');
			const scratch = openDatabase(target);
			scratch.prepare(`INSERT INTO ledger_meta (key, value) VALUES ('scratch', '1')`).run();
			scratch.close();
			await restoreDatabase(file, target);
			expect(existsSync(`${target}-wal`)).toBe(false);
			const back = new Database(target, { readonly: true });
			expect(canonicalDump(back)).toEqual(dump);
			expect(
				back.prepare(`SELECT COUNT(*) FROM ledger_meta WHERE key = 'scratch'`).pluck().get()
			).toBe(0);
			back.close();
		}
	}, 120_000);

	it('refuses to overwrite the database and leaves no partial file when the copy fails', async () => {
		const root = mkdtempSync(join(tmpdir(), 'ledger-backup-'));
		const db = openDatabase(join(root, 'ledger.sqlite'));
		await expect(backupDatabase(db, join(root, 'ledger.sqlite'))).rejects.toThrow(/overwrite/);
		await expect(backupDatabase(db, join(root, 'missing-dir', 'x.sqlite'))).rejects.toThrow();
		db.close();
		expect(readdirSync(root).filter((f) => f.endsWith('.partial'))).toEqual([]);
		// A damaged backup is refused before anything is replaced.
		writeFileSync(join(root, 'bad.sqlite'), 'not a database at all');
		await expect(
			restoreDatabase(join(root, 'bad.sqlite'), join(root, 'ledger.sqlite'))
		).rejects.toThrow();
		const still = new Database(join(root, 'ledger.sqlite'), { readonly: true });
		expect(still.pragma('integrity_check', { simple: true })).toBe('ok');
		still.close();
	});
});
