import type { Db } from './index';

export interface DocumentRow {
	id: number;
	fileName: string;
	path: string;
	bytes: number;
	sha256: string;
	encoding: string;
	loadedAt: string;
}

export interface NewDocument {
	fileName: string;
	path: string;
	bytes: number;
	sha256: string;
	encoding: string;
	text: string;
	sourceUrl?: string | null;
	publisher?: string | null;
}

export function listDocuments(db: Db): DocumentRow[] {
	return db
		.prepare(
			`SELECT id, file_name AS fileName, path, bytes, sha256, encoding, loaded_at AS loadedAt
			 FROM documents ORDER BY file_name`
		)
		.all() as DocumentRow[];
}

export function findDocumentByPath(db: Db, path: string): DocumentRow | undefined {
	return db
		.prepare(
			`SELECT id, file_name AS fileName, path, bytes, sha256, encoding, loaded_at AS loadedAt
			 FROM documents WHERE path = ?`
		)
		.get(path) as DocumentRow | undefined;
}

/** Inserts or replaces the document stored under the same path; returns its id. */
export function upsertDocument(db: Db, doc: NewDocument, loadedAt: string): number {
	const row = db
		.prepare(
			`INSERT INTO documents (file_name, path, bytes, sha256, encoding, text, source_url, publisher, loaded_at)
			 VALUES (@fileName, @path, @bytes, @sha256, @encoding, @text, @sourceUrl, @publisher, @loadedAt)
			 ON CONFLICT(path) DO UPDATE SET file_name = excluded.file_name, bytes = excluded.bytes,
			   sha256 = excluded.sha256, encoding = excluded.encoding, text = excluded.text,
			   source_url = excluded.source_url, publisher = excluded.publisher, loaded_at = excluded.loaded_at
			 RETURNING id`
		)
		.get({ sourceUrl: null, publisher: null, ...doc, loadedAt }) as { id: number };
	return row.id;
}

export function startLoadRun(db: Db, startedAt: string): number {
	return Number(
		db.prepare(`INSERT INTO load_runs (started_at) VALUES (?)`).run(startedAt).lastInsertRowid
	);
}

export function finishLoadRun(
	db: Db,
	id: number,
	counts: {
		seen: number;
		loaded: number;
		skipped: number;
		failures: { file: string; error: string }[];
	},
	finishedAt: string
): void {
	db.prepare(
		`UPDATE load_runs SET finished_at = ?, documents_seen = ?, documents_loaded = ?, documents_skipped = ?, failures = ?
		 WHERE id = ?`
	).run(
		finishedAt,
		counts.seen,
		counts.loaded,
		counts.skipped,
		JSON.stringify(counts.failures),
		id
	);
}
