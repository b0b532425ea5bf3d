/**
 * npm run bench [-- --quick] [--no-build] [--towns N] [--db FILE] [--no-fts] [--pages-only]
 * Speed and size figures, one JSON object per line on stdout ({"name", "value", "unit"}); progress
 * on stderr. Not a test: it measures whatever the extractor, loader and pages do today, and
 * reports a figure as null with a reason when a part is missing rather than failing.
 *
 * --quick finishes within about 3 minutes: shorter timing loops, a smaller loader corpus, and
 * the national-scale database only if it was built before (else a 2,000-town one, named so in
 * the record names, e.g. page.town.p95@2000x10).
 */
import { spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	rmSync,
	statSync,
	statfsSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { generateCorpus } from '../src/lib/synth/corpus';
import { openDatabase } from '../src/lib/server/db/index';
import { benchExtraction } from './bench/extract';
import { benchPages, type PageGroup } from './bench/pages';
import { benchQueries } from './bench/queries';
import { applyPerf } from './bench/apply-perf';
import { benchDashboard } from './bench/dashboard';
import { emit, errorText, log, missing } from './bench/record';
import { buildSynthDb, cachedSynthDb, type SynthDbOptions } from './synth-db';

interface Args {
	quick: boolean;
	build: boolean;
	towns: number | null;
	db: string | null;
	fts: boolean;
	/** Skip extraction and loading: only the database, queries and pages. */
	pagesOnly: boolean;
}

function parseArgs(argv: string[]): Args {
	const a: Args = { quick: false, build: true, towns: null, db: null, fts: true, pagesOnly: false };
	for (let i = 0; i < argv.length; i++) {
		const k = argv[i];
		if (k === '--quick') a.quick = true;
		else if (k === '--no-build') a.build = false;
		else if (k === '--towns') a.towns = Number(argv[++i]);
		else if (k === '--db') a.db = argv[++i] ?? null;
		else if (k === '--no-fts') a.fts = false;
		else if (k === '--pages-only') a.pagesOnly = true;
		else throw new Error(`unknown argument ${k}`);
	}
	return a;
}

const YEARS = 10;
const NATIONAL_TOWNS = 40000;

function nationalOptions(towns: number): SynthDbOptions {
	return {
		towns,
		years: YEARS,
		seed: 1,
		filler: 4,
		startYear: 2015,
		// The search index is added by applyPerf below (and timed there), not by the fill.
		fts: false,
		out: `data/synth/national-${towns}x${YEARS}-s1.sqlite`
	};
}

function writeCorpus(
	dir: string,
	towns: number,
	years: number
): { files: string[]; bytes: number } {
	mkdirSync(dir, { recursive: true });
	const files: string[] = [];
	let bytes = 0;
	for (const d of generateCorpus({ towns, years, seed: 3, filler: 4 })) {
		const f = join(dir, d.fileName);
		writeFileSync(f, d.text);
		files.push(f);
		bytes += Buffer.byteLength(d.text);
	}
	return { files, bytes };
}

function benchLoader(
	label: string,
	dbFile: string,
	paths: string[],
	townYears: number,
	perfMigrations = ''
): void {
	const name = `load.${label}`;
	const child = spawnSync(
		process.execPath,
		['--import', 'tsx', 'scripts/bench/load-child.ts', dbFile, ...paths],
		{
			encoding: 'utf8',
			maxBuffer: 1 << 24,
			env: { ...process.env, PERF_MIGRATIONS: perfMigrations }
		}
	);
	if (child.status !== 0) {
		missing(
			`${name}.docs_per_s`,
			'docs/s',
			(child.stderr || 'loader failed').trim().split('\n').slice(-1)[0]
		);
		return;
	}
	const r = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as {
		seconds: number;
		loaded: number;
		failed: number;
		firstFailure: string | null;
		rows: number;
		counts: Record<string, number>;
		maxRssMB: number;
	};
	const note = r.failed ? `${r.failed} failed: ${r.firstFailure}` : undefined;
	emit({
		name: `${name}.docs_per_s`,
		value: r.loaded / r.seconds,
		unit: 'docs/s',
		docs: r.loaded,
		note
	});
	emit({ name: `${name}.rows_per_s`, value: r.rows / r.seconds, unit: 'rows/s', counts: r.counts });
	emit({ name: `${name}.peak_rss`, value: r.maxRssMB, unit: 'MB' });
	const size =
		statSync(dbFile).size + (existsSync(dbFile + '-wal') ? statSync(dbFile + '-wal').size : 0);
	if (townYears > 0)
		emit({ name: `db.${label}.kb_per_town_year`, value: size / 1024 / townYears, unit: 'KB' });
}

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let newest = st.mtimeMs;
	for (const n of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, n)));
	return newest;
}

