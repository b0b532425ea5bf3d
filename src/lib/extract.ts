/**
 * The extraction pipeline for one document: reading → splitting → metadata → sections →
 * numbers → targets/results. Pure: bytes in, structured reports out (no I/O). Text and HTML
 * extract synchronously (extractDocument); Word .docx and PDF need extractDocumentAsync, whose
 * readers are asynchronous (the rest of the pipeline is the same).
 */
import { extractItems } from './items/index';
import { isUploadLine, pageFacts } from './reading/chrome';
import { readDocument, readDocumentAsync, type ReadDocument } from './reading/index';
import { sourceOffset } from './reading/glosses';
import { analyzeLines } from './reading/layout';
import {
	hasReportSignal,
	isAboveTownReport,
	namesCongress,
	reportMeta,
	statesYearTargets,
	tellsOfMeeting
} from './metadata/index';
import { normalizeForMatching } from './reading/normalize';
import { findSections } from './sections/index';
import { isTitleLine, splitReports } from './splitting/index';
import {
	contractKind,
	type ContractKind,
	type ExtractedDocument,
	type Report,
	type ResultItem,
	type TargetItem
} from './types';

/** Bump when extraction output changes, so the loader re-extracts stored documents. */
export const EXTRACTOR_VERSION = '0.13.0';

/** A heading line naming an overview of a place rather than a report: 某镇概况, 某乡简介. */
const OVERVIEW =
	/(?:^|\n)[^\n]{0,30}(?:概况|简介|概述)\s*(?:\n|$)|(?:^|\n)[^\n，,。]{2,20}?(?:镇|乡|街道)(?:位于|地处|坐落于|地理位置)/;

export interface ExtractInput {
	fileName: string;
	bytes: Uint8Array;
}

/** Facts about the web page that carried the document (chrome set aside from the text). */
export interface PageMeta {
	published: string | null;
	publisher: string | null;
	indexNumber: string | null;
	sourceUrl: string | null;
}

export interface DocumentExtraction extends ExtractedDocument {
	/** The document text every offset points into. */
	text: string;
	/** The text as read before reading aids were left out (see ReadDocument.original). */
	original?: ReadDocument['original'];
	encoding: string;
	page: PageMeta;
	reports: Report[];
}

export class ExtractError extends Error {
	constructor(
		readonly fileName: string,
		message: string
	) {
		super(`${fileName}: ${message}`);
	}
}

/** A .txt or .html document (Word and PDF: extractDocumentAsync). Throws ExtractError. */
export function extractDocument(input: ExtractInput): DocumentExtraction {
	if (input.bytes.length === 0) throw new ExtractError(input.fileName, 'empty file');
	let doc;
	try {
		doc = readDocument(input.fileName, input.bytes);
	} catch (err) {
		throw new ExtractError(input.fileName, readFailure(err));
	}
	return extractRead(input.fileName, doc);
}

/** Any supported document: .txt, .html, .docx or .pdf. Rejects with ExtractError. */
export async function extractDocumentAsync(input: ExtractInput): Promise<DocumentExtraction> {
	if (input.bytes.length === 0) throw new ExtractError(input.fileName, 'empty file');
	let doc;
	try {
		doc = await readDocumentAsync(input.fileName, input.bytes);
	} catch (err) {
		throw new ExtractError(input.fileName, readFailure(err));
	}
	return extractRead(input.fileName, doc);
}

/** DecodeError and ReadError carry the reader's own message. */
function readFailure(err: unknown): string {
	return err instanceof Error ? err.message : String(err);
}

