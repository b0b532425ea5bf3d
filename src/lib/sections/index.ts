/**
 * Sections of a report: which part of the text is the review, the statement of the year's main
 * targets, the five-year goals, the work plan, the problems, and the rest.
 *
 * Semantics (relied on by items/ to decide a target's tier and a result's context):
 * - Sections are offsets into the DOCUMENT text, in order, non-overlapping, and together cover
 *   the report span exactly (first.start === report.start, last.end === report.end, each
 *   section's end is the next one's start). Two neighbours never share a kind. A boundary falls
 *   at the start of a (trimmed) line, or of a sentence for a statement cut out of a paragraph.
 * - 'other': the header (title, delivery line, speaker, salutation, "现在，我代表…" opening),
 *   the closing appeal (各位代表…让我们…) and anything after it, and notes parts (附件, 名词解释,
 *   注释). Holds no targets or results.
 * - 'review': review of the past year, of the half-year, or of the five-year term (五年来…),
 *   including progress on this year's targets in a mid-year report. The default for a body that
 *   opens without a heading.
 * - 'targets': the statement of the year's main expected targets — the sentence with
 *   主要预期目标 / 预期指标 / 年度目标 / 主要目标 / 总体目标 … 是/为/： followed by figures,
 *   extended over further sentences of its paragraph that continue the list, over a numbered
 *   list of lines after "…目标是：", or over the lines under a heading such as （一）主要预期目标,
 *   and back over the 总体要求 sentence or paragraph just before it. Usually cut out of the plan
 *   part, which resumes after it. In a review (a mid-year report restating the year's targets)
 *   only explicit target words count (年度目标是, 全年目标是, 年初确定的…目标为：), not 主要指标.
 * - 'five_year': 今后五年 / 未来五年 goals (到2026年…) — a five-year plan's main targets: a part
 *   under such a heading, or a targets statement whose nearest year word before the cue is a
 *   horizon (今后五年…主要目标是, 到2025年…). Target statements inside the part stay 'five_year'.
 * - 'plan': the work plan for the coming year or the second half (工作安排, 工作思路, 下半年…),
 *   including the government's own-conduct part that follows it.
 * - 'problems': shortcomings (存在的问题 / 不足 / 困难和问题): a part under such a heading, or a
 *   review paragraph whose opening says 清醒地看到…问题 / 还存在…不足 (with its 一是…二是… list).
 *
 * Part headings (short lines that are not sentences) switch the current kind; a heading's rank
 * (一、 over (一) over 1.) decides whether it can end the part opened by another heading, so a
 * sub-heading like (三)重点工作… inside a review does not start the plan. Headings naming a year,
 * the half-year or the five-year term end any part. "2022年主要工作" is the review when a later
 * heading names a later year, the plan otherwise.
 */
import { allMatches } from '../scan';
import { YEAR_ACHIEVED } from '../metadata/cues';
import type { LineInfo } from '../reading/layout';
import type { ReportSpan } from '../splitting/index';
import type { Section, SectionKind } from '../types';

export interface SectionInput {
	text: string;
	norm: string;
	lines: LineInfo[];
	span: ReportSpan;
}

/** Rank of a heading's numbering: 0 unnumbered or 第X部分, 1 一、, 2 (一), 3 1. */
export function headingRank(t: string): number {
	if (/^第[一二三四五六七八九十]+(?:部分|章|篇)/.test(t)) return 0;
	if (/^[一二三四五六七八九十]+\s*[、.．]/.test(t)) return 1;
	if (/^[(（]\s*[一二三四五六七八九十]+\s*[)）]/.test(t)) return 2;
	if (/^(?:\d+\s*[.、．]|[(（]\s*\d+\s*[)）])/.test(t)) return 3;
	return 0;
}

/** A line that can be a heading: short, not a sentence. */
export function isHeadingLine(t: string): boolean {
	if (t.length === 0 || t.length > 40) return false;
	if (/[。；;，,：:]$/.test(t)) return false;
	return true;
}