function ensureBuild(allowBuild: boolean): string | null {
	const built = existsSync('build/index.js') ? statSync('build/index.js').mtimeMs : 0;
	const sources = Math.max(
		...['src', 'static', 'svelte.config.js', 'vite.config.ts'].map(newestMtime)
	);
	if (built >= sources || !allowBuild) return built ? null : 'no build/ (run npm run build)';
	log('building the app (vite build)…');
	const r = spawnSync('npx', ['vite', 'build'], {
		encoding: 'utf8',
		stdio: ['ignore', 'ignore', 'pipe']
	});
	if (r.status === 0) return null;
	const why = (r.stderr || '').trim().split('\n').slice(-1)[0];
	return existsSync('build/index.js') ? null : `build failed: ${why}`;
}

/** Evenly spaced samples of a column, so timings rotate through different towns and reports. */
function spread(db: Database.Database, sql: string, n: number): string[] {
	const all = db.prepare(sql).pluck().all() as Array<string | number>;
	if (!all.length) return [];
	return Array.from({ length: Math.min(n, all.length) }, (_, i) =>
		String(all[Math.floor((i * all.length) / Math.min(n, all.length))])
	);
}

function sampleGroups(dbFile: string): PageGroup[] {
	const db = new Database(dbFile, { readonly: true });
	try {
		const towns = spread(db, `SELECT slug FROM towns ORDER BY id`, 12);
		const reports = spread(db, `SELECT id FROM reports WHERE id % 997 = 1 ORDER BY id`, 12);
		const year =
			(db.prepare(`SELECT max(year) - 2 FROM targets`).pluck().get() as number | null) ?? 2020;
		const indicators = ['gdp', 'retail_sales', 'fixed_asset_investment', 'general_budget_revenue'];
		const enc = encodeURIComponent;
		return [
			{ key: 'overview', urls: ['/'], html: true },
			{ key: 'search', urls: [`/search?q=${enc('地区生产总值')}`], html: true },
			{ key: 'search_short', urls: [`/search?q=${enc('投资')}`], html: true },
			{ key: 'town', urls: towns.map((t) => `/towns/${enc(t)}`), html: true },
			{ key: 'indicator', urls: indicators.map((i) => `/indicators/${i}`), html: true },
			{ key: 'report', urls: reports.map((r) => `/reports/${r}`), html: true },
			{
				key: 'api_assessments_town',
				urls: towns.map((t) => `/api/assessments?town=${enc(t)}`),
				html: false
			},
			{
				key: 'api_assessments_indicator_year',
				urls: indicators.map((i) => `/api/assessments?indicator=${i}&year=${year}`),
				html: false
			},
			{
				key: 'api_assessments_all',
				urls: ['/api/assessments', '/api/assessments?primary=1&offset=5000'],
				html: false
			}
		];
	} finally {
		db.close();
	}
}

