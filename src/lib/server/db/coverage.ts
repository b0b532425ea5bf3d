/**
 * Read queries of the coverage view (/coverage) and the dataset figures on /about: which real
 * towns and years the ledger holds, per province, and for each town the target years no
 * following report reviews (so no verdict from a following source is possible for them).
 */
import type { Db } from './index';

export interface CoverageOptions {
	/** Only reports known by their facts (the bundled real ledger). */
	factsOnly?: boolean;
}

export interface TownCoverage {
	slug: string;
	name: string;
	county: string | null;
	province: string | null;
	reports: number;
	/** Reports known only by their facts among them. */
	factsOnly: number;
	/** Years the town's reports set targets for. */
	targetYears: number[];
	/** Years with full-year results (stated by any report). */
	resultYears: number[];
	/** Years with part-year progress (上半年, 前三季度…). */
	progressYears: number[];
	/** Years an annual report reviews (a following report: final verdicts possible). */
	reviewedYears: number[];
	/** Target years no following report reviews: no verdict from a following source. */
	lacking: number[];
	/** Target years some following report reviews. */
	paired: number[];
}

export interface ProvinceCoverage {
	province: string | null;
	towns: TownCoverage[];
}

export interface CoverageSummary {
	provinces: ProvinceCoverage[];
	towns: number;
	provinceCount: number;
	reports: number;
	targets: number;
	results: number;
	/** Town × target-year pairs with a following report, and without one. */
	paired: number;
	lacking: number;
	/** Towns with targets in two or more consecutive years. */
	consecutive: number;
	/** Primary verdicts by status on these towns' targets. */
	statuses: Record<string, number>;
}

const uniq = (xs: number[]) => [...new Set(xs.filter((x) => x > 0))].sort((a, b) => a - b);

export function coverage(db: Db, options: CoverageOptions = {}): CoverageSummary {
	const only = options.factsOnly ? 'AND d.facts_only = 1' : '';
	const rows = db
		.prepare(
			`SELECT tw.id AS townId, tw.slug, tw.name, tw.county, tw.province, r.id AS reportId, r.kind,
			   r.review_year AS reviewYear, d.facts_only AS factsOnly,
			   (SELECT json_group_array(DISTINCT t.year) FROM targets t
			    WHERE t.report_id = r.id AND t.implied = 0) AS targetYears,
			   (SELECT json_group_array(DISTINCT s.year) FROM results s
			    WHERE s.report_id = r.id AND s.period = 'year') AS resultYears,
			   (SELECT json_group_array(DISTINCT s.year) FROM results s
			    WHERE s.report_id = r.id AND s.period <> 'year') AS progressYears,
			   (SELECT COUNT(*) FROM targets t WHERE t.report_id = r.id AND t.implied = 0) AS targets,
			   (SELECT COUNT(*) FROM results s WHERE s.report_id = r.id) AS results
			 FROM reports r JOIN towns tw ON tw.id = r.town_id JOIN documents d ON d.id = r.document_id
			 WHERE tw.synthetic = 0 ${only}
			 ORDER BY tw.province, tw.county, tw.name, r.report_year, r.id`
		)
		.all() as {
		townId: number;
		slug: string;
		name: string;
		county: string | null;
		province: string | null;
		reportId: number;
		kind: 'annual' | 'midyear';
		reviewYear: number;
		factsOnly: number;
		targetYears: string;
		resultYears: string;
		progressYears: string;
		targets: number;
		results: number;
	}[];
	const towns = new Map<number, TownCoverage>();
	let targets = 0;
	let results = 0;
	for (const r of rows) {
		const tc: TownCoverage = towns.get(r.townId) ?? {
			slug: r.slug,
			name: r.name,
			county: r.county,
			province: r.province,
			reports: 0,
			factsOnly: 0,
			targetYears: [],
			resultYears: [],
			progressYears: [],
			reviewedYears: [],
			lacking: [],
			paired: []
		};
		tc.reports++;
		tc.factsOnly += r.factsOnly;
		tc.targetYears.push(...(JSON.parse(r.targetYears) as number[]));
		tc.resultYears.push(...(JSON.parse(r.resultYears) as number[]));
		tc.progressYears.push(...(JSON.parse(r.progressYears) as number[]));
		if (r.kind === 'annual') tc.reviewedYears.push(r.reviewYear);
		targets += r.targets;
		results += r.results;
		towns.set(r.townId, tc);
	}
	let paired = 0;
	let lacking = 0;
	let consecutive = 0;
	for (const tc of towns.values()) {
		tc.targetYears = uniq(tc.targetYears);
		tc.resultYears = uniq(tc.resultYears);
		tc.progressYears = uniq(tc.progressYears);
		tc.reviewedYears = uniq(tc.reviewedYears);
		const followed = new Set([...tc.reviewedYears, ...tc.resultYears]);
		tc.paired = tc.targetYears.filter((y) => followed.has(y));
		tc.lacking = tc.targetYears.filter((y) => !followed.has(y));
		paired += tc.paired.length;
		lacking += tc.lacking.length;
		if (tc.targetYears.some((y) => tc.targetYears.includes(y + 1))) consecutive++;
	}
	const byProvince = new Map<string | null, TownCoverage[]>();
	for (const tc of towns.values()) {
		const list = byProvince.get(tc.province) ?? [];
		list.push(tc);
		byProvince.set(tc.province, list);
	}
	const provinces = [...byProvince]
		.map(([province, list]) => ({
			province,
			towns: list.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
		}))
		.sort((a, b) =>
			a.province === null
				? 1
				: b.province === null
					? -1
					: a.province.localeCompare(b.province, 'zh-CN')
		);
	const statuses: Record<string, number> = {};
	const ids = [...towns.keys()];
	if (ids.length) {
		const counts = db
			.prepare(
				`SELECT a.status, COUNT(*) AS n FROM assessments a
				 JOIN targets t ON t.id = a.target_id JOIN reports r ON r.id = t.report_id
				 JOIN documents d ON d.id = r.document_id
				 WHERE a.is_primary = 1 AND r.town_id IN (SELECT value FROM json_each(?)) ${only}
				 GROUP BY a.status ORDER BY a.status`
			)
			.all(JSON.stringify(ids)) as { status: string; n: number }[];
		for (const c of counts) statuses[c.status] = c.n;
	}
	return {
		provinces,
		towns: towns.size,
		provinceCount: provinces.filter((p) => p.province !== null).length,
		reports: rows.length,
		targets,
		results,
		paired,
		lacking,
		consecutive,
		statuses
	};
}