// (一、2023年以来的工作: the work done since the year began)
const REVIEW_STRONG =
	/回顾|五年来|过去(?:的)?(?:一年|五年|一个时期)|本届政府(?:工作)?$|工作总结|(?:\d{4}\s*年|一年)以来(?:的)?(?:主要)?工作(?:情况)?$/;
const PROBLEMS_HEADING =
	/存在(?:的)?(?:主要)?(?:问题|不足|困难)|问题(?:和|与|及)(?:不足|困难|挑战)|困难和问题|不足之处/;
const FIVE_YEAR_HEADING =
	/今后五年|未来五年|今后一个时期|五年(?:发展)?(?:目标|规划|奋斗目标)|十[三四五六]五.{0,6}(?:目标|规划)/;
const PLAN_HEADING =
	/工作安排|工作思路|工作目标|目标任务|工作部署|工作打算|工作计划|工作要点|下半年|下一步|下阶段|(?:今年|明年|新的一年).{0,10}(?:工作|目标|任务)|主要(?:预期)?目标|总体要求|自身建设|发展目标/;
/** "2023年重点工作" is the plan in a report whose latest year it is, the review otherwise. */
const YEAR_WORK_HEADING = /(\d{4})\s*年.{0,10}(?:工作|目标|任务)|重点工作|主要任务/;
const REVIEW_HEADING = new RegExp(
	String.raw`(?:完成|推进|进展|落实|执行|开展)情况|工作成效|上半年(?:政府)?(?:主要)?工作(?:情况|成效|开展情况)?$|^(?:[一二三四五六七八九十]+\s*[、.．]\s*)?上半年|主要(?:成绩|成效)|取得的成绩|去年|过去一年|\d{4}\s*年(?:度)?(?:主要)?工作情况$|${YEAR_ACHIEVED}`
);
/** The first paragraph after line k opens by looking back (刚刚过去的2020年, 一年来). */
function looksBack(lines: LineInfo[], k: number, to: number): boolean {
	for (let i = k; i < to; i++) {
		if (lines[i].blank || lines[i].chrome) continue;
		return /^(?:刚刚过去的|过去的一年|一年来|回顾过去)/.test(lines[i].t);
	}
	return false;
}

/** 2023年,某街道将…: a paragraph opening on what the town will do in a year. */
export const PLAN_OPENING =
	/^(?:\d{4}\s*年|今年|新的一年)\s*[,，]\s*(?:全镇|全乡|全街道|我镇|我乡|我街道|[\u4e00-\u9fff]{2,10}?(?:镇|乡|街道))?将/;
const NOTES_HEADING = /^(?:附件|附录|名词解释|注释|注\s*[:：]|备注|附\s*[:：])/;

/**
 * The kind a part heading announces, or null for a heading that does not say. `latestYear` is
 * the latest year any heading of the report names (decides "2022年主要工作").
 */
export function classifyHeading(t: string, latestYear: number | null = null): SectionKind | null {
	// A report's title (…2023年政府工作报告, a page title) names the document, not a part.
	if (/^目\s*录$/.test(t) || /政府工作报告|工作报告[^告]{0,12}$/.test(t)) return null;
	if (NOTES_HEADING.test(t)) return 'other';
	if (REVIEW_STRONG.test(t)) return 'review';
	if (PROBLEMS_HEADING.test(t)) return 'problems';
	if (FIVE_YEAR_HEADING.test(t) && !/过去|以来/.test(t)) return 'five_year';
	if (REVIEW_HEADING.test(t)) return 'review';
	if (PLAN_HEADING.test(t)) return 'plan';
	const y = YEAR_WORK_HEADING.exec(t);
	if (y) {
		if (y[1] && latestYear !== null && Number(y[1]) < latestYear) return 'review';
		return 'plan';
	}
	return null;
}

const HEADING_YEAR = /(\d{4})\s*年(?!\s*\d{1,2}\s*月)/g;

