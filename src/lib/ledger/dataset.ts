/**
 * The bundled real ledger (data/ledger/ledger.json): the facts the extractor found in pages of
 * the real ledger fixtures (tests/fixtures/ledger), without the pages' text. Per report its
 * place, kind and years; per target and result the extracted fields and a quote of at most 40
 * characters with its exact offsets in the page text. Pure: building and reading only; the
 * ledger command and the loader do the file work.
 */
import type { ContractKind, Genre, Report, ReportKind, ResultItem, TargetItem } from '../types';
import { contractKind } from '../types';

export const LEDGER_FORMAT = 1;
/** The longest quote the dataset keeps of a page. */
export const MAX_QUOTE = 40;

/** One page of tests/fixtures/ledger/manifest.json (the fields the dataset uses). */
export interface LedgerManifestPage {
	id: string;
	address: string;
	query: string;
	rank: number;
	sha256: string;
	length?: number;
	town?: string | null;
	county?: string | null;
	province?: string | null;
	kind?: string | null;
	reportYear?: number | null;
	reviewYear?: number | null;
	published?: string | null;
}

/** An extracted item as the dataset keeps it: the domain item without the extractor's hints. */
export type LedgerTarget = Omit<TargetItem, 'section' | 'confidence'>;
export type LedgerResult = Omit<ResultItem, 'section' | 'confidence'>;

export interface LedgerReport {
	town: string;
	county: string | null;
	city: string | null;
	province: string | null;
	kind: ReportKind;
	contractKind: ContractKind;
	throughMonth: number | null;
	genre: Genre | null;
	reportYear: number;
	reviewYear: number;
	delivered: string | null;
	published: string | null;
	/** The report's span in the page text. */
	start: number;
	end: number;
	/** Fields taken from the manifest because the extractor gave none. */
	fromManifest: string[];
	targets: LedgerTarget[];
	results: LedgerResult[];
}

export interface LedgerPage {
	/** The manifest's page id (L-…). */
	id: string;
	/** The page's address: the source every fact of it cites. */
	source: string;
	sha256: string;
	length: number;
	/** The manifest's kind of page (annual, news, summary, q3…). */
	pageKind: string | null;
	reports: LedgerReport[];
	/**
	 * The extractor that read a page kept from an earlier build (its text missing here), when it
	 * is not the dataset's; absent on pages read by the dataset's own extractor.
	 */
	extractorVersion?: string;
}

export interface MissingPage {
	id: string;
	address: string;
	query: string;
	rank: number;
}

export interface LedgerDataset {
	format: typeof LEDGER_FORMAT;
	/** EXTRACTOR_VERSION of the extraction the facts come from. */
	extractorVersion: string;
	pages: LedgerPage[];
	/** Manifest pages whose text was missing at the last build (kept from before when built then). */
	missing: MissingPage[];
}

export class LedgerFormatError extends Error {}

