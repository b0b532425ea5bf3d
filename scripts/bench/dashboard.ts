/**
 * The dashboard's own query functions timed in-process on a ledger file (no HTTP, no render):
 * what each page's load costs in SQL. `npx tsx scripts/bench/dashboard.ts FILE [--runs N]`
 * prints one JSON figure per line, like npm run bench.
 */
import Database from 'better-sqlite3';
import { overview, search } from '../../src/lib/server/db/dashboard';
import { townDetail } from '../../src/lib/server/db/dashboard-town';
import { indicatorDetail, reportDetail } from '../../src/lib/server/db/dashboard-report';
import { emit, errorText, missing, percentile } from './record';

type Case = { key: string; run: (db: Database.Database, i: number) => unknown };

export function dashboardCases(db: Database.Database): Case[] {
	const pick = (sql: string, n: number) => {
		const all = db.prepare(sql).pluck().all() as (string | number)[];
		return Array.from(
			{ length: Math.min(n, all.length) },
			(_, i) => all[Math.floor((i * all.length) / n)]
		);
	};
	const towns = pick(`SELECT slug FROM towns ORDER BY id`, 12) as string[];
	const reports = pick(`SELECT id FROM reports WHERE id % 997 = 1 ORDER BY id`, 12) as number[];
	const indicators = ['gdp', 'retail_sales', 'fixed_asset_investment', 'general_budget_revenue'];
	const year = (db.prepare(`SELECT max(year) - 2 FROM targets`).pluck().get() as number) ?? 2020;
	return [
		{ key: 'overview', run: (d) => overview(d) },
		{ key: 'overview_year_share', run: (d) => overview(d, { year, sort: 'share' }) },
		{ key: 'overview_page_100', run: (d) => overview(d, { page: 100 }) },
		{ key: 'town', run: (d, i) => townDetail(d, towns[i % towns.length]) },
		{ key: 'indicator', run: (d, i) => indicatorDetail(d, indicators[i % indicators.length]) },
		{ key: 'report', run: (d, i) => reportDetail(d, reports[i % reports.length]) },
		{ key: 'search_fts', run: (d) => search(d, '地区生产总值') },
		{ key: 'search_short', run: (d) => search(d, '投资') },
		{ key: 'search_rare', run: (d) => search(d, '无此词语组合') }
	];
}

export function benchDashboard(file: string, suffix: string, runs: number, only?: string[]): void {
	const db = new Database(file, { readonly: true });
	try {
		for (const c of dashboardCases(db)) {
			if (only && !only.includes(c.key)) continue;
			try {
				const times: number[] = [];
				for (let i = 0; i < runs; i++) {
					const t0 = performance.now();
					c.run(db, i);
					times.push(performance.now() - t0);
				}
				times.sort((a, b) => a - b);
				emit({
					name: `fn.${c.key}.p50${suffix}`,
					value: percentile(times, 50),
					unit: 'ms',
					n: runs
				});
				emit({ name: `fn.${c.key}.max${suffix}`, value: times.at(-1)!, unit: 'ms' });
			} catch (err) {
				missing(`fn.${c.key}.p50${suffix}`, 'ms', errorText(err));
			}
		}
	} finally {
		db.close();
	}
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
	const [file, ...rest] = process.argv.slice(2);
	const runsAt = rest.indexOf('--runs');
	const runs = runsAt >= 0 ? Number(rest[runsAt + 1]) : 5;
	const onlyAt = rest.indexOf('--only');
	const only = onlyAt >= 0 ? rest[onlyAt + 1].split(',') : undefined;
	benchDashboard(file, '', runs, only);
}