/** The latest year named by a heading line of the span. */
function latestHeadingYear(lines: LineInfo[], from: number, to: number): number | null {
	let latest: number | null = null;
	for (let k = from; k <= to; k++) {
		const t = lines[k].t;
		if (!isHeadingLine(t)) continue;
		for (const m of allMatches(HEADING_YEAR, t)) {
			const y = Number(m[1]);
			if (y > 1980 && y < 2100 && (latest === null || y > latest)) latest = y;
		}
	}
	return latest;
}

/** Headings that end any part whatever their rank: they name a year, a term or the half-year. */
function isStrongHeading(t: string): boolean {
	return /\d{4}\s*年|今后五年|未来五年|下半年|回顾|上半年|^(?:附件|附录|名词解释|注释)/.test(t);
}

const TARGET_CUE =
	/(?:主要)?预期(?:主要)?(?:目标|指标)|年度(?:主要)?目标|全年(?:主要)?目标|主要目标|主要(?:经济)?指标|(?:发展|工作|奋斗)目标|目标任务|总体目标/g;
/** In a review, only words that name this year's targets restate them (not 主要指标：…). */
const REVIEW_TARGET_CUE =
	/预期目标|预期(?:主要)?指标|年度(?:主要)?目标|全年(?:主要)?目标|主要目标|目标任务/;
// …目标任务的关键一年,也是…: a cue qualifying a noun (的) or a later clause's 是 states nothing
// (…主要预期目标，即：… names the list after a comma)
const CUE_TAIL = /^(?:[，,]\s*即\s*)?[^。！？!?，,；;的]{0,12}?(?:是|为|[:：])/;
const REVIEWISH =
	/上半年|1-\d{1,2}月|前三季度|截至|截止|同比|比上年|实现了|完成了|今年以来|已经|已完成|围绕|重点(?:做好|抓好)|着力|以下/;
const PROBLEM_CUE =
	/(?:清醒|清楚)(?:地)?(?:认识|看|意识)到|(?:还|仍|依然|仍然)存在(?:着)?(?:不少|一些|诸多|许多)?(?:的)?(?:问题|困难|不足|短板|差距)|存在(?:着)?(?:的)?(?:不少|一些|诸多|许多)(?:问题|困难|不足|短板)|(?:问题|困难)(?:和|与)(?:不足|挑战)|不容忽视|差距和不足/;
const INTRO = /向(?:大会|各位代表)报告|请予审议|请各位代表审议|提出意见/;
const CLOSING_START = /^(?:各位代表|同志们|代表们)/;
const CLOSING_WORDS = /让我们|奋斗|奋进|前进|携手|努力|共同/;

interface Cut {
	start: number;
	end: number;
	kind: SectionKind;
	heading: string;
}

/** How far a sentence is looked for around a cue: keeps long unpunctuated lines linear. */
const SENTENCE_WINDOW = 400;

function sentenceEnd(norm: string, from: number, lineEnd: number): number {
	const stop = Math.min(lineEnd, from + SENTENCE_WINDOW);
	for (let i = from; i < stop; i++) {
		const c = norm[i];
		if (c === '。' || c === '！' || c === '？' || c === '!' || c === '?') return i + 1;
	}
	return stop;
}

function sentenceStart(norm: string, at: number, lineStart: number): number {
	const stop = Math.max(lineStart, at - SENTENCE_WINDOW);
	for (let i = at - 1; i >= stop; i--) {
		const c = norm[i];
		if (c === '。' || c === '！' || c === '？' || c === '!' || c === '?') {
			let s = i + 1;
			while (s < at && /\s/.test(norm[s])) s++;
			return s;
		}
	}
	return stop;
}

/** Numbering style of a list line: arabic 1. / (1), han 一、 / (一), 一是, or none. */
function listStyle(t: string): string {
	if (/^\d+\s*[.、．)）]/.test(t)) return 'arabic';
	if (/^[(（]\s*\d+\s*[)）]/.test(t)) return 'arabic-paren';
	if (/^[(（]\s*[一二三四五六七八九十]+\s*[)）]/.test(t)) return 'han-paren';
	if (/^[一二三四五六七八九十]+\s*是/.test(t)) return 'yishi';
	if (/^[一二三四五六七八九十]+\s*[、.．]/.test(t)) return 'han';
	return 'none';
}

