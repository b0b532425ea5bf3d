/**
 * Targets and results of one report. Input: the document text, its matching form (same
 * length, see reading/normalize.ts) and the report's span, years and sections.
 *
 * Rules work sentence by sentence, clause by clause, on the matching form; quotes are cut from
 * the original text with the same offsets.
 */
import type { Genre, ReportKind, ResultItem, Section, TargetItem } from '../types';
import { extractResults } from './results';
import { extractTargets } from './targets';
import { reportSentences } from './text';
import { makeZoning } from './zones';

export interface ItemContext {
	/** Original document text: quotes are cut from it. */
	text: string;
	/** normalizeForMatching(text): rules match on it; same offsets. */
	norm: string;
	report: {
		start: number;
		end: number;
		kind: ReportKind;
		/** Interim reports: the last month covered (6, 9, or N of 1—N月). */
		throughMonth?: number | null;
		/** A news article quoting the report: the targets it quotes are the main ones. */
		genre?: Genre;
		reportYear: number;
		reviewYear: number;
		sections: Section[];
	};
}

export interface Items {
	targets: TargetItem[];
	results: ResultItem[];
}

export function extractItems(ctx: ItemContext): Items {
	const { report, norm } = ctx;
	const zoning = makeZoning(report.sections, norm, report.start, report.end);
	// A report whose year the text does not give (reportYear 0) keeps its items undated: the
	// editor who imports it supplies the year, which then dates them.
	const keep = report.reportYear === 0 ? () => true : plausibleYear;
	const written = asWritten(ctx);
	// Targets and results read the same sentences: split once.
	const spans = reportSentences(norm, report.start, report.end);
	return {
		targets: extractTargets(ctx, zoning, spans).filter(keep).map(written),
		results: extractResults(ctx, zoning, spans).filter(keep).map(written)
	};
}

/**
 * The phrase as the report writes it (城鎮居民收入 on a traditional page): rules read the matching
 * form, so a phrase found inside its quote is taken back from the original at the same offsets.
 * A phrase the rules composed (a name carried from an earlier clause) stays as composed.
 */
function asWritten(ctx: ItemContext) {
	const written = (phrase: string, start: number, end: number): string => {
		const at = ctx.norm.slice(start, end).indexOf(phrase);
		return at < 0 ? phrase : ctx.text.slice(start + at, start + at + phrase.length);
	};
	// The scope too (過億元項目): a part of the figure named as the page writes it.
	return <T extends { text: string; start: number; end: number; scope?: string }>(item: T): T => {
		const text = item.text ? written(item.text, item.start, item.end) : item.text;
		const scope = item.scope ? written(item.scope, item.start, item.end) : item.scope;
		return text === item.text && scope === item.scope ? item : { ...item, text, scope };
	};
}

/** Work reports speak of years since the founding of the PRC; anything else is damaged text. */
export const FIRST_YEAR = 1949;
export const LAST_YEAR = 2100;
function plausibleYear(item: { year: number }): boolean {
	return Number.isInteger(item.year) && item.year >= FIRST_YEAR && item.year <= LAST_YEAR;
}
