/**
 * Checks the stored town × year summary against a live count for a sample of towns:
 * `npx tsx scripts/bench/check-summary.ts FILE`. Prints the mismatches (none expected).
 */
import Database from 'better-sqlite3';
import { primaryJoin } from '../../src/lib/server/db/dashboard-common';

const db = new Database(process.argv[2], { readonly: true });
const towns = db.prepare(`SELECT id FROM towns WHERE id % 97 = 3`).pluck().all() as number[];
const live = db.prepare(
	`SELECT t.year, COALESCE(pa.status, 'pending') AS s, COUNT(*) AS n
	 FROM reports r JOIN targets t ON t.report_id = r.id ${primaryJoin(db)}
	 WHERE r.town_id = ? GROUP BY t.year, s`
);
const stored = db.prepare(`SELECT * FROM town_year_summary WHERE town_id = ?`);
let bad = 0;
for (const id of towns) {
	const want = new Map<string, number>();
	for (const r of live.all(id) as { year: number; s: string; n: number }[]) {
		want.set(`${r.year}:${r.s}`, r.n);
		want.set(`0:${r.s}`, (want.get(`0:${r.s}`) ?? 0) + r.n);
	}
	const got = new Map<string, number>();
	for (const r of stored.all(id) as Record<string, number>[])
		for (const s of ['met', 'missed', 'on_track', 'behind', 'not_reported', 'pending', 'unclear'])
			if (r[s]) got.set(`${r.year}:${s}`, r[s]);
	const keys = new Set([...want.keys(), ...got.keys()]);
	for (const k of keys)
		if (want.get(k) !== got.get(k)) {
			bad++;
			if (bad < 10) console.log(`town ${id} ${k}: live ${want.get(k)} stored ${got.get(k)}`);
		}
}
console.log(JSON.stringify({ towns: towns.length, mismatches: bad }));
