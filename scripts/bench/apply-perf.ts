/**
 * Brings a ledger file up to the perf migrations (migrations-perf.ts) until they are spliced into
 * the app's migrations, timing each: `npx tsx scripts/bench/apply-perf.ts FILE [VERSION…]`.
 */
import Database from 'better-sqlite3';
import { applyPerfMigrations } from '../../src/lib/server/db/migrations-perf';
import { rankTownNames } from '../../src/lib/server/db/summary';
import { hasTable } from '../../src/lib/server/db/dashboard-common';
import { emit } from './record';

/** What each perf migration creates: present means applied already. */
const CREATES: Record<number, string> = {
	10: 'town_year_summary',
	11: 'documents_fts',
	12: 'town_indicator_summary'
};

/** Applies the given perf migrations (default: all) not applied yet, timing each. */
export function applyPerf(file: string, versions?: number[], suffix = ''): void {
	const db = new Database(file);
	try {
		db.pragma('journal_mode = WAL');
		db.pragma('cache_size = -500000');
		let changed = false;
		for (const v of versions ?? [10, 12, 11]) {
			if (hasTable(db, CREATES[v])) continue;
			changed = true;
			const t0 = performance.now();
			applyPerfMigrations(db, [v]);
			// The SQL fill ranks names by code point; the pages sort in zh-CN order.
			if (v === 10) rankTownNames(db);
			emit({
				name: `db.migrate.v${v}${suffix}`,
				value: (performance.now() - t0) / 1000,
				unit: 's'
			});
		}
		if (changed) db.exec('ANALYZE');
	} finally {
		db.close();
	}
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
	const [file, ...vs] = process.argv.slice(2);
	applyPerf(file, vs.length ? vs.map(Number) : undefined);
}