function extractRead(fileName: string, doc: ReadDocument): DocumentExtraction {
	const { text, norm } = doc;
	if (hasControlBytes(text.slice(0, 4096)))
		throw new ExtractError(fileName, 'binary data, not a text document');
	const lines = analyzeLines(text, norm, doc.lines);
	const facts = pageFacts(lines.filter((l) => l.chrome).map((l) => l.t));
	// A publication label on a line kept as text (a title carrying its date) still counts.
	facts.published ??= pageFacts(
		lines
			.filter(
				(l) =>
					!l.chrome &&
					l.t.length <= 100 &&
					!/。$/.test(l.t) &&
					// a headline carrying its dateline: …开幕 2031-12-20 09:30 来源：…
					(/发布(?:时间|日期)/.test(l.t) ||
						isUploadLine(l.t) ||
						// a line opening on a timestamp: 2023-04-25 15:10:15 某文档网
						/^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}/.test(l.t) ||
						/^\d{1,2}\.\d{1,2}\.\d{4}\s+\d{1,2}:\d{2}$/.test(l.t) ||
						/来\s*源\s*[:：]\s*\S{2,30}\s+\d{4}-\d{1,2}-\d{1,2}/.test(l.t) ||
						/\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}.{0,20}来源/.test(l.t))
			)
			.map((l) => l.t)
	).published;
	// A page's own date line among the first lines of text (创建于…, 来源…2024年02月02日, • 2025-02-28
	// 14:50), but not a report's date of delivery (a bare 2024年1月9日, a line naming the session).
	facts.published ??= pageFacts(
		lines
			.filter((l) => !l.blank)
			.slice(0, 12)
			.filter((l) => l.t.length <= 160 && !BARE_CN_DATE.test(l.t) && !/会议|大会/.test(l.t))
			.map((l) => l.t)
	).published;
	const page: PageMeta = { ...facts, sourceUrl: facts.sourceUrl ?? doc.pageUrl };

	const spans = splitReports(lines);
	const reports: Report[] = [];
	spans.forEach((span, k) => {
		// The HTML <title> describes the page's first report too.
		const extraTitles: string[] = [];
		if (k === 0 && doc.pageTitle) extraTitles.push(normTitle(normalizeForMatching(doc.pageTitle)));
		const sections = findSections({ text, norm, lines, span });
		const preamble = spans.length === 1 ? lines.slice(0, span.firstLine) : [];
		const meta = reportMeta({ text, norm, lines, span, page, extraTitles, sections, preamble });
		// A county's or city's report is not a town's: no report, never a wrong town.
		if (!meta.town && isAboveTownReport(norm.slice(span.start, span.end))) return;
		const items = extractItems({
			text,
			norm,
			report: {
				start: span.start,
				end: span.end,
				kind: meta.kind,
				throughMonth: meta.throughMonth ?? null,
				genre: meta.genre,
				reportYear: meta.reportYear,
				reviewYear: meta.reviewYear,
				sections
			}
		});
		const own = [
			...extraTitles,
			...preamble.map((l) => l.t),
			norm.slice(span.start, span.end)
		].join('\n');
		const empty = !items.targets.length && !items.results.length;
		// (tested once: the test reads the whole report when it finds no signal)
		const signal = hasReportSignal(own);
		if (empty && !signal) return;
		// 某镇概况 / 简介: an overview of the town quotes its figures but reports on no year's work
		if (!signal && OVERVIEW.test(normalizeForMatching(own.slice(0, 400)))) return;
		// a news item of another meeting (动员大会, 推进会) yields no report; one quoting the year's
		// targets does, and so does one that tells of no meeting (a town's figures, an interview)
		if (
			meta.genre === 'news' &&
			!namesCongress(own) &&
			!statesYearTargets(own) &&
			tellsOfMeeting(own.slice(0, 800))
		)
			return;
		reports.push({
			...meta,
			start: span.start,
			end: span.end,
			sections,
			targets: items.targets,
			results: items.results
		});
	});

	return {
		source: fileName,
		text,
		...(doc.original ? { original: doc.original } : {}),
		encoding: doc.encoding,
		page,
		reports: dropEmptyTwins(dropTownless(reports))
	};
}

