import type { Db } from './index';
import type { Status } from '../../types';

export interface TownKey {
	name: string;
	county?: string | null;
	city?: string | null;
	province?: string | null;
	synthetic: boolean;
}

export interface TownRow {
	id: number;
	slug: string;
	name: string;
	county: string | null;
	city: string | null;
	province: string | null;
	synthetic: boolean;
}

export interface TownSummary extends TownRow {
	reports: number;
	years: number[];
	/** Primary assessments by status. */
	statuses: Partial<Record<Status, number>>;
}

/**
 * The town a report belongs to: same name, same synthetic flag, and no conflicting county;
 * created when new. A county learnt later is filled in.
 */
export function findOrCreateTown(db: Db, key: TownKey): number {
	const synthetic = key.synthetic ? 1 : 0;
	const candidates = db
		.prepare(`SELECT id, county, city, province FROM towns WHERE name = ? AND synthetic = ?`)
		.all(key.name, synthetic) as {
		id: number;
		county: string | null;
		city: string | null;
		province: string | null;
	}[];
	const same = candidates.find((c) => !c.county || !key.county || c.county === key.county);
	if (same) {
		db.prepare(
			`UPDATE towns SET county = COALESCE(county, ?), city = COALESCE(city, ?), province = COALESCE(province, ?)
			 WHERE id = ?`
		).run(key.county ?? null, key.city ?? null, key.province ?? null, same.id);
		return same.id;
	}
	let slug = key.name;
	const taken = (s: string) => !!db.prepare(`SELECT 1 FROM towns WHERE slug = ?`).get(s);
	if (taken(slug)) slug = `${key.name}-${key.county ?? key.city ?? (synthetic ? '合成' : 'x')}`;
	for (let i = 2; taken(slug); i++) slug = `${key.name}-${i}`;
	return Number(
		db
			.prepare(
				`INSERT INTO towns (slug, name, county, city, province, synthetic, stale) VALUES (?, ?, ?, ?, ?, ?, 1)`
			)
			.run(slug, key.name, key.county ?? null, key.city ?? null, key.province ?? null, synthetic)
			.lastInsertRowid
	);
}

export function markTownsStale(db: Db, ids: Iterable<number>): void {
	const st = db.prepare(`UPDATE towns SET stale = 1 WHERE id = ?`);
	for (const id of ids) st.run(id);
}

export function markAllTownsStale(db: Db): void {
	db.prepare(`UPDATE towns SET stale = 1`).run();
}

export function staleTownIds(db: Db): number[] {
	return (
		db.prepare(`SELECT id FROM towns WHERE stale = 1 ORDER BY id`).all() as { id: number }[]
	).map((r) => r.id);
}

/** Removes towns left without any report (e.g. after a document was re-read differently). */
export function deleteOrphanTowns(db: Db): number {
	return db
		.prepare(
			`DELETE FROM towns WHERE NOT EXISTS (SELECT 1 FROM reports WHERE reports.town_id = towns.id)`
		)
		.run().changes;
}

const TOWN_COLUMNS = `t.id, t.slug, t.name, t.county, t.city, t.province, t.synthetic`;

function toTown<T extends { synthetic: number }>(
	r: T
): Omit<T, 'synthetic'> & { synthetic: boolean } {
	return { ...r, synthetic: !!r.synthetic };
}

/** A town by slug, or by name when the name is unique. */
export function findTown(db: Db, key: string): TownRow | undefined {
	const bySlug = db.prepare(`SELECT ${TOWN_COLUMNS} FROM towns t WHERE t.slug = ?`).get(key) as
		(Omit<TownRow, 'synthetic'> & { synthetic: number }) | undefined;
	if (bySlug) return toTown(bySlug);
	const byName = db
		.prepare(`SELECT ${TOWN_COLUMNS} FROM towns t WHERE t.name = ?`)
		.all(key) as (Omit<TownRow, 'synthetic'> & {
		synthetic: number;
	})[];
	return byName.length === 1 ? toTown(byName[0]) : undefined;
}

export function listTowns(db: Db): TownSummary[] {
	const towns = db
		.prepare(
			`SELECT ${TOWN_COLUMNS}, COUNT(r.id) AS reports, GROUP_CONCAT(DISTINCT r.report_year) AS years
			 FROM towns t LEFT JOIN reports r ON r.town_id = t.id
			 GROUP BY t.id ORDER BY t.synthetic, t.province, t.county, t.name`
		)
		.all() as (Omit<TownRow, 'synthetic'> & {
		synthetic: number;
		reports: number;
		years: string | null;
	})[];
	const counts = db
		.prepare(
			`SELECT town_id AS townId, status, COUNT(*) AS n FROM assessments WHERE is_primary = 1
			 GROUP BY town_id, status`
		)
		.all() as { townId: number; status: Status; n: number }[];
	return towns.map((t) => {
		const statuses: Partial<Record<Status, number>> = {};
		for (const c of counts) if (c.townId === t.id) statuses[c.status] = c.n;
		const { years, ...town } = toTown(t);
		return {
			...town,
			years: (years ?? '')
				.split(',')
				.filter(Boolean)
				.map(Number)
				.sort((a, b) => a - b),
			statuses
		};
	});
}