/** A line of a target list: short, with a figure, numbered or ending a clause. */
function isListLine(t: string): boolean {
	return (
		t.length <= 160 &&
		/\d|同步|正增长/.test(t) &&
		(listStyle(t) !== 'none' || /[；;。,，]$/.test(t))
	);
}

/** The last line of a target list starting after line i (i itself when there is none). */
function listEnd(lines: LineInfo[], i: number, to: number): number {
	let end = i;
	let style: string | null = null;
	for (let j = i + 1; j <= to; j++) {
		const t = lines[j].t;
		if (lines[j].blank) continue;
		if (!isListLine(t)) break;
		const st = listStyle(t);
		if (style === null) style = st;
		else if (st !== style) break;
		end = j;
		// an unnumbered list ends with its sentence
		if (st === 'none' && /[。]$/.test(t)) break;
	}
	return end;
}

/** A heading that only announces the targets: （一）主要预期目标, 2023年主要目标. */
const TARGETS_HEADING = /(?:主要)?预期目标|年度(?:主要)?目标|主要(?:经济)?(?:目标|指标)/;
const NOT_TARGETS_HEADING =
	/安排|思路|部署|措施|举措|重点|任务|工作|完成|情况|进展|成效|回顾|[和及与]/;
/** 一、 / （一） — a heading's number in words. */
const WORD_NUMBER = String.raw`[一二三四五六七八九十]{1,3}\s*[、.]|\(?[一二三四五六七八九十]{1,2}\)`;
/** 一、工作目标 alone (not 工作目标和主要任务): the targets, with the tasks under their own heading. */
const WORK_TARGETS_HEADING = new RegExp(
	String.raw`^(?:${WORD_NUMBER})?\s*(?:\d{4}\s*年(?:度)?)?(?:主要)?工作目标$`
);
/** （一）目标任务。… — a targets heading run into its paragraph. */
const INLINE_TARGETS_HEADING = new RegExp(
	String.raw`^\s*(?:${WORD_NUMBER}|\d{1,2}\s*[、.])\s*(?:\d{4}\s*年度?)?(?:主要|年度|全年)?(?:目标任务|预期目标|主要目标|工作目标)\s*[。.:]`
);
/** A review restating the year's targets: 年初确定的…目标为： (the cue is the 目标 word). */
const RESTATED_TARGETS =
	/(?:年初|确定|定下|提出|制定|下达)[^。；;:：]{0,30}?(目标(?:任务)?)(?=(?:是|为)?\s*[:：])/g;

/** Where a targets statement may start in a line: its cue words, by position. */
function targetCues(line: string, inReview: boolean): { index: number; text: string }[] {
	const cues: { index: number; text: string }[] = [];
	for (const m of allMatches(TARGET_CUE, line))
		if (!inReview || REVIEW_TARGET_CUE.test(m[0])) cues.push({ index: m.index, text: m[0] });
	if (inReview)
		for (const m of allMatches(RESTATED_TARGETS, line))
			cues.push({ index: m.index + m[0].length - m[1].length, text: m[1] });
	return cues.sort((a, b) => a.index - b.index);
}

const CUT_YEAR = /(今后五年|未来五年|五年后|(?:到|至)\s*20\d\d\s*年)|20\d\d\s*年/g;

/** A statement of five-year goals (今后五年…主要目标是…) is 'five_year', not the year's targets. */
function cutKind(lead: string): SectionKind {
	// the nearest year word before the cue decides: "到2025年…目标是" vs "…到2025年…，2024年…目标是"
	let five = false;
	for (const m of allMatches(CUT_YEAR, lead)) five = m[1] !== undefined;
	return five ? 'five_year' : 'targets';
}

