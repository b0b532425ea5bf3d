/**
 * Read queries of the dashboard's overview, report list and search. Plain functions taking a
 * database handle; pages call exactly one of them from their load.
 */
import type { Status } from '../../types';
import type { Db } from './index';
import {
	primaryJoin,
	TOWN_COLUMNS,
	hasTable,
	shareMet,
	townFrom,
	type RawTownColumns,
	type StatusCounts,
	type TownRef
} from './dashboard-common';

import { SUMMARY_STATUS_COLUMNS } from './migrations-perf';
import { INDICATOR_SUMMARY_TABLE, SUMMARY_TABLE } from './summary';

export * from './dashboard-common';

export const SORT_KEYS = ['name', 'total', 'met', 'missed', 'not_reported', 'share'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface OverviewFilters {
	year?: number | null;
	province?: string | null;
	county?: string | null;
	indicator?: string | null;
	status?: Status | null;
	sort?: SortKey;
	dir?: 'asc' | 'desc';
	/** 1-based page of the scorecard rows. */
	page?: number;
}

/** Rows per overview page: keeps the page small on a national-scale ledger. */
export const PAGE_SIZE = 50;
/** County options listed without a province chosen. */
export const MAX_COUNTIES = 300;
/** Documents listed on the overview (all of them are on /reports). */
export const OVERVIEW_DOCUMENTS = 20;

export interface ScoreRow {
	town: TownRef;
	counts: StatusCounts;
	total: number;
	share: number | null;
	met: number;
	judged: number;
	/** The year the row's brief link opens: the chosen year, else the town's latest. */
	briefYear: number | null;
}

export interface IndicatorRef {
	id: string;
	zh: string;
	en: string;
}

export interface DocumentSummary {
	id: number;
	fileName: string;
	bytes: number;
	encoding: string;
	loadedAt: string;
	/** Known only by its facts (the bundled real ledger): no text stored, sourceUrl its source. */
	factsOnly: boolean;
	sourceUrl: string | null;
	reports: {
		id: number;
		kind: 'annual' | 'midyear';
		reportYear: number;
		title: string | null;
		town: TownRef;
		targets: number;
		results: number;
	}[];
}

export interface Overview {
	/** Whether any report is stored (else the page explains how to load some). */
	hasReports: boolean;
	years: number[];
	/** The chosen year; null for every year together. */
	year: number | null;
	provinces: string[];
	counties: string[];
	indicators: IndicatorRef[];
	rows: ScoreRow[];
	/** Towns matching the filters, over all pages. */
	totalRows: number;
	page: number;
	pages: number;
	heatmap: {
		towns: TownRef[];
		years: number[];
		cells: { town: string; year: number; share: number | null; met: number; judged: number }[];
	};
	documents: DocumentSummary[];
	totalDocuments: number;
}

interface CountRow extends RawTownColumns {
	year: number;
	status: Status;
	n: number;
}

/** Every town with its scorecard for the chosen year, the towns × years heatmap, and the documents. */
export function overview(db: Db, f: OverviewFilters = {}): Overview {
	const documents = listDocumentsWithReports(db, OVERVIEW_DOCUMENTS);
	const totalDocuments = documentCount(db);
	const hasReports = !!db.prepare(`SELECT 1 FROM reports LIMIT 1`).get();
	const summarised = hasTable(db, SUMMARY_TABLE);
	const years = summarised
		? summaryYears(db)
		: (
				db.prepare(`SELECT DISTINCT year FROM targets ORDER BY year`).all() as { year: number }[]
			).map((r) => r.year);
	const provinces = (
		db
			.prepare(`SELECT DISTINCT province FROM towns WHERE province IS NOT NULL ORDER BY province`)
			.all() as { province: string }[]
	).map((r) => r.province);
	// Without ORDER BY, DISTINCT streams and the LIMIT stops it: a national ledger has ~2,800
	// counties, listed only once a province narrows them.
	const counties = (
		db
			.prepare(
				`SELECT DISTINCT county FROM towns WHERE county IS NOT NULL
				 AND (@province IS NULL OR province = @province) LIMIT ${MAX_COUNTIES + 1}`
			)
			.pluck()
			.all({ province: f.province ?? null }) as string[]
	).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	if (counties.length > MAX_COUNTIES) counties.length = 0;
	const indicators = db
		.prepare(
			`SELECT i.id, i.zh, i.en FROM indicators i
			 WHERE EXISTS (SELECT 1 FROM targets t WHERE t.indicator_id = i.id) ORDER BY i.zh`
		)
		.all() as IndicatorRef[];
	// No year chosen: every year together (towns report in different years).
	const year = f.year != null && years.includes(f.year) ? f.year : null;
	const common = {
		hasReports,
		years,
		year,
		provinces,
		counties,
		indicators,
		documents,
		totalDocuments
	};
	// An indicator filter needs the per-indicator summary; without it, it counts live.
	if (summarised && (!f.indicator || hasTable(db, INDICATOR_SUMMARY_TABLE)))
		return { ...common, ...scorecardFromSummary(db, f, year, years) };

	const counts = db
		.prepare(
			`			 SELECT ${TOWN_COLUMNS}, t.year AS year, COALESCE(pa.status, 'pending') AS status, COUNT(*) AS n
			 FROM targets t
			 JOIN reports r ON r.id = t.report_id
			 JOIN towns tw ON tw.id = r.town_id
			 ${primaryJoin(db)}
			 WHERE (@province IS NULL OR tw.province = @province)
			   AND (@county IS NULL OR tw.county = @county)
			   AND (@indicator IS NULL OR t.indicator_id = @indicator)
			 GROUP BY tw.id, t.year, COALESCE(pa.status, 'pending')`
		)
		.all({
			province: f.province ?? null,
			county: f.county ?? null,
			indicator: f.indicator ?? null
		}) as CountRow[];

	const towns = db
		.prepare(
			`SELECT ${TOWN_COLUMNS} FROM towns tw
			 WHERE EXISTS (SELECT 1 FROM reports r WHERE r.town_id = tw.id)
			   AND (@province IS NULL OR tw.province = @province)
			   AND (@county IS NULL OR tw.county = @county)
			 ORDER BY tw.synthetic, tw.name`
		)
		.all({ province: f.province ?? null, county: f.county ?? null }) as RawTownColumns[];

	const byTownYear = new Map<string, StatusCounts>();
	for (const c of counts) {
		const key = `${c.townId}:${c.year}`;
		const m = byTownYear.get(key) ?? {};
		m[c.status] = (m[c.status] ?? 0) + c.n;
		byTownYear.set(key, m);
	}

	const byTown = new Map<number, StatusCounts>();
	const latest = new Map<number, number>();
	for (const c of counts) {
		latest.set(c.townId, Math.max(latest.get(c.townId) ?? c.year, c.year));
		if (year != null && c.year !== year) continue;
		const m = byTown.get(c.townId) ?? {};
		m[c.status] = (m[c.status] ?? 0) + c.n;
		byTown.set(c.townId, m);
	}

	let rows: ScoreRow[] = towns.map((raw) => {
		const c = byTown.get(raw.townId) ?? {};
		const total = Object.values(c).reduce((s, n) => s + (n ?? 0), 0);
		return {
			town: townFrom(raw),
			counts: c,
			total,
			briefYear: year ?? latest.get(raw.townId) ?? null,
			...shareMet(c)
		};
	});
	if (f.status) rows = rows.filter((r) => (r.counts[f.status!] ?? 0) > 0);
	if (f.indicator) rows = rows.filter((r) => r.total > 0);
	rows = sortRows(rows, f.sort ?? 'name', f.dir ?? (f.sort && f.sort !== 'name' ? 'desc' : 'asc'));
	const totalRows = rows.length;
	const pages = Math.max(1, Math.ceil(totalRows / PAGE_SIZE));
	const page = Math.min(Math.max(1, f.page ?? 1), pages);
	rows = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

	const shownTowns = rows.map((r) => r.town);
	const cells = shownTowns.flatMap((tw) =>
		years.flatMap((y) => {
			const c = byTownYear.get(`${tw.id}:${y}`);
			return c ? [{ town: tw.slug, year: y, ...shareMet(c) }] : [];
		})
	);
	return { ...common, rows, totalRows, page, pages, heatmap: { towns: shownTowns, years, cells } };
}

/** The target years present, by index seeks on the summary (no scan of 7 M targets). */
function summaryYears(db: Db): number[] {
	const next = db
		.prepare(`SELECT MIN(year) FROM ${SUMMARY_TABLE} WHERE year > ?`)
		.pluck() as import('better-sqlite3').Statement<[number], number | null>;
	const out: number[] = [];
	for (let y = next.get(0); y != null; y = next.get(y)) out.push(y);
	return out;
}

type SummaryRow = RawTownColumns & { latestYear: number | null } & Record<
		(typeof SUMMARY_STATUS_COLUMNS)[number],
		number | null
	>;

function countsOf(r: Partial<Record<Status, number | null>>): StatusCounts {
	const c: StatusCounts = {};
	for (const k of SUMMARY_STATUS_COLUMNS) if (r[k]) c[k] = r[k]!;
	return c;
}

/**
 * One page of the scorecard from the stored summaries: filtered, sorted and paged in SQL (the
 * zh-CN name order is the summary's name_rank), so the cost does not grow with the number of
 * towns beyond an index walk. With an indicator, the counts come from the per-indicator
 * summary and only towns with a target on it (in the chosen year) are listed, as live.
 */
function scorecardFromSummary(
	db: Db,
	f: OverviewFilters,
	year: number | null,
	years: number[]
): Pick<Overview, 'rows' | 'totalRows' | 'page' | 'pages' | 'heatmap'> {
	const ind = f.indicator ?? null;
	const S = ind ? INDICATOR_SUMMARY_TABLE : SUMMARY_TABLE;
	const key = f.sort ?? 'name';
	const dir = (f.dir ?? (key !== 'name' ? 'desc' : 'asc')) === 'asc' ? 'ASC' : 'DESC';
	const order =
		key === 'name'
			? `z.name_rank ${dir}`
			: key === 'share'
				? `(s.share IS NULL), s.share ${dir}, z.name_rank`
				: `COALESCE(s.${key === 'total' ? 'total' : key}, 0) ${dir}, z.name_rank`;
	const status =
		f.status && (SUMMARY_STATUS_COLUMNS as readonly string[]).includes(f.status)
			? `AND COALESCE(s.${f.status}, 0) > 0`
			: '';
	// Join only what the filter and the order need: counting 40,000 towns through two joins
	// costs ~60 ms, through the year-0 rows of the summary alone ~1 ms.
	const place = f.province != null || f.county != null;
	const bySummary = !!ind || !!status || key !== 'name';
	const sOn = `s.town_id = z.town_id AND s.year = @year${ind ? ' AND s.indicator_id = @ind' : ''}`;
	// An indicator lists only the towns with its targets: walk the names and look each up
	// (CROSS JOIN keeps that order) when sorting by name, else range over the indicator's rows.
	const sJoin = ind
		? key === 'name'
			? `CROSS JOIN ${S} s ON ${sOn}`
			: `JOIN ${S} s ON ${sOn}`
		: bySummary
			? `LEFT JOIN ${S} s ON ${sOn}`
			: '';
	const placeWhere = place
		? 'AND (@province IS NULL OR tw.province = @province) AND (@county IS NULL OR tw.county = @county)'
		: '';
	const from = `FROM ${SUMMARY_TABLE} z
		${place ? 'JOIN towns tw ON tw.id = z.town_id' : ''}
		${sJoin}
		WHERE z.year = 0 ${placeWhere} ${status}`;
	// Only the parameters the statement names (better-sqlite3 rejects others).
	const params = {
		...(bySummary ? { year: year ?? 0 } : {}),
		...(ind ? { ind } : {}),
		...(place ? { province: f.province ?? null, county: f.county ?? null } : {})
	};
	const totalRows = db
		.prepare(
			ind
				? `SELECT COUNT(*) FROM ${S} s ${place ? 'JOIN towns tw ON tw.id = s.town_id' : ''}
				   WHERE s.indicator_id = @ind AND s.year = @year ${placeWhere} ${status}`
				: `SELECT COUNT(*) ${from}`
		)
		.pluck()
		.get(params) as number;
	const pages = Math.max(1, Math.ceil(totalRows / PAGE_SIZE));
	const page = Math.min(Math.max(1, f.page ?? 1), pages);
	const ids = db
		.prepare(`SELECT z.town_id ${from} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
		.pluck()
		.all({ ...params, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }) as number[];
	const at = new Map(ids.map((id, i) => [id, i]));
	const onInd = ind ? 'AND s.indicator_id = @ind' : '';
	const raw = (
		db
			.prepare(
				`SELECT ${TOWN_COLUMNS}, ${ind ? 'l' : 'z'}.latest_year AS latestYear,
				   ${SUMMARY_STATUS_COLUMNS.map((c) => `s.${c}`).join(', ')}
				 FROM towns tw JOIN ${SUMMARY_TABLE} z ON z.town_id = tw.id AND z.year = 0
				 LEFT JOIN ${S} s ON s.town_id = tw.id AND s.year = @year ${onInd}
				 ${ind ? `LEFT JOIN ${S} l ON l.town_id = tw.id AND l.year = 0 AND l.indicator_id = @ind` : ''}
				 WHERE tw.id IN (SELECT value FROM json_each(@ids))`
			)
			.all({ year: year ?? 0, ids: JSON.stringify(ids), ...(ind ? { ind } : {}) }) as SummaryRow[]
	).sort((x, y) => at.get(x.townId)! - at.get(y.townId)!);
	const rows: ScoreRow[] = raw.map((r) => {
		const counts = countsOf(r);
		return {
			town: townFrom(r),
			counts,
			total: Object.values(counts).reduce((a, n) => a + (n ?? 0), 0),
			briefYear: year ?? r.latestYear ?? null,
			...shareMet(counts)
		};
	});
	const shownTowns = rows.map((r) => r.town);
	const slugOf = new Map(shownTowns.map((t) => [t.id, t.slug]));
	const shownOrder = shownTowns.map((t) => t.id);
	const cells = (
		db
			.prepare(
				`SELECT s.town_id AS townId, s.year, ${SUMMARY_STATUS_COLUMNS.map((c) => `s.${c}`).join(', ')}
				 FROM ${S} s
				 WHERE s.town_id IN (SELECT value FROM json_each(@ids))
				   AND s.year IN (SELECT value FROM json_each(@years)) ${onInd}`
			)
			.all({
				ids: JSON.stringify([...slugOf.keys()]),
				years: JSON.stringify(years),
				...(ind ? { ind } : {})
			}) as ({ townId: number; year: number } & Record<Status, number>)[]
	)
		.sort((a, b) => shownOrder.indexOf(a.townId) - shownOrder.indexOf(b.townId) || a.year - b.year)
		.map((c) => ({ town: slugOf.get(c.townId)!, year: c.year, ...shareMet(countsOf(c)) }));
	return { rows, totalRows, page, pages, heatmap: { towns: shownTowns, years, cells } };
}

export function sortRows(rows: ScoreRow[], key: SortKey, dir: 'asc' | 'desc'): ScoreRow[] {
	const sign = dir === 'asc' ? 1 : -1;
	const value = (r: ScoreRow): number | string | null =>
		key === 'name'
			? r.town.name
			: key === 'share'
				? r.share
				: key === 'total'
					? r.total
					: (r.counts[key] ?? 0);
	return [...rows].sort((a, b) => {
		const va = value(a);
		const vb = value(b);
		// Rows without a value go last whatever the direction.
		if (va == null && vb == null) return a.town.name.localeCompare(b.town.name, 'zh-CN');
		if (va == null) return 1;
		if (vb == null) return -1;
		const c =
			typeof va === 'string'
				? va.localeCompare(vb as string, 'zh-CN')
				: (va as number) - (vb as number);
		return c !== 0 ? sign * c : a.town.name.localeCompare(b.town.name, 'zh-CN');
	});
}

export function documentCount(db: Db): number {
	return (db.prepare(`SELECT COUNT(*) AS n FROM documents`).get() as { n: number }).n;
}

/** Stored documents (by file name, from `offset`, at most `limit`) with the reports in each. */
export function listDocumentsWithReports(db: Db, limit = -1, offset = 0): DocumentSummary[] {
	const docs = db
		.prepare(
			`SELECT id, file_name AS fileName, bytes, encoding, loaded_at AS loadedAt,
			   facts_only AS factsOnly, source_url AS sourceUrl
			 FROM documents ORDER BY file_name LIMIT ? OFFSET ?`
		)
		.all(limit, offset) as (Omit<DocumentSummary, 'reports' | 'factsOnly'> & {
		factsOnly: number;
	})[];
	if (docs.length === 0) return [];
	const reps = db
		.prepare(
			`SELECT r.id, r.document_id AS documentId, r.kind, r.report_year AS reportYear, r.title,
			   ${TOWN_COLUMNS},
			   (SELECT COUNT(*) FROM targets t WHERE t.report_id = r.id) AS targets,
			   (SELECT COUNT(*) FROM results s WHERE s.report_id = r.id) AS results
			 FROM reports r JOIN towns tw ON tw.id = r.town_id
			 WHERE r.document_id IN (SELECT value FROM json_each(?))
			 ORDER BY r.document_id, r.ordinal`
		)
		.all(JSON.stringify(docs.map((d) => d.id))) as (RawTownColumns & {
		id: number;
		documentId: number;
		kind: 'annual' | 'midyear';
		reportYear: number;
		title: string | null;
		targets: number;
		results: number;
	})[];
	const byDoc = new Map<number, DocumentSummary['reports']>();
	for (const r of reps) {
		const list = byDoc.get(r.documentId) ?? [];
		list.push({
			id: r.id,
			kind: r.kind,
			reportYear: r.reportYear,
			title: r.title,
			town: townFrom(r),
			targets: r.targets,
			results: r.results
		});
		byDoc.set(r.documentId, list);
	}
	return docs.map((d) => ({ ...d, factsOnly: d.factsOnly === 1, reports: byDoc.get(d.id) ?? [] }));
}

export interface SearchHit {
	documentId: number;
	fileName: string;
	reportId: number | null;
	reportLabel: string | null;
	synthetic: boolean;
	offset: number;
	before: string;
	match: string;
	after: string;
}

export interface SearchResults {
	q: string;
	/** 'fts' when the trigram index answered, 'like' otherwise. */
	method: 'fts' | 'like';
	towns: TownRef[];
	indicators: IndicatorRef[];
	items: {
		kind: 't' | 'r';
		id: number;
		reportId: number;
		quote: string;
		year: number;
		town: TownRef;
	}[];
	text: SearchHit[];
}

export const FTS_TABLE = 'documents_fts';
const MAX_HITS = 30;
/** Without the trigram index (or under 3 characters) LIKE scans only the newest documents… */
export const SCAN_DOCUMENTS = 1000;
/** …and the newest targets and results (each). */
export const SCAN_ITEMS = 10000;
const SYNTHETIC_MARK = /合成测试数据|SYNTHETIC TEST DATA/;
const CONTEXT = 40;

function likePattern(q: string): string {
	return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Searches towns, indicators, extracted items and the documents' text. Text search uses the
 * FTS5 trigram index when it exists and the query has at least three characters (trigram's
 * minimum); otherwise a LIKE scan.
 */
export function search(db: Db, rawQ: string): SearchResults {
	const q = rawQ.trim().slice(0, 100);
	const like = likePattern(q);
	const towns = (
		db
			.prepare(
				`SELECT ${TOWN_COLUMNS} FROM towns tw
				 WHERE tw.name LIKE @like ESCAPE '\\' OR tw.county LIKE @like ESCAPE '\\'
				   OR tw.province LIKE @like ESCAPE '\\'
				 ORDER BY tw.synthetic, tw.name LIMIT 50`
			)
			.all({ like }) as RawTownColumns[]
	).map(townFrom);
	const indicators = db
		.prepare(
			`SELECT id, zh, en FROM indicators
			 WHERE zh LIKE @like ESCAPE '\\' OR en LIKE @like ESCAPE '\\' OR aliases LIKE @like ESCAPE '\\'
			   OR id LIKE @like ESCAPE '\\'
			 ORDER BY zh LIMIT 50`
		)
		.all({ like }) as IndicatorRef[];
	const useFts = [...q].length >= 3 && hasTable(db, FTS_TABLE);
	// Newest documents first: FTS5 walks its rowids backwards and stops at the limit, where
	// ORDER BY rank would score every matching document (all 720,000 for a common phrase).
	const docs = (
		useFts
			? db
					.prepare(
						`SELECT d.id, d.file_name AS fileName, d.text FROM ${FTS_TABLE} f
						 JOIN documents d ON d.id = f.rowid
						 WHERE ${FTS_TABLE} MATCH ? ORDER BY f.rowid DESC LIMIT ${MAX_HITS}`
					)
					.all(`"${q.replace(/"/g, '""')}"`)
			: db
					.prepare(
						`SELECT id, file_name AS fileName, text FROM documents
						 WHERE id > (SELECT COALESCE(MAX(id), 0) FROM documents) - ${SCAN_DOCUMENTS}
						   AND text LIKE ? ESCAPE '\\' ORDER BY id DESC LIMIT ${MAX_HITS}`
					)
					.all(like)
	) as { id: number; fileName: string; text: string }[];

	// Items: with the index, those of the matched documents; without it, a LIKE scan over the
	// newest rows only (a scan of every target and result takes seconds at national scale).
	const itemScope = (table: string) =>
		useFts
			? `r.document_id IN (SELECT value FROM json_each(@docs))`
			: `x.id > (SELECT COALESCE(MAX(id), 0) FROM ${table}) - ${SCAN_ITEMS}`;
	// Each table's newest matches first, then the usual order over those few. CROSS JOIN fixes
	// the loop order: the matched documents' reports outermost with the index, else the item
	// table walked backwards by rowid (the planner may otherwise walk every town's reports).
	const itemSql = (table: 'targets' | 'results', kind: 't' | 'r') =>
		`SELECT * FROM (
		   SELECT '${kind}' AS kind, x.id, x.report_id AS reportId, x.quote, x.year, ${TOWN_COLUMNS}
		   FROM ${
					useFts
						? `reports r CROSS JOIN ${table} x ON x.report_id = r.id`
						: `${table} x CROSS JOIN reports r ON r.id = x.report_id`
				} CROSS JOIN towns tw ON tw.id = r.town_id
		   WHERE ${itemScope(table)}
		     AND (x.quote LIKE @like ESCAPE '\\' OR x.text LIKE @like ESCAPE '\\')
		   ORDER BY x.id DESC LIMIT ${MAX_HITS}
		 )`;
	const items = (
		db
			.prepare(
				`SELECT * FROM (${itemSql('targets', 't')} UNION ALL ${itemSql('results', 'r')})
				 ORDER BY townSynthetic, year DESC, kind, id LIMIT ${MAX_HITS}`
			)
			.all(
				useFts ? { like, docs: JSON.stringify(docs.map((d) => d.id)) } : { like }
			) as (RawTownColumns & {
			kind: 't' | 'r';
			id: number;
			reportId: number;
			quote: string;
			year: number;
		})[]
	).map((r) => ({
		kind: r.kind,
		id: r.id,
		reportId: r.reportId,
		quote: r.quote,
		year: r.year,
		town: townFrom(r)
	}));

	const reportsOf = db.prepare(
		`SELECT r.id, r.start, r.end, r.report_year AS year, r.kind, tw.name, tw.synthetic
		 FROM reports r JOIN towns tw ON tw.id = r.town_id WHERE r.document_id = ? ORDER BY r.start`
	);
	const text: SearchHit[] = [];
	const needle = q.toLowerCase();
	for (const d of docs) {
		if (!needle) break;
		const reps = reportsOf.all(d.id) as {
			id: number;
			start: number;
			end: number;
			year: number;
			kind: string;
			name: string;
			synthetic: number;
		}[];
		const hay = d.text.toLowerCase();
		let from = 0;
		let perDoc = 0;
		while (text.length < MAX_HITS && perDoc < 5) {
			const at = hay.indexOf(needle, from);
			if (at < 0) break;
			const rep = reps.find((r) => r.start <= at && at < r.end) ?? null;
			text.push({
				documentId: d.id,
				fileName: d.fileName,
				reportId: rep?.id ?? null,
				reportLabel: rep ? `${rep.name} ${rep.year}` : null,
				// A document no report was found in yet: its own first line marks synthetic data.
				synthetic: rep ? rep.synthetic === 1 : SYNTHETIC_MARK.test(d.text.slice(0, 200)),
				offset: at,
				before: d.text.slice(Math.max(0, at - CONTEXT), at),
				match: d.text.slice(at, at + q.length),
				after: d.text.slice(at + q.length, at + q.length + CONTEXT)
			});
			from = at + Math.max(1, q.length);
			perDoc++;
		}
	}
	return { q, method: useFts ? 'fts' : 'like', towns, indicators, items, text };
}
