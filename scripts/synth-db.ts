/**
 * npm run synth:db -- [--towns N] [--years Y] [--seed S] [--out FILE] [--filler F] [--no-fts]
 * Fills a throwaway ledger database with fictional towns directly (no text extraction): the
 * documents, reports, targets, results and assessments of the synthetic generator's truth, for
 * query benchmarks at national scale (default 40,000 towns × 10 years). Writes FILE.meta.json
 * with the parameters, the build time and the row counts. The perf migrations' objects
 * (migrations-perf.ts: the town × year summary, the FTS5 index) are built after the fill;
 * --no-fts leaves the search index out (search then scans with LIKE).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openDatabase } from '../src/lib/server/db/index';
import { migrations } from '../src/lib/server/db/migrations';
import { applyPerfMigrations } from '../src/lib/server/db/migrations-perf';
import { rebuildSummary } from '../src/lib/server/db/summary';
import {
	bulkWriter,
	dropFtsIndex,
	dropSecondaryIndexes,
	insertIndicators,
	hasColumn,
	ledgerCounts,
	restoreIndexes,
	useUnsafeBulkSettings,
	type IndicatorSeed
} from '../src/lib/server/db/bulk';
import { townDocuments } from '../src/lib/synth/corpus';
import { assessTown } from '../src/lib/synth/assess';
import { makeTowns } from '../src/lib/synth/names';

/** Bump when the generated rows change, so cached benchmark databases are rebuilt. */
export const SYNTH_DB_VERSION = '2';

export interface SynthDbOptions {
	towns: number;
	years: number;
	seed: number;
	out: string;
	filler: number;
	startYear: number;
	/** Build the full-text index (long at national scale). */
	fts: boolean;
}

export interface SynthDbMeta extends SynthDbOptions {
	version: string;
	/** The schema version the rows were written for: a newer migration means a rebuild. */
	schemaVersion: number;
	seconds: number;
	bytes: number;
	counts: Record<string, number>;
	indexSeconds: number;
	/** Building the town × year summary. */
	summarySeconds?: number;
	/** Building the FTS5 index; absent when it was left out. */
	ftsSeconds?: number;
}

function parseArgs(argv: string[]): SynthDbOptions {
	const o: SynthDbOptions = {
		towns: 40000,
		years: 10,
		seed: 1,
		out: 'data/synth/national.sqlite',
		filler: 4,
		startYear: 2015,
		fts: true
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const v = () => {
			const x = argv[++i];
			if (x === undefined) throw new Error(`${a} needs a value`);
			return x;
		};
		if (a === '--towns') o.towns = Number(v());
		else if (a === '--years') o.years = Number(v());
		else if (a === '--seed') o.seed = Number(v());
		else if (a === '--out') o.out = v();
		else if (a === '--filler') o.filler = Number(v());
		else if (a === '--start-year') o.startYear = Number(v());
		else if (a === '--no-fts') o.fts = false;
		else if (a === '-h' || a === '--help') {
			console.log(
				'usage: npm run synth:db -- [--towns N] [--years Y] [--seed S] [--out FILE] [--filler F] [--no-fts]'
			);
			process.exit(0);
		} else throw new Error(`unknown argument ${a}`);
	}
	for (const k of ['towns', 'years', 'seed', 'filler'] as const) {
		if (!Number.isFinite(o[k]) || o[k] < 0) throw new Error(`--${k} must be a number`);
	}
	return o;
}