async function main(): Promise<void> {
	const args = parseArgs(process.argv.slice(2));
	const t0 = performance.now();
	const q = args.quick;
	const scratch = mkdtempSync(join(tmpdir(), 'ledger-bench-'));
	try {
		if (!args.pagesOnly) {
			// 1. Extraction, one core.
			log('extraction…');
			const bundled = readdirSync('data/reports')
				.filter((f) => f.endsWith('.txt'))
				.map((f) => join('data/reports', f));
			benchExtraction('bundled', bundled, q ? 1 : 3);
			const corpus = writeCorpus(join(scratch, 'corpus'), q ? 20 : 100, 3);
			benchExtraction('synthetic', corpus.files, q ? 1 : 3);

			// 2. Loader, end to end, in its own process.
			log('loader…');
			const loadTowns = q ? 60 : 300;
			const loadYears = q ? 2 : 4;
			writeCorpus(join(scratch, 'load'), loadTowns, loadYears);
			benchLoader(
				'synthetic',
				join(scratch, 'load.sqlite'),
				[join(scratch, 'load')],
				loadTowns * loadYears
			);
			benchLoader('bundled', join(scratch, 'bundled.sqlite'), ['data/reports'], 0);
			// The same load with the perf migrations' triggers (the FTS index) in place.
			benchLoader(
				'synthetic_with_fts',
				join(scratch, 'load-fts.sqlite'),
				[join(scratch, 'load')],
				loadTowns * loadYears,
				'10,12,11'
			);
		}

		// 3. National-scale database, filled directly.
		const full = nationalOptions(args.towns ?? NATIONAL_TOWNS);
		let opts = full;
		let dbFile = args.db;
		let suffix = '';
		if (!dbFile) {
			if (q && !args.towns && !cachedSynthDb(full)) opts = nationalOptions(2000);
			dbFile = opts.out;
			if (opts.towns !== NATIONAL_TOWNS) suffix = `@${opts.towns}x${YEARS}`;
			let meta = cachedSynthDb(opts);
			if (!meta) {
				log(`building the ${opts.towns}-town database (${opts.out})…`);
				meta = buildSynthDb(opts, (s) => log(s));
			}
			const rows = Object.values(meta.counts).reduce((a, b) => a + b, 0);
			emit({
				name: `synthdb.build${suffix}.seconds`,
				value: meta.seconds,
				unit: 's',
				counts: meta.counts
			});
			emit({
				name: `synthdb.build${suffix}.rows_per_s`,
				value: rows / meta.seconds,
				unit: 'rows/s'
			});
			emit({ name: `db.national${suffix}.bytes`, value: meta.bytes / 2 ** 30, unit: 'GB' });
			// Now, with whatever the perf migrations (summaries, FTS) added since the build.
			emit({
				name: `db.national${suffix}.bytes_now`,
				value: statSync(opts.out).size / 2 ** 30,
				unit: 'GB'
			});
			emit({
				name: `db.national${suffix}.kb_per_town_year`,
				value: meta.bytes / 1024 / (opts.towns * opts.years),
				unit: 'KB'
			});
		} else suffix = '@custom';
		// The app migrates on open; do it here so pending migrations are timed, not the first request.
		// A pending migration (an FTS index over all text, say) can need as much disk again.
		const fsStat = statfsSync(dirname(resolve(dbFile)));
		const free = fsStat.bavail * fsStat.bsize;
		if (free < statSync(dbFile).size * 1.5) {
			missing(
				`db.national${suffix}.migrate_on_open`,
				's',
				`only ${(free / 2 ** 30).toFixed(0)} GB free`
			);
		} else {
			const tm = performance.now();
			openDatabase(dbFile).close();
			const seconds = (performance.now() - tm) / 1000;
			emit({ name: `db.national${suffix}.migrate_on_open`, value: seconds, unit: 's' });
		}

		// The perf migrations (summary, indexes, search index) until they are in migrations.ts.
		log('perf migrations…');
		// The FTS build takes tens of minutes at national scale: full runs only (--quick measures
		// search with the index if an earlier run built it, else with the LIKE fallback).
		applyPerf(dbFile, args.fts && !q ? [10, 12, 11] : [10, 12], suffix);

		log('queries…');
		benchQueries(dbFile, suffix, q ? 1 : 20, !q);
		benchDashboard(dbFile, suffix, q ? 5 : 20);

		// 4. Pages and API on that database.
		log('pages…');
		const buildProblem = ensureBuild(args.build);
		if (buildProblem) {
			for (const k of ['overview', 'town', 'indicator', 'report', 'api_assessments_town']) {
				missing(`page.${k}.p95${suffix}`, 'ms', buildProblem);
			}
		} else {
			await benchPages({
				db: dbFile,
				groups: sampleGroups(dbFile),
				requests: q ? 20 : 100,
				warmup: q ? 2 : 5,
				capSeconds: q ? 8 : 60,
				timeoutMs: q ? 10_000 : 30_000,
				suffix
			});
		}
	} catch (err) {
		missing('bench.error', '', errorText(err));
		process.exitCode = 1;
	} finally {
		rmSync(scratch, { recursive: true, force: true });
		emit({
			name: `bench.${q ? 'quick' : 'full'}.seconds`,
			value: (performance.now() - t0) / 1000,
			unit: 's'
		});
	}
}

await main();
