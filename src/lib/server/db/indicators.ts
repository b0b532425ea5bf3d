import type { Db } from './index';

/** One catalogue entry as data/indicators.json writes it; newer fields are optional. */
export interface CatalogueEntry {
	id: string;
	zh: string;
	en: string;
	aliases?: string[];
	unitFamily?: string | null;
	upIsGood?: boolean;
}

export interface IndicatorRow {
	id: string;
	zh: string;
	en: string;
	aliases: string[];
	unitFamily: string | null;
	upIsGood: boolean;
}

/** Brings the indicators table in line with the catalogue; returns true if anything changed. */
export function syncIndicators(db: Db, catalogue: CatalogueEntry[]): boolean {
	const existing = new Map(listIndicators(db).map((r) => [r.id, r]));
	const upsert = db.prepare(
		`INSERT INTO indicators (id, zh, en, aliases, unit_family, up_is_good)
		 VALUES (@id, @zh, @en, @aliases, @unitFamily, @upIsGood)
		 ON CONFLICT(id) DO UPDATE SET zh = excluded.zh, en = excluded.en, aliases = excluded.aliases,
		   unit_family = excluded.unit_family, up_is_good = excluded.up_is_good`
	);
	let changed = false;
	for (const e of catalogue) {
		const row = {
			id: e.id,
			zh: e.zh,
			en: e.en,
			aliases: JSON.stringify(e.aliases ?? []),
			unitFamily: e.unitFamily ?? null,
			upIsGood: e.upIsGood === false ? 0 : 1
		};
		const old = existing.get(e.id);
		if (
			old &&
			old.zh === row.zh &&
			old.en === row.en &&
			JSON.stringify(old.aliases) === row.aliases &&
			old.unitFamily === row.unitFamily &&
			Number(old.upIsGood) === row.upIsGood
		)
			continue;
		upsert.run(row);
		changed = true;
	}
	return changed;
}

/** Makes sure an id the extractor used exists (the catalogue may lag behind it). */
export function ensureIndicator(db: Db, id: string, text: string): void {
	db.prepare(`INSERT OR IGNORE INTO indicators (id, zh, en) VALUES (?, ?, ?)`).run(id, text, id);
}

export function listIndicators(db: Db): IndicatorRow[] {
	const rows = db
		.prepare(
			`SELECT id, zh, en, aliases, unit_family AS unitFamily, up_is_good AS upIsGood
			 FROM indicators ORDER BY id`
		)
		.all() as (Omit<IndicatorRow, 'aliases' | 'upIsGood'> & {
		aliases: string;
		upIsGood: number;
	})[];
	return rows.map((r) => ({
		...r,
		aliases: JSON.parse(r.aliases) as string[],
		upIsGood: !!r.upIsGood
	}));
}