/** The target statements in lines [from, to] as cuts. */
function targetCuts(
	norm: string,
	lines: LineInfo[],
	from: number,
	to: number,
	inReview: boolean
): Cut[] {
	const cuts: Cut[] = [];
	for (let i = from; i <= to; i++) {
		const l = lines[i];
		if (l.blank || l.chrome) continue;
		const line = norm.slice(l.start, l.end);
		if (
			(!inReview || REVIEW_TARGET_CUE.test(line)) &&
			isHeadingLine(line) &&
			!/\d{1,3}\s*%/.test(line) &&
			((TARGETS_HEADING.test(line) && !NOT_TARGETS_HEADING.test(line)) ||
				WORK_TARGETS_HEADING.test(line))
		) {
			// A heading "（一）主要预期目标" announces the paragraph(s) under it.
			let endLine = i;
			for (let j = i + 1; j <= to && j <= i + 8; j++) {
				const t = lines[j].t;
				if (lines[j].blank) continue;
				// a 范文's placeholders (增长*%) still make a line of the list
				if (isHeadingLine(t) || !/\d|%|同步|正增长|持平/.test(t)) break;
				endLine = j;
			}
			if (endLine > i) {
				cuts.push({ start: l.start, end: lines[endLine].end, kind: cutKind(line), heading: line });
				i = endLine;
				continue;
			}
		}
		// （一）目标任务。地方财政收入突破…: a heading run into its paragraph announces that paragraph.
		const inline = !inReview ? INLINE_TARGETS_HEADING.exec(line) : null;
		if (inline && /\d/.test(line.slice(inline[0].length))) {
			cuts.push({ start: l.start, end: l.end, kind: 'targets', heading: inline[0].trim() });
			continue;
		}
		// cues inside a sentence already found to hold no figures need no second look
		let skipUntil = -1;
		for (const m of targetCues(line, inReview)) {
			if (l.start + m.index < skipUntil) continue;
			const tail = CUE_TAIL.exec(line.slice(m.index + m.text.length));
			if (!tail) continue;
			const cueAt = l.start + m.index;
			const sStart = sentenceStart(norm, cueAt, l.start);
			let sEnd = sentenceEnd(norm, cueAt + m.text.length + tail[0].length, l.end);
			const sentence = norm.slice(sStart, sEnd);
			const endsWithColon = /[:：]\s*$/.test(sentence) && sEnd === l.end;
			if (!/\d|同步|正增长/.test(sentence) && !endsWithColon) {
				skipUntil = sEnd;
				continue;
			}
			if (
				/完成情况|完成了|超额完成|顺利完成/.test(sentence.slice(0, m.index - sStart + l.start + 8))
			)
				continue;
			// Further sentences of the same paragraph that continue the list.
			while (sEnd < l.end) {
				const nEnd = sentenceEnd(norm, sEnd, l.end);
				const next = norm.slice(sEnd, nEnd);
				if (!/\d+(?:\.\d+)?\s*%|增长|同步/.test(next) || REVIEWISH.test(next)) break;
				sEnd = nEnd;
			}
			let endLine = i;
			if (endsWithColon) {
				// "主要预期目标是：" followed by a list of lines.
				endLine = listEnd(lines, i, to);
				if (endLine === i) continue;
				sEnd = lines[endLine].end;
			}
			// A 总体要求 paragraph just before the statement belongs with it.
			let start = sStart;
			const req = norm.lastIndexOf('总体要求', sStart);
			if (req >= l.start && req >= sStart - SENTENCE_WINDOW)
				start = sentenceStart(norm, req, l.start);
			else if (sStart === l.start) {
				let k = i - 1;
				while (k >= from && lines[k].blank) k--;
				if (k >= from && /总体要求/.test(lines[k].t) && !isHeadingLine(lines[k].t))
					start = lines[k].start;
			}
			cuts.push({
				start,
				end: sEnd,
				kind: cutKind(norm.slice(sStart, cueAt + m.text.length)),
				heading: m.text
			});
			i = endLine;
			break;
		}
	}
	return cuts;
}

