/**
 * Runs the real loader in its own process (so its peak RSS is its own) and prints one JSON
 * line: seconds, documents, rows, peak RSS. Usage: load-child.ts DB PATH...
 * PERF_MIGRATIONS=10,12,11 applies those perf migrations (migrations-perf.ts) first, so the
 * cost of their triggers (the FTS index) is in the figure.
 */
import { openDatabase } from '../../src/lib/server/db/index';
import { loadPaths } from '../../src/lib/server/loader';
import { ledgerCounts } from '../../src/lib/server/db/bulk';
import { applyPerfMigrations } from '../../src/lib/server/db/migrations-perf';

const [dbPath, ...paths] = process.argv.slice(2);
const db = openDatabase(dbPath);
const perf = process.env.PERF_MIGRATIONS?.split(',').map(Number).filter(Number.isFinite);
if (perf?.length) applyPerfMigrations(db, perf);
const t0 = performance.now();
const summary = loadPaths(db, paths);
const seconds = (performance.now() - t0) / 1000;
const counts = ledgerCounts(db);
db.close();
const rows = Object.entries(counts)
	.filter(([t]) => t !== 'towns')
	.reduce((n, [, c]) => n + c, 0);
console.log(
	JSON.stringify({
		seconds,
		seen: summary.seen,
		loaded: summary.loaded,
		failed: summary.failures.length,
		firstFailure: summary.failures[0]?.error ?? null,
		counts,
		rows,
		maxRssMB: process.resourceUsage().maxRSS / 1024
	})
);
