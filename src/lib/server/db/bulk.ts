/**
 * Bulk inserts for building throwaway benchmark databases at national scale (scripts/synth-db.ts).
 * Not used by the app: the loader writes one document per transaction through the ledger's own
 * query modules. Here speed wins: explicit ids, positional prepared statements, secondary
 * indexes dropped during the fill and rebuilt after, and no journal on disk.
 */
import type { Db } from './index';

/** Settings for a one-shot build of a file nobody else has open. Never for the real ledger. */
export function useUnsafeBulkSettings(db: Db): void {
	// Out of WAL first; this SQLite build refuses journal_mode = OFF, so the rollback journal
	// lives in memory (a crash loses the file, which is rebuilt anyway).
	db.pragma('journal_mode = DELETE');
	db.pragma('journal_mode = MEMORY');
	db.pragma('synchronous = OFF');
	db.pragma('foreign_keys = OFF');
	db.pragma('locking_mode = EXCLUSIVE');
	db.pragma('temp_store = MEMORY');
	db.pragma('cache_size = -1000000');
}

/** Drops the secondary (CREATE INDEX) indexes and returns their SQL for `restoreIndexes`. */
export function dropSecondaryIndexes(db: Db): string[] {
	const rows = db
		.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL`)
		.all() as Array<{ name: string; sql: string }>;
	for (const r of rows) db.exec(`DROP INDEX "${r.name.replaceAll('"', '""')}"`);
	return rows.map((r) => r.sql);
}

/**
 * Drops the documents' full-text index and its triggers, if the schema has them: a bulk fill
 * builds it once at the end (migrations-perf.ts, version 11) instead of row by row.
 */
export function dropFtsIndex(db: Db): void {
	for (const t of ['documents_fts_ai', 'documents_fts_ad', 'documents_fts_au'])
		db.exec(`DROP TRIGGER IF EXISTS ${t}`);
	db.exec(`DROP TABLE IF EXISTS documents_fts`);
}

export function restoreIndexes(db: Db, sqls: string[]): void {
	for (const sql of sqls) db.exec(sql);
}

export interface IndicatorSeed {
	id: string;
	zh: string;
	en: string;
	aliases: string[];
}

export function insertIndicators(db: Db, indicators: IndicatorSeed[]): void {
	const stmt = db.prepare(
		`INSERT OR IGNORE INTO indicators (id, zh, en, aliases) VALUES (?, ?, ?, ?)`
	);
	for (const i of indicators) stmt.run(i.id, i.zh, i.en, JSON.stringify(i.aliases));
}

export type Value = string | number | null;

/** Positional insert statements, one per ledger table, in the column order documented below. */
export interface BulkWriter {
	/** id, slug, name, county, city, province, synthetic */
	town(...v: Value[]): void;
	/** id, file_name, path, bytes, sha256, encoding, text, loaded_at, extractor_version, published */
	document(...v: Value[]): void;
	/** id, document_id, ordinal, town_id, kind, report_year, review_year, delivered, published, title, session, speaker, start, end, sections */
	report(...v: Value[]): void;
	/** id, report_id, ordinal, indicator_id, text, year, tier, measure, value, unit, bound, high, ref, modality, scope, quote, start, end, section, confidence */
	target(...v: Value[]): void;
	/** id, report_id, ordinal, indicator_id, text, year, period, scope, value, unit, growth, completion, estimated, bound, claim, quote, start, end, section, confidence */
	result(...v: Value[]): void;
	/** id, target_id, town_id, basis, status, margin, margin_unit, confidence, expected_share, result_id, outcome_value, flags, computed_at, then is_primary when the schema has it */
	assessment(...v: Value[]): void;
}

export function hasColumn(db: Db, table: string, column: string): boolean {
	const cols = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
	return cols.includes(column);
}

export function bulkWriter(db: Db): BulkWriter {
	const ins = (table: string, cols: string[]) => {
		const stmt = db.prepare(
			`INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`
		);
		return (...v: Value[]) => void stmt.run(...v);
	};
	return {
		town: ins('towns', ['id', 'slug', 'name', 'county', 'city', 'province', 'synthetic']),
		document: ins('documents', [
			'id',
			'file_name',
			'path',
			'bytes',
			'sha256',
			'encoding',
			'text',
			'loaded_at',
			'extractor_version',
			'published'
		]),
		report: ins('reports', [
			'id',
			'document_id',
			'ordinal',
			'town_id',
			'kind',
			'report_year',
			'review_year',
			'delivered',
			'published',
			'title',
			'session',
			'speaker',
			'start',
			'end',
			'sections'
		]),
		target: ins('targets', [
			'id',
			'report_id',
			'ordinal',
			'indicator_id',
			'text',
			'year',
			'tier',
			'measure',
			'value',
			'unit',
			'bound',
			'high',
			'ref',
			'modality',
			'scope',
			'quote',
			'start',
			'end',
			'section',
			'confidence'
		]),
		result: ins('results', [
			'id',
			'report_id',
			'ordinal',
			'indicator_id',
			'text',
			'year',
			'period',
			'scope',
			'value',
			'unit',
			'growth',
			'completion',
			'estimated',
			'bound',
			'claim',
			'quote',
			'start',
			'end',
			'section',
			'confidence'
		]),
		assessment: ins('assessments', [
			'id',
			'target_id',
			'town_id',
			'basis',
			'status',
			'margin',
			'margin_unit',
			'confidence',
			'expected_share',
			'result_id',
			'outcome_value',
			'flags',
			'computed_at',
			...(hasColumn(db, 'assessments', 'is_primary') ? ['is_primary'] : [])
		])
	};
}

export interface TableCounts {
	[table: string]: number;
}

/** Row counts of the ledger tables that exist in this database. */
export function ledgerCounts(db: Db): TableCounts {
	const out: TableCounts = {};
	const have = new Set(
		(
			db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{
				name: string;
			}>
		).map((r) => r.name)
	);
	for (const t of ['towns', 'documents', 'reports', 'targets', 'results', 'assessments']) {
		if (!have.has(t)) continue;
		out[t] = (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n;
	}
	return out;
}