export interface ReviewFigures {
	reviewer: string;
	/** Machine-extracted items of the facts-only reports (those the review dropped included). */
	items: number;
	/** Per field: distinct items the reviewer corrected. */
	fields: Record<string, number>;
	dropped: number;
	added: number;
	/** Report-level corrections (town, years…). */
	reportFields: Record<string, number>;
}

/** What the second reader's corrections changed in the facts-only reports, as stored. */
export function reviewFigures(db: Db, reviewer: string): ReviewFigures {
	const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
	const facts = `SELECT r.id FROM reports r JOIN documents d ON d.id = r.document_id WHERE d.facts_only = 1`;
	const rows = db
		.prepare(
			`SELECT c.item_kind AS kind, c.action, c.field, COUNT(DISTINCT COALESCE(c.item_id, c.id)) AS n
			 FROM corrections c JOIN documents d ON d.id = c.document_id
			 WHERE d.facts_only = 1 AND c.user_name = ? AND c.applied = 1
			 GROUP BY c.item_kind, c.action, c.field`
		)
		.all(reviewer) as { kind: string; action: string; field: string | null; n: number }[];
	const out: ReviewFigures = {
		reviewer,
		items: 0,
		fields: {},
		dropped: 0,
		added: 0,
		reportFields: {}
	};
	for (const r of rows) {
		if (r.action === 'delete') out.dropped += r.n;
		else if (r.action === 'add') out.added += r.n;
		else if (r.kind === 'report') out.reportFields[r.field!] = r.n;
		else out.fields[r.field!] = (out.fields[r.field!] ?? 0) + r.n;
	}
	out.items =
		count(
			`SELECT COUNT(*) AS n FROM targets WHERE origin = 'machine' AND implied = 0 AND report_id IN (${facts})`
		) +
		count(
			`SELECT COUNT(*) AS n FROM results WHERE origin = 'machine' AND report_id IN (${facts})`
		) +
		out.dropped;
	return out;
}
