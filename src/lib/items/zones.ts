/**
 * Which part of a report a position lies in: the sections the section stage found, or, when it
 * found none, a fallback from heading lines. Only the kinds matter to the item rules.
 */
import type { Section, SectionKind } from '../types';

export interface Zoning {
	kindAt(pos: number): SectionKind;
	/** Where the innermost section holding pos starts (-1 when none does). */
	startAt(pos: number): number;
}

const REVIEW_HEAD =
	/回顾|总结|完成情况|推进情况|工作情况|上半年(?:政府)?工作$|过去(?:一|五)年|五年来/;
const FIVE_YEAR_HEAD =
	/今后五年|未来五年|五年(?:发展)?(?:目标|规划)|十[四五六]五.{0,4}(?:目标|规划)/;
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
	return {
		kindAt: (pos) => at(pos)?.kind ?? 'other',
		startAt: (pos) => at(pos)?.start ?? -1
	};
}
