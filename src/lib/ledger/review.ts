/**
 * The second reader's review of the bundled real ledger (data/ledger/review.json): corrections
 * to fields, items marked wrong and items the extractor missed, each with a reason. They are
 * applied at load time as editors' corrections (src/lib/server/db/corrections.ts) under the
 * reviewer's name, never written into ledger.json. Pure: parsing, finding the item a review
 * entry is about, and the share of items corrected.
 */
import type { LedgerDataset, LedgerPage, LedgerReport } from './dataset';
import { MAX_QUOTE } from './dataset';

export const REVIEWER = 'ledger-review';

export type ReviewItemKind = 'report' | 'target' | 'result';

/** The report of a page a review entry is about: its town and report year in ledger.json. */
export interface ReviewReportRef {
	town: string;
	reportYear: number;
}

/** The item: a target or result by its quote (or its index in the report), or the report. */
export interface ReviewItemRef {
	kind: ReviewItemKind;
	quote?: string;
	index?: number;
}

export type Scalar = string | number | boolean | null;

export interface ReviewCorrection {
	page: string;
	report: ReviewReportRef;
	item: ReviewItemRef;
	field: string;
	old: Scalar;
	new: Scalar;
	reason: string;
}

export interface ReviewWrong {
	page: string;
	report: ReviewReportRef;
	item: ReviewItemRef;
	reason: string;
}

/** An item the extractor missed: its fields, quote and offsets in the page text. */
export interface ReviewAdded {
	page: string;
	report: ReviewReportRef;
	kind: 'target' | 'result';
	quote: string;
	start: number;
	end: number;
	fields: Record<string, Scalar>;
	reason: string;
}

export interface Review {
	reviewer: string;
	/** YYYY-MM-DD: when the second reading was done (the corrections' date). */
	reviewedAt: string;
	/** The extractor version whose output was read. */
	extractorVersion: string;
	/** Pages read against the extracted facts (with or without corrections). */
	pages: string[];
	corrections: ReviewCorrection[];
	wrong: ReviewWrong[];
	added: ReviewAdded[];
}

export class ReviewFormatError extends Error {}

export function emptyReview(): Review {
	return {
		reviewer: REVIEWER,
		reviewedAt: '1970-01-01',
		extractorVersion: '',
		pages: [],
		corrections: [],
		wrong: [],
		added: []
	};
}

/** Parses review.json; throws naming the entry that is malformed. */
export function readReview(json: string, file = 'review.json'): Review {
	let data: Partial<Review>;
	try {
		data = JSON.parse(json) as Partial<Review>;
	} catch (err) {
		throw new ReviewFormatError(`${file}: not JSON (${(err as Error).message})`);
	}
	const review: Review = { ...emptyReview(), ...data };
	if (!/^\d{4}-\d{2}-\d{2}$/.test(review.reviewedAt))
		throw new ReviewFormatError(`${file}: reviewedAt must be YYYY-MM-DD`);
	const check = (
		e: { page?: unknown; report?: ReviewReportRef; reason?: unknown },
		what: string,
		i: number
	) => {
		const where = `${file}: ${what} #${i + 1}`;
		if (typeof e.page !== 'string') throw new ReviewFormatError(`${where}: page missing`);
		if (typeof e.report?.town !== 'string' || typeof e.report?.reportYear !== 'number')
			throw new ReviewFormatError(`${where}: report {town, reportYear} missing`);
		if (typeof e.reason !== 'string' || !e.reason.trim())
			throw new ReviewFormatError(`${where}: a reason is required`);
	};
	review.corrections.forEach((c, i) => {
		check(c, 'correction', i);
		if (typeof c.field !== 'string' || !c.item?.kind)
			throw new ReviewFormatError(`${file}: correction #${i + 1}: item and field required`);
	});
	review.wrong.forEach((w, i) => {
		check(w, 'wrong item', i);
		if (w.item?.kind !== 'target' && w.item?.kind !== 'result')
			throw new ReviewFormatError(`${file}: wrong item #${i + 1}: a target or result`);
	});
	review.added.forEach((a, i) => {
		check(a, 'added item', i);
		if (
			(a.kind !== 'target' && a.kind !== 'result') ||
			typeof a.quote !== 'string' ||
			a.quote.length > MAX_QUOTE ||
			a.end - a.start !== a.quote.length
		)
			throw new ReviewFormatError(`${file}: added item #${i + 1}: kind, quote and offsets`);
	});
	return review;
}

