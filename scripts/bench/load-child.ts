/**
 * Runs the real loader in its own process (so its peak RSS is its own) and prints one JSON
 * line: seconds, documents, rows, peak RSS. Usage: load-child.ts DB PATH...
 */
import { openDatabase } from '../../src/lib/server/db/index';
import { loadPaths } from '../../src/lib/server/loader';
import { ledgerCounts } from '../../src/lib/server/db/bulk';

const [dbPath, ...paths] = process.argv.slice(2);
const db = openDatabase(dbPath);
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