/** A heading line ending on a conjunction: the heading goes on in the next line. */
const WRAPPED_TITLE = /(?:及|和|与|暨)$/;

/** The nearest non-blank line above line k (not above floor), '' when none. */
function prevText(lines: LineInfo[], k: number, floor: number): string {
	for (let j = k - 1; j >= floor; j--)
		if (!lines[j].blank && !lines[j].chrome) return lines[j].t.trim();
	return '';
}

export function findSections(input: SectionInput): Section[] {
	const { text, norm, lines, span } = input;
	const first = span.firstLine;
	const last = span.lastLine;

	// Preamble: header lines, the salutation and the "现在，我代表…报告" opening.
	let bodyFrom = first;
	for (const h of span.header) bodyFrom = Math.max(bodyFrom, h + 1);
	if (span.salutation !== null) bodyFrom = Math.max(bodyFrom, span.salutation + 1);
	{
		let k = bodyFrom;
		while (k <= last && (lines[k].blank || lines[k].chrome)) k++;
		if (k <= last && INTRO.test(lines[k].t) && !isHeadingLine(lines[k].t)) bodyFrom = k + 1;
	}

	// Closing: the last 各位代表…让我们… paragraph with no heading after it.
	let closingFrom = last + 1;
	for (let k = last; k >= bodyFrom; k--) {
		const l = lines[k];
		if (l.blank || l.chrome) continue;
		const kind = isHeadingLine(l.t) ? classifyHeading(l.t) : null;
		if (kind !== null && kind !== 'other') break;
		if (CLOSING_START.test(l.t) && CLOSING_WORDS.test(l.t) && l.t.length > 20) {
			closingFrom = k;
			break;
		}
	}

	// Parts from headings.
	const latestYear = latestHeadingYear(lines, bodyFrom, closingFrom - 1);
	const parts: { line: number; kind: SectionKind; heading: string; rank: number }[] = [];
	let current: SectionKind = 'other';
	let currentRank = Number.POSITIVE_INFINITY;
	let preamble = true;
	for (let k = bodyFrom; k < closingFrom; k++) {
		const l = lines[k];
		if (l.blank || l.chrome) continue;
		let heading = isHeadingLine(l.t) ? classifyHeading(l.t, latestYear) : null;
		// 2020年主要工作 / 刚刚过去的2020年,…: a year's work the part opens by looking back on
		// (not a heading that names the plan outright: 2022年度工作计划 over 过去的一年…,下一步…)
		if (
			heading === 'plan' &&
			YEAR_WORK_HEADING.test(l.t) &&
			!/计划|安排|打算|要点|思路/.test(l.t) &&
			looksBack(lines, k + 1, closingFrom)
		)
			heading = 'review';
		// 某镇2030年工作总结及 / 2031年工作计划: a title wrapped over two lines opens one part
		if (heading && parts.length && WRAPPED_TITLE.test(prevText(lines, k, bodyFrom))) heading = null;
		if (heading) {
			const rank = headingRank(l.t);
			if (preamble || rank <= currentRank || isStrongHeading(l.t)) {
				preamble = false;
				const last = parts[parts.length - 1];
				if (heading !== current)
					parts.push({ line: k, kind: heading, heading: text.slice(l.start, l.end), rank });
				// 现在,我代表…报告 then 过去五年的工作回顾: the review the speech opened gets its heading
				// (one naming no year: a dated line there is a title, and the year is metadata's).
				else if (last && last.heading === '' && !/\d{4}/.test(l.t))
					last.heading = text.slice(l.start, l.end);
				current = heading;
				currentRank = rank;
			}
			continue;
		}
		if (preamble) {
			preamble = false;
			// 2023年,某街道将坚持…: a body that opens on what the town will do is its plan
			// (its first paragraphs: a date or label line, or a title left in the body, says nothing)
			const paras = lines
				.slice(k, Math.min(closingFrom, k + 8))
				.filter((x) => !x.blank && !x.chrome && x.t.length >= 30)
				.slice(0, 2);
			const opening: SectionKind = paras.some((x) => PLAN_OPENING.test(x.t)) ? 'plan' : 'review';
			parts.push({ line: k, kind: opening, heading: '', rank: Number.POSITIVE_INFINITY });
			current = opening;
			currentRank = Number.POSITIVE_INFINITY;
		}
	}

	// Boundaries: part starts, paragraph cuts (targets, problems), closing.
	const marks: { at: number; kind: SectionKind; heading: string }[] = [
		{ at: span.start, kind: 'other', heading: '' }
	];
	const partEnd = (p: number) => (p + 1 < parts.length ? parts[p + 1].line - 1 : closingFrom - 1);
	for (let p = 0; p < parts.length; p++) {
		const part = parts[p];
		const from = part.line;
		const to = partEnd(p);
		const partMark = { at: lines[from].start, kind: part.kind, heading: part.heading };
		marks.push(partMark);
		const cuts: Cut[] = [];
		if (part.kind !== 'five_year' && part.kind !== 'problems')
			cuts.push(...targetCuts(norm, lines, from, to, part.kind === 'review'));
		if (part.kind === 'review') {
			for (let k = from; k <= to; k++) {
				const l = lines[k];
				if (l.blank || l.chrome || isHeadingLine(l.t)) continue;
				// the cue sits in the paragraph's opening (思危方能居安…我们也清醒地看到…)
				const colon = l.t.search(/[：:]/);
				const opening = l.t.slice(0, colon >= 0 ? Math.min(colon, 120) : 120);
				if (
					!PROBLEM_CUE.test(opening) ||
					!/问题|不足|困难|短板|差距|挑战|薄弱|压力|风险/.test(opening)
				)
					continue;
				if (cuts.some((c) => c.start <= l.start && c.end >= l.start)) continue;
				let endLine = k;
				if (/[:：]$/.test(l.t)) {
					let j = k + 1;
					while (
						j <= to &&
						(lines[j].blank ||
							/^(?:[一二三四五六七八九十]+是|\d+[.、．]|[(（][一二三四五六七八九十\d]+[)）])/.test(
								lines[j].t
							))
					) {
						if (!lines[j].blank) endLine = j;
						j++;
					}
				}
				cuts.push({
					start: l.start,
					end: lines[endLine].end,
					kind: 'problems',
					heading: opening.slice(0, 24)
				});
				k = endLine;
			}
		}
		cuts.sort((a, b) => a.start - b.start);
		for (const c of cuts) {
			marks.push({ at: c.start, kind: c.kind, heading: c.heading });
			// the part resumes after the cut (unless the part ends there)
			const resume = c.end;
			const partStop =
				to + 1 < lines.length ? lines[Math.min(to + 1, lines.length - 1)].start : span.end;
			if (resume < partStop && norm.slice(resume, partStop).trim() !== '')
				marks.push({ at: resume, kind: part.kind, heading: part.heading });
		}
	}
	if (closingFrom <= last) marks.push({ at: lines[closingFrom].start, kind: 'other', heading: '' });

	// Marks → contiguous sections covering [span.start, span.end).
	marks.sort((a, b) => a.at - b.at);
	const sections: Section[] = [];
	for (let i = 0; i < marks.length; i++) {
		const start = Math.max(marks[i].at, span.start);
		const end = Math.min(i + 1 < marks.length ? marks[i + 1].at : span.end, span.end);
		if (end <= start) continue;
		const prev = sections[sections.length - 1];
		if (prev && prev.kind === marks[i].kind && prev.end === start) prev.end = end;
		else sections.push({ kind: marks[i].kind, heading: marks[i].heading, start, end });
	}
	if (sections.length === 0)
		sections.push({ kind: 'other', heading: '', start: span.start, end: span.end });
	sections[0].start = span.start;
	sections[sections.length - 1].end = span.end;
	return sections;
}
