/**
 * Domain types shared by the extractor, the ledger (linking + judging), the loader, the server
 * and the tests. The extraction shapes follow tests/fixtures/gold/SCHEMA.md, which is the
 * contract of `npm run extract`; extra fields (offsets, section, confidence) are allowed.
 *
 * Offsets: `start`/`end` are UTF-16 code-unit offsets into the *document text* — the plain
 * text the reader produced for the whole file (for .txt the decoded file minus a BOM; for HTML
 * the extracted text). `text.slice(start, end) === quote` always holds.
 */

/**
 * How the ledger treats a report: an annual report (targets for its year, results of the last)
 * or an interim one (progress within its year). The contract's finer kind — `q3` for a
 * three-quarter summary, `news` for a news article of a town congress — is `contractKind`.
 */
export type ReportKind = 'annual' | 'midyear';
/** The kind as SCHEMA.md and the real corpus annotate it. */
export type ContractKind = 'annual' | 'midyear' | 'q3' | 'news';
/** What carried the report: the report itself, or a news article that quotes it. */
export type Genre = 'report' | 'news';
export type Tier = 'headline' | 'plan';
export type Measure = 'growth' | 'avg_growth' | 'level';
export type Bound =
	'exactly' | 'at_least' | 'at_most' | 'about' | 'range' | 'above' | 'in_step_with' | 'above_ref';
export type Modality = '力争' | '确保' | '争取' | '努力';
/** 'year' | 'H1' | 'M1-9' (year to date through month N) | '5y' (five-year term). */
export type Period = 'year' | 'H1' | '5y' | `M1-${number}`;
export type SectionKind = 'review' | 'targets' | 'plan' | 'five_year' | 'problems' | 'other';

/** Where a shown number came from. */
export interface Provenance {
	/** Document file name (data/reports/…). */
	source: string;
	/** Database id of the document, when stored. */
	documentId?: number;
	/** Database id of the report, when stored. */
	reportId?: number;
	quote: string;
	start: number;
	end: number;
}

export interface Section {
	kind: SectionKind;
	heading: string;
	start: number;
	end: number;
}

export interface TargetItem {
	indicator: string | null;
	text: string;
	year: number;
	tier: Tier;
	measure: Measure;
	value: number | null;
	unit: string | null;
	bound: Bound;
	high?: number;
	ref?: string;
	modality?: Modality;
	scope?: string;
	quote: string;
	start: number;
	end: number;
	section?: SectionKind;
	confidence?: number;
}

export interface ResultItem {
	indicator: string | null;
	text: string;
	year: number;
	period: Period;
	scope?: string;
	value: number | null;
	unit: string | null;
	growth: number | null;
	completion: number | null;
	estimated: boolean;
	bound?: 'at_least' | 'about';
	claim?: 'exceeded' | 'completed';
	quote: string;
	start: number;
	end: number;
	section?: SectionKind;
	confidence?: number;
}

export interface ReportMeta {
	/** Town name with its 镇/乡/街道 suffix. */
	town: string;
	county?: string | null;
	city?: string | null;
	province?: string | null;
	kind: ReportKind;
	/** Interim reports: the last month the report covers (6 after 上半年, 9 after 前三季度). */
	throughMonth?: number | null;
	genre?: Genre;
	reportYear: number;
	reviewYear: number;
	/** YYYY-MM-DD */
	delivered: string | null;
	/** YYYY-MM-DD */
	published: string | null;
	title?: string | null;
	session?: string | null;
	speaker?: string | null;
	publisher?: string | null;
	indexNumber?: string | null;
}

export interface Report extends ReportMeta {
	/** Span of this report inside the document text. */
	start: number;
	end: number;
	sections: Section[];
	targets: TargetItem[];
	results: ResultItem[];
}

/** The contract's kind of a report: q3 and news refine the ledger's two kinds. */
export function contractKind(r: Pick<ReportMeta, 'kind' | 'throughMonth' | 'genre'>): ContractKind {
	if (r.kind === 'midyear') return r.throughMonth === 9 ? 'q3' : 'midyear';
	return r.genre === 'news' ? 'news' : 'annual';
}

/** One element of `npm run extract` output. */
export interface ExtractedDocument {
	source: string;
	encoding?: string;
	reports: Report[];
	error?: string;
}

export type Status =
	'met' | 'missed' | 'on_track' | 'behind' | 'not_reported' | 'pending' | 'unclear';
export type Basis = 'following_report' | 'midyear' | 'stated_completion' | 'computed' | 'manual';

/** The verdict on one target against one kind of evidence. */
export interface Assessment {
	status: Status;
	basis: Basis | null;
	/** Growth: percentage points (actual − target). Level: actual / target. */
	margin: number | null;
	marginUnit: 'pp' | 'ratio' | null;
	confidence: number;
	/** Share of the year elapsed at the end of the period (mid-year basis). */
	expectedShare?: number | null;
	/** Flags such as 'related_indicator', 'estimate', 'computed_growth'. */
	flags: string[];
	note?: string;
}