/**
 * In a document of several reports, one without a town is a fragment (an index entry, a
 * related-reports list) when the others name theirs. When none names a town (a 范文 page whose
 * page title repeats the report's), the ones with figures stay, or the first.
 */
function dropTownless(reports: Report[]): Report[] {
	if (reports.length < 2) return reports;
	if (reports.some((r) => r.town)) return reports.filter((r) => r.town);
	const read = reports.filter((r) => r.targets.length + r.results.length > 0);
	return read.length ? read : reports.slice(0, 1);
}

/**
 * A report with nothing read that has a twin (same town, kind and year) in the document is the
 * twin's own title or cover split off (a document title repeated above the report), not a
 * report of its own; so is a short empty one beside a report of its town with figures.
 */
function dropEmptyTwins(reports: Report[]): Report[] {
	const key = (r: Report) => `${r.town}|${r.kind}|${r.reportYear}`;
	const size = (r: Report) => r.targets.length + r.results.length;
	return reports.filter(
		(r, i) =>
			size(r) > 0 ||
			!r.town ||
			// of empty twins the first stays
			(!reports.some((o, j) => j !== i && key(o) === key(r) && (size(o) > 0 || j < i)) &&
				// a page's metadata block (名称: 某镇2025年政府工作报告) read as a report of its own,
				// beside the report itself, whatever year each was given
				!(
					r.end - r.start < SHORT_FRAGMENT &&
					reports.some((o) => o !== r && o.town === r.town && size(o) > 0)
				))
	);
}

/** 2024年1月9日 alone on a line: under a title, the date the report was delivered. */
const BARE_CN_DATE = /^[\s(（—-]*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[\s)）]*$/;

/** Shorter than any report: a title, a metadata block or a cover split off the report. */
const SHORT_FRAGMENT = 400;

/**
 * A report in the shape of the extraction contract (SCHEMA.md): an unknown town or year is
 * `null` there, where the pipeline keeps '' and 0 so the loader can ask an editor for them.
 */
type Undated<T extends { year: number }> = Omit<T, 'year'> & { year: number | null };
export type ContractReport = Omit<
	Report,
	'kind' | 'town' | 'reportYear' | 'reviewYear' | 'targets' | 'results'
> & {
	kind: ContractKind;
	town: string | null;
	reportYear: number | null;
	reviewYear: number | null;
	targets: Undated<TargetItem>[];
	results: Undated<ResultItem>[];
};

export function contractReport(
	r: Report,
	original?: DocumentExtraction['original']
): ContractReport {
	// Offsets and quotes in the source's own terms: the contract's quotes are found verbatim in
	// the file, reading aids and all.
	const at = (i: number) => (original ? sourceOffset(original.cuts, i) : i);
	const placed = <T extends { start: number; end: number; quote: string }>(x: T): T =>
		original
			? {
					...x,
					start: at(x.start),
					end: at(x.end),
					quote: original.text.slice(at(x.start), at(x.end))
				}
			: x;
	// Items of a report whose year the text never gives are undated (year 0) too.
	const dated = <T extends { year: number; start: number; end: number; quote: string }>(x: T) => ({
		...placed(x),
		year: x.year || null
	});
	return {
		...r,
		...(original
			? {
					start: at(r.start),
					end: at(r.end),
					sections: r.sections.map((s) => ({ ...s, start: at(s.start), end: at(s.end) }))
				}
			: {}),
		targets: r.targets.map(dated),
		results: r.results.map(dated),
		kind: contractKind(r),
		town: r.town || null,
		reportYear: r.reportYear || null,
		reviewYear: r.reviewYear || null
	};
}

function normTitle(t: string): string {
	// "<title>" often carries the site name after a separator: keep the part naming the report.
	const parts = t.split(/\s*[_|｜\-—]+\s*/);
	return (parts.find((p) => isTitleLine(p)) ?? parts[0]).trim();
}

/** Control characters other than tab and line breaks mark a binary file decoded as text. */
function hasControlBytes(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) return true;
	}
	return false;
}