/** The ≤40-character span of a quote around its figure; offsets stay exact in the page text. */
export function shortQuote(
	quote: string,
	start: number,
	figures: (number | null | undefined)[],
	max = MAX_QUOTE
): { quote: string; start: number; end: number } {
	if (quote.length <= max) return { quote, start, end: start + quote.length };
	const numbers = [...quote.matchAll(/[0-9０-９]+(?:[.．][0-9０-９]+)?/g)].map((m) => ({
		at: m.index,
		end: m.index + m[0].length,
		n: Number(m[0].replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
	}));
	const wanted = figures.filter((f): f is number => typeof f === 'number' && Number.isFinite(f));
	const fig =
		numbers.find((x) => wanted.some((w) => Math.abs(Math.abs(w) - x.n) < 1e-9)) ?? numbers[0];
	let from: number;
	let to: number;
	if (!fig) {
		from = 0;
		to = max;
	} else {
		// The figure with its unit after it (亿元以上, %), the words before it up to the limit.
		const unit = /^[^\s,，;；、。:：()（）]{0,6}/.exec(quote.slice(fig.end))![0];
		to = Math.min(quote.length, fig.end + unit.length);
		from = Math.max(0, to - max);
		if (from > fig.at) from = fig.at;
		to = Math.min(to, from + max);
		if (from > 0) {
			// Start after a clause break rather than inside a word, when one lies before the figure.
			const head = quote.slice(from, fig.at);
			const brk = Math.max(...[...',，;；、。:：'].map((c) => head.lastIndexOf(c)));
			if (brk >= 0 && brk < head.length - 1) from += brk + 1;
		}
	}
	return { quote: quote.slice(from, to), start: start + from, end: start + to };
}

function ledgerTarget(t: TargetItem): LedgerTarget {
	const q = shortQuote(t.quote, t.start, [t.value, t.high]);
	const out: LedgerTarget = {
		indicator: t.indicator,
		text: t.text,
		year: t.year,
		tier: t.tier,
		measure: t.measure,
		value: t.value,
		unit: t.unit,
		bound: t.bound
	} as LedgerTarget;
	if (t.high !== undefined) out.high = t.high;
	if (t.ref !== undefined) out.ref = t.ref;
	if (t.modality !== undefined) out.modality = t.modality;
	if (t.scope !== undefined) out.scope = t.scope;
	return { ...out, ...q };
}

function ledgerResult(r: ResultItem): LedgerResult {
	const q = shortQuote(r.quote, r.start, [r.value, r.growth, r.completion]);
	const out = {
		indicator: r.indicator,
		text: r.text,
		year: r.year,
		period: r.period,
		value: r.value,
		unit: r.unit,
		growth: r.growth,
		completion: r.completion,
		estimated: r.estimated
	} as LedgerResult;
	if (r.scope !== undefined) out.scope = r.scope;
	if (r.bound !== undefined) out.bound = r.bound;
	if (r.claim !== undefined) out.claim = r.claim;
	return { ...out, ...q };
}

/** One page's facts: the extractor's reports, with the manifest filling what it lacks. */
export function ledgerPage(page: LedgerManifestPage, text: string, reports: Report[]): LedgerPage {
	return {
		id: page.id,
		source: page.address,
		sha256: page.sha256,
		length: text.length,
		pageKind: page.kind ?? null,
		reports: reports.map((r) => {
			const fromManifest: string[] = [];
			const fill = <T>(field: string, own: T, manifest: T | null | undefined): T => {
				if (own || manifest == null || manifest === '') return own;
				fromManifest.push(field);
				return manifest;
			};
			return {
				town: fill('town', r.town, page.town),
				county: fill('county', r.county ?? null, page.county),
				city: r.city ?? null,
				province: fill('province', r.province ?? null, page.province),
				kind: r.kind,
				contractKind: contractKind(r),
				throughMonth: r.throughMonth ?? null,
				genre: r.genre ?? null,
				reportYear: fill('reportYear', r.reportYear, page.reportYear),
				reviewYear: fill('reviewYear', r.reviewYear, page.reviewYear),
				delivered: r.delivered,
				published: fill('published', r.published, page.published),
				start: r.start,
				end: r.end,
				fromManifest,
				targets: r.targets.map(ledgerTarget),
				results: r.results.map(ledgerResult)
			};
		})
	};
}

/**
 * The dataset from the pages built now and, for manifest pages whose text is missing, the
 * same page of the previous dataset when its sha256 still matches the manifest.
 */
export function assembleLedger(
	manifest: LedgerManifestPage[],
	built: Map<string, LedgerPage>,
	previous: LedgerDataset | null,
	extractorVersion: string
): LedgerDataset {
	const before = new Map((previous?.pages ?? []).map((p) => [p.id, p]));
	const pages: LedgerPage[] = [];
	const missing: MissingPage[] = [];
	for (const m of manifest) {
		const page = built.get(m.id);
		if (page) {
			pages.push(page);
			continue;
		}
		missing.push({ id: m.id, address: m.address, query: m.query, rank: m.rank });
		const kept = before.get(m.id);
		if (kept && kept.sha256 === m.sha256) {
			const readBy = kept.extractorVersion ?? previous!.extractorVersion;
			const { extractorVersion: _, ...rest } = kept;
			pages.push(readBy === extractorVersion ? rest : { ...rest, extractorVersion: readBy });
		}
	}
	pages.sort((a, b) => a.id.localeCompare(b.id));
	return { format: LEDGER_FORMAT, extractorVersion, pages, missing };
}

/** Parses ledger.json, checking its shape and that every quote fits its offsets and limit. */
export function readLedger(json: string, file = 'ledger.json'): LedgerDataset {
	let data: LedgerDataset;
	try {
		data = JSON.parse(json) as LedgerDataset;
	} catch (err) {
		throw new LedgerFormatError(`${file}: not JSON (${(err as Error).message})`);
	}
	if (data?.format !== LEDGER_FORMAT)
		throw new LedgerFormatError(`${file}: format ${String(data?.format)}, expected 1`);
	if (typeof data.extractorVersion !== 'string' || !Array.isArray(data.pages))
		throw new LedgerFormatError(`${file}: extractorVersion and pages required`);
	const seen = new Set<string>();
	for (const p of data.pages) {
		if (typeof p.id !== 'string' || seen.has(p.id))
			throw new LedgerFormatError(`${file}: page id missing or repeated`);
		seen.add(p.id);
		if (typeof p.source !== 'string' || !/^[0-9a-f]{64}$/.test(p.sha256 ?? ''))
			throw new LedgerFormatError(`${file}: page ${p.id}: source and sha256 required`);
		for (const r of p.reports ?? []) {
			for (const it of [...r.targets, ...r.results]) {
				if (
					typeof it.quote !== 'string' ||
					it.quote.length > MAX_QUOTE ||
					it.end - it.start !== it.quote.length
				)
					throw new LedgerFormatError(`${file}: page ${p.id}: quote «${it.quote}» malformed`);
			}
		}
	}
	data.missing ??= [];
	return data;
}

/** A report of the dataset in the pipeline's shape, for the store (no sections, no text). */
export function toReport(r: LedgerReport): Report {
	return {
		town: r.town,
		county: r.county,
		city: r.city,
		province: r.province,
		kind: r.kind,
		throughMonth: r.throughMonth,
		genre: r.genre ?? undefined,
		reportYear: r.reportYear,
		reviewYear: r.reviewYear,
		delivered: r.delivered,
		published: r.published,
		start: r.start,
		end: r.end,
		sections: [],
		targets: r.targets.map((t) => ({ ...t })),
		results: r.results.map((x) => ({ ...x }))
	};
}

/** Serialised as committed: tabs, one trailing newline (stable, so its sha256 is too). */
export function ledgerJson(d: LedgerDataset): string {
	return JSON.stringify(d, null, '\t') + '\n';
}
