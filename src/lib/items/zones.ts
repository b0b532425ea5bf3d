/**
 * Which part of a report a position lies in: the sections the section stage found, or, when it
 * found none, a fallback from heading lines. Only the kinds matter to the item rules.
 */
import type { Section, SectionKind } from '../types';
import { normalizeForMatching } from '../reading/normalize';

export interface Zoning {
	kindAt(pos: number): SectionKind;
	/** Where the innermost section holding pos starts (-1 when none does). */
	startAt(pos: number): number;
	/** The heading of the outermost section holding pos ('' when none does). */
	partHeadingAt(pos: number): string;
}

const REVIEW_HEAD =
	/回顾|总结|完成情况|推进情况|工作情况|上半年(?:政府)?工作$|过去(?:一|五)年|五年来/;
const FIVE_YEAR_HEAD =
	/今后五年|未来五年|五年(?:发展)?(?:目标|规划)|十[三四五六]五.{0,4}(?:目标|规划)/;
const PLAN_HEAD =
	/工作安排|工作思路|目标任务|工作目标|主要目标|主要工作|重点工作|工作重点|工作部署|总体部署|下半年|下一步|工作打算|工作建议/;
const PROBLEMS_HEAD = /问题|不足|困难和挑战/;

/** Short lines that look like headings, with the kind they open (null: not a zone switch). */
export function headingKind(line: string): SectionKind | null {
	const t = line.trim();
	if (t.length === 0 || t.length > 40) return null;
	if (/[。;]$/.test(t) && t.length > 25) return null;
	if (FIVE_YEAR_HEAD.test(t)) return 'five_year';
	if (REVIEW_HEAD.test(t)) return 'review';
	if (PLAN_HEAD.test(t)) return 'plan';
	if (PROBLEMS_HEAD.test(t) && /^[一二三四五六七八九十]、/.test(t)) return 'problems';
	return null;
}

export function fallbackSections(norm: string, start: number, end: number): Section[] {
	const out: Section[] = [];
	let pos = start;
	while (pos < end) {
		let nl = norm.indexOf('\n', pos);
		if (nl < 0 || nl > end) nl = end;
		const line = norm.slice(pos, nl);
		const kind = headingKind(line);
		if (kind) {
			const prev = out[out.length - 1];
			if (prev) prev.end = pos;
			out.push({ kind, heading: line.trim(), start: pos, end });
		}
		pos = nl + 1;
	}
	return out;
}

export function makeZoning(sections: Section[], norm: string, start: number, end: number): Zoning {
	const secs = (sections.length ? sections : fallbackSections(norm, start, end))
		.slice()
		.sort((a, b) => a.start - b.start);
	// The innermost (last-starting) section that contains pos.
	const at = (pos: number): Section | null => {
		let found: Section | null = null;
		for (const s of secs) {
			if (s.start > pos) break;
			if (pos < s.end) found = s;
		}
		return found;
	};
	// Headings are kept as written (過去五年的工作回顧); the rules read them simplified, once.
	const headings = secs.map((s) => normalizeForMatching(s.heading ?? ''));
	return {
		kindAt: (pos) => at(pos)?.kind ?? 'other',
		startAt: (pos) => at(pos)?.start ?? -1,
		partHeadingAt: (pos) => {
			const k = secs.findIndex((s) => s.start <= pos && pos < s.end);
			return k < 0 ? '' : headings[k];
		}
	};
}

/** Words that make a sentence a statement of intent, whatever its part. */
const INTENT =
	/力争|确保|争取|预计|预期|目标|计划|将|要|努力|拟|推动|实现.{0,6}(?:增长|突破)[^,，;；。]{0,12}以上/;
/** Outcome wording: a change against last year, or a year-to-date figure. */
const OUTCOME =
	/同比|比上年|较上年|比去年|较去年|增长了|增加了|下降了|(?:1|一)(?:-|至|到)\d{1,2}月|截[至止]/;
/** A sentence opening on a year, with the year: 2022年，… / 2022年全镇… / 去年，… */
const YEAR_OPENING =
	/^(?:[一二三四五六七八九十]+是|[(（]?[一二三四五六七八九十\d]+[)）、.]?)?\s*(?:(\d{4})\s*年(?!\s*\d{1,2}\s*月)|(去年|过去一年|一年来))/;

/**
 * A sentence that reports an outcome although its part is the plan: excerpts and reports with
 * unusual headings put review paragraphs under a plan-like heading (or none). It opens on a
 * year before the report's own, or states a change against last year without intent words.
 */
export function reportsOutcome(sentence: string, reportYear: number): boolean {
	const y = YEAR_OPENING.exec(sentence);
	if (y) {
		if (y[2]) return true;
		const year = Number(y[1]);
		if (reportYear > 0 && year < reportYear) return !INTENT.test(sentence.slice(0, 14));
	}
	return OUTCOME.test(sentence) && !INTENT.test(sentence);
}
