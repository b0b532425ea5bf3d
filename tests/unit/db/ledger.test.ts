/**
 * The loader against real SQLite files: idempotent reloads, one transaction per document,
 * replacing a changed document's own rows only, and one loader at a time.
 */
import { appendFileSync, copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir, hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src/lib/server/db/index';
import { loadPaths } from '../../../src/lib/server/loader';
import { extractDocument } from '../../../src/lib/extract';
import {
	acquireLoadLock,
	LoaderBusyError,
	releaseLoadLock
} from '../../../src/lib/server/db/documents';

const SYNTH = 'tests/fixtures/synthetic';

function tempCorpus(): { dir: string; db: Db; files: string[] } {
	const root = mkdtempSync(join(tmpdir(), 'ledger-db-'));
	const files: string[] = [];
	for (const f of readdirSync(SYNTH).filter((f) => f.endsWith('.txt'))) {
		const to = join(root, f);
		copyFileSync(join(SYNTH, f), to);
		files.push(to);
	}
	return { dir: root, db: openDatabase(join(root, 'ledger.sqlite')), files };
}

/** Every row of the ledger's tables, minus timestamps, for comparing two states. */
function snapshot(db: Db): Record<string, unknown[]> {
	const out: Record<string, unknown[]> = {};
	for (const t of [
		'documents',
		'towns',
		'indicators',
		'reports',
		'targets',
		'results',
		'assessments'
	]) {
		out[t] = (db.prepare(`SELECT * FROM ${t} ORDER BY id`).all() as Record<string, unknown>[]).map(
			({ loaded_at: _l, computed_at: _c, ...rest }) => rest
		);
	}
	return out;
}

const count = (db: Db, table: string) =>
	(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('loader', () => {
	it('a second run loads nothing and leaves the database identical', () => {
		const { dir, db } = tempCorpus();
		const first = loadPaths(db, [dir]);
		expect(first.loaded).toBe(5);
		expect(first.targets).toBeGreaterThan(0);
		expect(first.assessments).toBeGreaterThan(0);
		const before = snapshot(db);
		const second = loadPaths(db, [dir]);
		expect(second).toMatchObject({
			loaded: 0,
			skipped: 5,
			reports: 0,
			assessments: 0,
			failures: []
		});
		expect(snapshot(db)).toEqual(before);
		expect(count(db, 'load_runs')).toBe(2);
	});

	it('a failure partway through a document leaves the database as before that document', () => {
		const { dir, db, files } = tempCorpus();
		loadPaths(db, [files[0]]);
		const before = snapshot(db);
		const summary = loadPaths(db, [dir], {
			extract: (input) => {
				const doc = extractDocument(input);
				if (input.fileName.includes('2022-annual')) {
					// A malformed item after valid ones: the insert fails halfway through the document.
					const r = doc.reports[0];
					r.targets = [...r.targets, { ...r.targets[0], tier: 'bogus' as never }];
				}
				return doc;
			}
		});
		expect(summary.failures).toHaveLength(1);
		expect(summary.failures[0].file).toMatch(/2022-annual/);
		expect(summary.failures[0].error).toMatch(/CHECK/);
		expect(summary.loaded).toBe(3);
		const docs = db.prepare(`SELECT path FROM documents`).all() as { path: string }[];
		expect(docs.some((d) => d.path.includes('2022-annual'))).toBe(false);
		// The first document's rows are untouched.
		const after = snapshot(db);
		expect(after.documents.slice(0, 1)).toEqual(before.documents);
		expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
	});

	it('a changed document replaces its own rows and nothing else', () => {
		const { dir, db, files } = tempCorpus();
		loadPaths(db, [dir]);
		const changed = files.find((f) => f.includes('2024-annual'))!;
		const before = snapshot(db);
		const otherReports = (s: Record<string, unknown[]>, docId: number) =>
			s.reports.filter((r) => (r as { document_id: number }).document_id !== docId);
		const docId = (
			db.prepare(`SELECT id FROM documents WHERE path LIKE ?`).get('%2024-annual%') as {
				id: number;
			}
		).id;
		appendFileSync(changed, '新建5G基站30个以上。\n');
		const summary = loadPaths(db, [dir]);
		expect(summary).toMatchObject({ loaded: 1, skipped: 4 });
		const after = snapshot(db);
		expect(otherReports(after, docId)).toEqual(otherReports(before, docId));
		const otherItems = (s: Record<string, unknown[]>, table: string) =>
			s[table].filter((r) =>
				otherReports(s, docId).some(
					(rep) => (rep as { id: number }).id === (r as { report_id: number }).report_id
				)
			);
		expect(otherItems(after, 'results')).toEqual(otherItems(before, 'results'));
		expect(otherItems(after, 'targets').filter((t) => !(t as { implied: number }).implied)).toEqual(
			otherItems(before, 'targets').filter((t) => !(t as { implied: number }).implied)
		);
		expect(after.documents).toHaveLength(5);
	});

	it('a newer extractor version reloads stored documents', () => {
		const { dir, db } = tempCorpus();
		loadPaths(db, [dir]);
		const again = loadPaths(db, [dir], { extractorVersion: 'next' });
		expect(again.loaded).toBe(5);
		expect(loadPaths(db, [dir], { extractorVersion: 'next' }).loaded).toBe(0);
	});

	it('marks towns from documents carrying the synthetic marker', () => {
		const { dir, db } = tempCorpus();
		loadPaths(db, [dir]);
		expect(db.prepare(`SELECT name, synthetic FROM towns`).all()).toEqual([
			{ name: '云栖湾镇', synthetic: 1 }
		]);
	});

	it('refuses a second loader while one holds the lock, and takes over a dead one’s lock', () => {
		const { dir, db } = tempCorpus();
		// A live process (this test's parent) holds the lock.
		acquireLoadLock(db, process.ppid, hostname(), new Date().toISOString());
		expect(() => loadPaths(db, [dir])).toThrow(LoaderBusyError);
		expect(count(db, 'documents')).toBe(0);
		releaseLoadLock(db, process.ppid);
		// A lock left by a process that no longer exists does not block.
		acquireLoadLock(db, 2 ** 22 + 12345, hostname(), new Date().toISOString());
		expect(loadPaths(db, [dir]).loaded).toBe(5);
		expect(count(db, 'load_lock')).toBe(0);
	});
});