export function buildSynthDb(o: SynthDbOptions, log: (s: string) => void = () => {}): SynthDbMeta {
	const t0 = performance.now();
	for (const suffix of ['', '-wal', '-shm', '.meta.json']) rmSync(o.out + suffix, { force: true });
	// The app's own migrations create the schema, so the fill always matches the current one.
	openDatabase(o.out).close();
	const db = new Database(o.out);
	useUnsafeBulkSettings(db);
	// No per-row FTS triggers during the fill (the index is rebuilt once at the end).
	dropFtsIndex(db);
	const indexes = dropSecondaryIndexes(db);
	const catalogue = JSON.parse(readFileSync('data/indicators.json', 'utf8')) as {
		indicators: IndicatorSeed[];
	};
	insertIndicators(db, catalogue.indicators);
	const w = bulkWriter(db);
	// Extra trailing values are dropped when the schema has no is_primary column yet.
	const primaryColumn = hasColumn(db, 'assessments', 'is_primary');
	const ids = { document: 0, report: 0, target: 0, result: 0, assessment: 0 };
	const now = new Date(0).toISOString();
	const towns = makeTowns(o.towns, o.seed);
	const batch = 200;
	for (let b = 0; b < towns.length; b += batch) {
		db.transaction(() => {
			for (const town of towns.slice(b, b + batch)) {
				const townId = town.index + 1;
				w.town(townId, town.slug, town.name, town.county, town.city, town.province, 1);
				const docs = townDocuments(town, {
					towns: o.towns,
					years: o.years,
					seed: o.seed,
					startYear: o.startYear,
					filler: o.filler
				});
				const reportIds: number[] = [];
				const targetIds: number[][] = [];
				const resultIds: number[][] = [];
				for (const d of docs) {
					const documentId = ++ids.document;
					const bytes = Buffer.byteLength(d.text);
					const sha = createHash('sha256').update(d.text).digest('hex');
					w.document(
						documentId,
						d.fileName,
						`synth/${d.fileName}`,
						bytes,
						sha,
						'utf-8',
						d.text,
						now,
						'synth',
						d.report.delivered
					);
					const r = d.report;
					const reportId = ++ids.report;
					reportIds.push(reportId);
					w.report(
						reportId,
						documentId,
						0,
						townId,
						r.kind,
						r.reportYear,
						r.reviewYear,
						r.delivered,
						r.published,
						r.title ?? null,
						r.session ?? null,
						r.speaker ?? null,
						r.start,
						r.end,
						JSON.stringify(r.sections)
					);
					targetIds.push(
						r.targets.map((t, k) => {
							const id = ++ids.target;
							w.target(
								id,
								reportId,
								k,
								t.indicator,
								t.text,
								t.year,
								t.tier,
								t.measure,
								t.value,
								t.unit,
								t.bound,
								t.high ?? null,
								t.ref ?? null,
								t.modality ?? null,
								t.scope ?? null,
								t.quote,
								t.start,
								t.end,
								t.section ?? null,
								1
							);
							return id;
						})
					);
					resultIds.push(
						r.results.map((x, k) => {
							const id = ++ids.result;
							w.result(
								id,
								reportId,
								k,
								x.indicator,
								x.text,
								x.year,
								x.period,
								x.scope ?? null,
								x.value,
								x.unit,
								x.growth,
								x.completion,
								x.estimated ? 1 : 0,
								x.bound ?? null,
								x.claim ?? null,
								x.quote,
								x.start,
								x.end,
								x.section ?? null,
								1
							);
							return id;
						})
					);
				}
				for (const a of assessTown(docs.map((d) => d.report))) {
					w.assessment(
						++ids.assessment,
						targetIds[a.reportIndex][a.targetIndex],
						townId,
						a.basis,
						a.status,
						a.margin,
						a.marginUnit,
						a.confidence,
						a.expectedShare,
						a.result ? resultIds[a.result.reportIndex][a.result.resultIndex] : null,
						a.outcomeValue,
						JSON.stringify(a.flags),
						now,
						...(primaryColumn ? [a.primary ? 1 : 0] : [])
					);
				}
			}
		})();
		if ((b / batch) % 25 === 0) {
			const s = (performance.now() - t0) / 1000;
			log(
				`${Math.min(b + batch, towns.length)}/${towns.length} towns, ${ids.report} reports, ${s.toFixed(0)} s`
			);
		}
	}
	const ti = performance.now();
	restoreIndexes(db, indexes);
	const indexSeconds = (performance.now() - ti) / 1000;
	// The summary (and, unless left out, the search index): the same SQL as the app's migrations.
	const tsum = performance.now();
	applyPerfMigrations(db, [10, 12]);
	rebuildSummary(db);
	const summarySeconds = (performance.now() - tsum) / 1000;
	let ftsSeconds: number | undefined;
	if (o.fts) {
		const tf = performance.now();
		applyPerfMigrations(db, [11]);
		ftsSeconds = (performance.now() - tf) / 1000;
	}
	db.exec('ANALYZE');
	const counts = ledgerCounts(db);
	db.close();
	// Reopen the normal way so the file is left in the WAL mode the app expects.
	openDatabase(o.out).close();
	const meta: SynthDbMeta = {
		...o,
		version: SYNTH_DB_VERSION,
		schemaVersion: currentSchemaVersion(),
		seconds: (performance.now() - t0) / 1000,
		indexSeconds,
		summarySeconds,
		ftsSeconds,
		bytes: statSync(o.out).size,
		counts
	};
	writeFileSync(o.out + '.meta.json', JSON.stringify(meta, null, '\t') + '\n');
	return meta;
}

function currentSchemaVersion(): number {
	return Math.max(...migrations.map((m) => m.version));
}

/** The meta of a database built earlier with the same options, if it is still there. */
export function cachedSynthDb(o: SynthDbOptions): SynthDbMeta | null {
	if (!existsSync(o.out) || !existsSync(o.out + '.meta.json')) return null;
	try {
		const m = JSON.parse(readFileSync(o.out + '.meta.json', 'utf8')) as SynthDbMeta;
		// An older schema is fine: opening the file migrates it (the bench times that).
		const same =
			m.version === SYNTH_DB_VERSION &&
			(m.schemaVersion ?? 2) <= currentSchemaVersion() &&
			(m.fts ?? false) === o.fts &&
			m.towns === o.towns &&
			m.years === o.years &&
			m.seed === o.seed &&
			m.filler === o.filler &&
			m.startYear === o.startYear;
		return same ? m : null;
	} catch {
		return null;
	}
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
	const o = parseArgs(process.argv.slice(2));
	const meta = buildSynthDb(o, (s) => process.stderr.write(s + '\n'));
	console.log(JSON.stringify(meta));
}
