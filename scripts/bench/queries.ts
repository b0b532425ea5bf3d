/**
 * The queries the pages cannot avoid, timed directly on the national-scale database, and the
 * pre-computed summary the overview needs (built in a scratch table, timed, then dropped), so
 * the figures before and after are measured on the same file.
 */
import Database from 'better-sqlite3';
import { emit, errorText, missing, percentile } from './record';

function time(db: Database.Database, sql: string, params: unknown[][], runs: number): number[] {
	const stmt = db.prepare(sql);
	const out: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		stmt.all(...params[i % params.length]);
		out.push(performance.now() - t0);
	}
	return out.sort((a, b) => a - b);
}

export function benchQueries(
	dbFile: string,
	suffix: string,
	runs: number,
	withSummary: boolean
): void {
	let db: Database.Database | null = null;
	try {
		db = new Database(dbFile);
		const year = (db.prepare(`SELECT max(year) - 2 FROM targets`).pluck().get() as number) ?? 2020;
		const towns = db.prepare(`SELECT id FROM towns WHERE id % 3001 = 1`).pluck().all() as number[];
		const queries: Record<string, { sql: string; params: unknown[][] }> = {
			// Overview scorecard: every town's statuses for one year (final verdicts only).
			overview_scorecard: {
				sql: `SELECT a.town_id, a.status, count(*) AS n FROM assessments a
				      JOIN targets t ON t.id = a.target_id
				      WHERE t.year = ? AND a.basis IN ('following_report', 'none')
				      GROUP BY a.town_id, a.status`,
				params: [[year]]
			},
			// Town page: every target of one town with its verdicts.
			town_targets: {
				sql: `SELECT t.*, a.status, a.basis, a.margin FROM reports r
				      JOIN targets t ON t.report_id = r.id
				      LEFT JOIN assessments a ON a.target_id = t.id
				      WHERE r.town_id = ? ORDER BY t.year, t.ordinal`,
				params: towns.map((t) => [t])
			},
			// Indicator page: all towns on one indicator for a year.
			indicator_year: {
				sql: `SELECT t.value, t.bound, a.status, a.outcome_value, r.town_id FROM targets t
				      JOIN reports r ON r.id = t.report_id
				      LEFT JOIN assessments a ON a.target_id = t.id AND a.basis = 'following_report'
				      WHERE t.indicator_id = ? AND t.year = ?`,
				params: [['gdp', year]]
			},
			// /api/assessments?town=…
			api_assessments_town: {
				sql: `SELECT a.*, t.indicator_id, t.year, t.value, t.quote FROM assessments a
				      JOIN targets t ON t.id = a.target_id WHERE a.town_id = ?`,
				params: towns.map((t) => [t])
			}
		};
		for (const [key, q] of Object.entries(queries)) {
			const n = key === 'overview_scorecard' || key === 'indicator_year' ? Math.min(runs, 3) : runs;
			const times = time(db, q.sql, q.params, n);
			emit({ name: `sql.${key}.p50${suffix}`, value: percentile(times, 50), unit: 'ms', n });
		}
		if (!withSummary) return;
		// The summary the overview and heatmap need: statuses per town and year, kept by the loader.
		db.exec(`DROP TABLE IF EXISTS bench_town_year_status`);
		const t0 = performance.now();
		db.exec(`CREATE TABLE bench_town_year_status AS
		         SELECT a.town_id, t.year, a.status, count(*) AS n FROM assessments a
		         JOIN targets t ON t.id = a.target_id
		         WHERE a.basis IN ('following_report', 'none')
		         GROUP BY a.town_id, t.year, a.status;
		         CREATE INDEX bench_town_year_status_year ON bench_town_year_status(year, town_id)`);
		emit({ name: `sql.summary_build${suffix}`, value: (performance.now() - t0) / 1000, unit: 's' });
		const after = time(
			db,
			`SELECT town_id, status, n FROM bench_town_year_status WHERE year = ?`,
			[[year]],
			Math.min(runs, 20)
		);
		emit({
			name: `sql.overview_scorecard.with_summary.p50${suffix}`,
			value: percentile(after, 50),
			unit: 'ms'
		});
		db.exec(`DROP TABLE bench_town_year_status`);
	} catch (err) {
		missing(`sql.overview_scorecard.p50${suffix}`, 'ms', errorText(err));
	} finally {
		db?.close();
	}
}