/** The index of the report a review entry names on its page, or null. */
export function findReviewReport(page: LedgerPage, ref: ReviewReportRef): number | null {
	const i = page.reports.findIndex((r) => r.town === ref.town && r.reportYear === ref.reportYear);
	return i >= 0 ? i : null;
}

/** The index of the item a review entry names in its report, or null. */
export function findReviewItem(report: LedgerReport, ref: ReviewItemRef): number | null {
	if (ref.kind === 'report') return null;
	const list: { quote: string }[] = ref.kind === 'target' ? report.targets : report.results;
	if (typeof ref.index === 'number')
		return ref.index >= 0 && ref.index < list.length ? ref.index : null;
	const i = list.findIndex((x) => x.quote === ref.quote);
	return i >= 0 ? i : null;
}

/** A review entry that no longer finds its report or item in the dataset. */
export interface ReviewProblem {
	page: string;
	entry: string;
	problem: string;
}

/** Entries of the review that do not resolve against the dataset (pages missing, items gone). */
export function reviewProblems(data: LedgerDataset, review: Review): ReviewProblem[] {
	const pages = new Map(data.pages.map((p) => [p.id, p]));
	const out: ReviewProblem[] = [];
	const at = (
		e: { page: string; report: ReviewReportRef },
		label: string,
		item?: ReviewItemRef
	) => {
		const page = pages.get(e.page);
		if (!page) return out.push({ page: e.page, entry: label, problem: 'page not in the dataset' });
		const r = findReviewReport(page, e.report);
		if (r === null)
			return out.push({
				page: e.page,
				entry: label,
				problem: `no report ${e.report.town} ${e.report.reportYear}`
			});
		if (item && item.kind !== 'report' && findReviewItem(page.reports[r], item) === null)
			out.push({
				page: e.page,
				entry: label,
				problem: `no ${item.kind} «${item.quote ?? item.index}»`
			});
	};
	for (const c of review.corrections)
		at(c, `${c.field} ${String(c.old)} → ${String(c.new)}`, c.item);
	for (const w of review.wrong) at(w, 'wrong', w.item);
	for (const a of review.added) at(a, `add «${a.quote}»`);
	return out;
}

export interface ReviewShares {
	/** Extracted targets and results on the reviewed pages (the denominator). */
	items: number;
	/** Per field: items whose field the reviewer corrected, and the share of `items`. */
	fields: Record<string, { n: number; share: number }>;
	/** Items marked wrong (dropped). */
	wrong: { n: number; share: number };
	/** Items the extractor missed (added), as a count and relative to `items`. */
	added: { n: number; share: number };
	/** Items with at least one correction or dropped. */
	touched: { n: number; share: number };
	/** Report-level corrections (town, years…) per field, counted over reports. */
	reports: number;
	reportFields: Record<string, number>;
}

/** The share of extracted items the review corrected, by field. */
export function reviewShares(data: LedgerDataset, review: Review): ReviewShares {
	const reviewed = new Set(review.pages);
	let items = 0;
	let reports = 0;
	for (const p of data.pages)
		if (reviewed.has(p.id))
			for (const r of p.reports) {
				reports++;
				items += r.targets.length + r.results.length;
			}
	const share = (n: number) => ({ n, share: items ? n / items : 0 });
	const byField = new Map<string, Set<string>>();
	const reportFields: Record<string, number> = {};
	const touched = new Set<string>();
	const key = (e: { page: string; report: ReviewReportRef; item: ReviewItemRef }) =>
		`${e.page}|${e.report.town}|${e.report.reportYear}|${e.item.kind}|${e.item.quote ?? e.item.index}`;
	for (const c of review.corrections) {
		if (c.item.kind === 'report') {
			reportFields[c.field] = (reportFields[c.field] ?? 0) + 1;
			continue;
		}
		const set = byField.get(c.field) ?? new Set<string>();
		set.add(key(c));
		byField.set(c.field, set);
		touched.add(key(c));
	}
	for (const w of review.wrong) touched.add(key(w));
	const fields: ReviewShares['fields'] = {};
	for (const [f, s] of [...byField].sort((a, b) => b[1].size - a[1].size))
		fields[f] = share(s.size);
	return {
		items,
		fields,
		wrong: share(new Set(review.wrong.map(key)).size),
		added: share(review.added.length),
		touched: share(touched.size),
		reports,
		reportFields
	};
}
