import type { Db } from './index';

export interface DocumentRow {
	id: number;
	fileName: string;
	path: string;
	bytes: number;
	sha256: string;
	encoding: string;
	extractorVersion: string | null;
	loadedAt: string;
}

export interface NewDocument {
	fileName: string;
	path: string;
	bytes: number;
	sha256: string;
	encoding: string;
	text: string;
	extractorVersion?: string | null;
	sourceUrl?: string | null;
	publisher?: string | null;
	indexNumber?: string | null;
	published?: string | null;
}

const COLUMNS = `id, file_name AS fileName, path, bytes, sha256, encoding,
	extractor_version AS extractorVersion, loaded_at AS loadedAt`;

export function listDocuments(db: Db): DocumentRow[] {
	return db.prepare(`SELECT ${COLUMNS} FROM documents ORDER BY file_name`).all() as DocumentRow[];
}

export function findDocumentByPath(db: Db, path: string): DocumentRow | undefined {
	return db.prepare(`SELECT ${COLUMNS} FROM documents WHERE path = ?`).get(path) as
		DocumentRow | undefined;
}

/** Another stored copy of the same bytes (under a different path), if any. */
export function findDocumentBySha(
	db: Db,
	sha256: string,
	exceptPath: string
): DocumentRow | undefined {
	return (
		db
			// A page known only by its facts is no copy of a file: loading its text extracts it anew.
			.prepare(
				`SELECT ${COLUMNS} FROM documents WHERE sha256 = ? AND path <> ? AND facts_only = 0
			 ORDER BY id LIMIT 1`
			)
			.get(sha256, exceptPath) as DocumentRow | undefined
	);
}

/** Inserts or replaces the document stored under the same path; returns its id. */
export function upsertDocument(db: Db, doc: NewDocument, loadedAt: string): number {
	const row = db
		.prepare(
			`INSERT INTO documents (file_name, path, bytes, sha256, encoding, text, source_url, publisher,
			   index_number, published, extractor_version, loaded_at)
			 VALUES (@fileName, @path, @bytes, @sha256, @encoding, @text, @sourceUrl, @publisher,
			   @indexNumber, @published, @extractorVersion, @loadedAt)
			 ON CONFLICT(path) DO UPDATE SET file_name = excluded.file_name, bytes = excluded.bytes,
			   sha256 = excluded.sha256, encoding = excluded.encoding, text = excluded.text,
			   source_url = excluded.source_url, publisher = excluded.publisher,
			   index_number = excluded.index_number, published = excluded.published,
			   extractor_version = excluded.extractor_version, loaded_at = excluded.loaded_at
			 RETURNING id`
		)
		.get({
			sourceUrl: null,
			publisher: null,
			indexNumber: null,
			published: null,
			extractorVersion: null,
			...doc,
			loadedAt
		}) as { id: number };
	return row.id;
}

export interface LoadRunCounts {
	seen: number;
	loaded: number;
	skipped: number;
	reports?: number;
	targets?: number;
	results?: number;
	assessments?: number;
	failures: { file: string; error: string }[];
}

export function startLoadRun(db: Db, startedAt: string): number {
	return Number(
		db.prepare(`INSERT INTO load_runs (started_at) VALUES (?)`).run(startedAt).lastInsertRowid
	);
}

export function finishLoadRun(db: Db, id: number, counts: LoadRunCounts, finishedAt: string): void {
	db.prepare(
		`UPDATE load_runs SET finished_at = ?, documents_seen = ?, documents_loaded = ?, documents_skipped = ?,
		   reports_loaded = ?, targets_loaded = ?, results_loaded = ?, assessments_computed = ?, failures = ?
		 WHERE id = ?`
	).run(
		finishedAt,
		counts.seen,
		counts.loaded,
		counts.skipped,
		counts.reports ?? 0,
		counts.targets ?? 0,
		counts.results ?? 0,
		counts.assessments ?? 0,
		JSON.stringify(counts.failures),
		id
	);
}

export class LoaderBusyError extends Error {
	constructor(readonly holder: { pid: number; host: string; startedAt: string }) {
		super(
			`another loader is running (pid ${holder.pid} on ${holder.host}, since ${holder.startedAt})`
		);
	}
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (err) {
		return (err as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Takes the loader lock, or throws LoaderBusyError while a live process holds it. A lock left
 * by a killed loader (its process gone) is taken over, so a rerun after a crash completes.
 */
export function acquireLoadLock(db: Db, pid: number, host: string, now: string): void {
	const take = db.transaction(() => {
		const row = db
			.prepare(`SELECT pid, host, started_at AS startedAt FROM load_lock WHERE id = 1`)
			.get() as { pid: number; host: string; startedAt: string } | undefined;
		if (row && row.pid !== pid && (row.host !== host || alive(row.pid)))
			throw new LoaderBusyError(row);
		db.prepare(
			`INSERT INTO load_lock (id, pid, host, started_at) VALUES (1, ?, ?, ?)
			 ON CONFLICT(id) DO UPDATE SET pid = excluded.pid, host = excluded.host, started_at = excluded.started_at`
		).run(pid, host, now);
	});
	// IMMEDIATE: two loaders checking at the same moment cannot both see the lock free.
	take.immediate();
}

export function releaseLoadLock(db: Db, pid: number): void {
	db.prepare(`DELETE FROM load_lock WHERE id = 1 AND pid = ?`).run(pid);
}
