/**
 * Sentence and clause spans of the matching form, and the word lists the item rules share.
 */

import { isSpace } from '../scan';

export interface Span {
	start: number;
	end: number;
}

const SENTENCE_END = /[。!?\n]/g;

/** Sentences of norm[from, to): ended by 。!? or a line break; blank ones dropped. */
export function sentences(norm: string, from: number, to: number): Span[] {
	const out: Span[] = [];
	let start = from;
	SENTENCE_END.lastIndex = from;
	let m: RegExpExecArray | null;
	while ((m = SENTENCE_END.exec(norm)) && m.index < to) {
		push(out, norm, start, m.index);
		start = m.index + 1;
	}
	push(out, norm, start, to);
	return out;
}

/**
 * The sentences the item rules read in norm[from, to): a hard-wrapped text's sentences go on
 * across the line break, and so do those of a copy that broke lines inside clauses.
 */
export function reportSentences(norm: string, from: number, to: number): Span[] {
	let spans = sentences(norm, from, to);
	// Text cut into lines of a fixed width (a PDF's): a sentence goes on across the line break.
	if (hardWrapped(norm, from, to)) spans = joinWrapped(norm, spans);
	return joinBroken(norm, spans);
}

/**
 * norm.lastIndexOf('\n', pos) for positions that mostly increase (one sentence after another),
 * scanning each character once: a paragraph of thousands of sentences stays linear.
 */
export function lastNewlineBefore(norm: string): (pos: number) => number {
	let scanned = -2;
	let last = -1;
	// The first line break after `scanned` (or -1 when none): found once, so a very long line
	// is not searched to its end again on every call.
	let next = -1;
	const nextAfter = (from: number) => {
		const i = norm.indexOf('\n', from);
		return i < 0 ? Infinity : i;
	};
	return (pos) => {
		// The first call starts from the nearest line break, not from the document start: a
		// compilation of many reports would otherwise rescan every earlier report.
		if (scanned === -2) {
			last = norm.lastIndexOf('\n', pos);
			scanned = pos;
			next = nextAfter(pos + 1);
			return last;
		}
		if (pos < scanned) return norm.lastIndexOf('\n', pos);
		while (next <= pos) {
			last = next;
			next = nextAfter(next + 1);
		}
		scanned = pos;
		return last;
	};
}

function push(out: Span[], norm: string, start: number, end: number): void {
	while (start < end && isSpace(norm.charCodeAt(start))) start++;
	while (end > start && isSpace(norm.charCodeAt(end - 1))) end--;
	if (end > start) out.push({ start, end });
}

const COMMA = 44;
const SEMICOLON = 59;
const COLON = 58;

/**
 * Clauses of a sentence, split at commas, semicolons and colons (not at a thousands comma).
 * `segment` counts semicolons: a hedge word reaches only within its segment.
 */
export interface Clause extends Span {
	segment: number;
}

export function clauses(norm: string, s: Span): Clause[] {
	const out: Clause[] = [];
	let start = s.start;
	let segment = 0;
	for (let i = s.start; i <= s.end; i++) {
		const ch = i < s.end ? norm.charCodeAt(i) : SEMICOLON;
		let cut = false;
		if (ch === SEMICOLON || ch === COLON) cut = true;
		else if (ch === COMMA) {
			// 1,040 is a number, not two clauses.
			cut = !(isDigit(norm.charCodeAt(i - 1)) && thousandsAfter(norm, i + 1));
		}
		if (!cut) continue;
		let a = start;
		let b = i;
		while (a < b && isSpace(norm.charCodeAt(a))) a++;
		while (b > a && isSpace(norm.charCodeAt(b - 1))) b--;
		if (b > a) out.push({ start: a, end: b, segment });
		if (ch === SEMICOLON || ch === COLON) segment++;
		start = i + 1;
	}
	return out;
}

/** Whether norm[from, to) holds an ASCII digit (checked before any pattern over the span). */
export function hasAsciiDigit(norm: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		const c = norm.charCodeAt(i);
		if (c >= 48 && c <= 57) return true;
	}
	return false;
}

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

/** Exactly three digits at `i` (not four): the group after a thousands comma. */
function thousandsAfter(norm: string, i: number): boolean {
	return (
		isDigit(norm.charCodeAt(i)) &&
		isDigit(norm.charCodeAt(i + 1)) &&
		isDigit(norm.charCodeAt(i + 2)) &&
		!isDigit(norm.charCodeAt(i + 3))
	);
}

export const HEDGES = ['力争', '确保', '争取', '努力'] as const;

/** Verbs that open a clause of their own (a hedge word does not reach past them). */
export const CLAUSE_VERBS =
	'全面完成|圆满完成|超额完成|加快完成|完成|实现|新增改造|新增|新建设|新建|新培育|培育|推动|推进|实施|打造|建设|建成|创建|创成|争创|开展|落实|提质改造|改造提升|更新改造|改造|种植|安排|投入|解决|加紧解决|整治|腾退|盘活|引进|招引|做到|淘汰|开工|动工|启动|流转|配送|安装|消化|举办|发放|认定|申报|拆除|治理|修复|整改|创成|培训|组织|兑现|签约|新开工|新开|设立|提升|提高|扩大|增加|减少|降低|减轻|保持|巩固|加快|深化|全面压实|压实|为';

const TIME_WORDS = '(?:全年|今年|年内|当年|明年|本年度|\\d{4}年度?|上半年|下半年)';

/** A clause opens with its own verb (after time words, 并, 要, 将). */
export const OWN_VERB_START = new RegExp(
	`^(?:${TIME_WORDS}|并|要|将|再|还|共|累计|全镇|全力|积极|着力|加快|持续)*(?:${CLAUSE_VERBS})`
);

export const HEDGE_START = new RegExp(`^(?:${TIME_WORDS}|并|要|将)*(力争|确保|争取|努力)`);

/** A paragraph that opens with an elapsed period (1-6月, 上半年, 前三季度, 截至9月底) and a comma. */
const PERIOD_OPENING =
	/^(?:[\s——-]*)(?:(?:20\d\d年|今年)?(?:(?:1|一)(?:-|至|到)(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?|今年以来|上半年|前三季度|一季度|截[至止](?:今年)?\d{1,2}月(?:底|末|份)?))[,:]/;

/**
 * Whether the paragraph holding `pos` reports outcomes of an elapsed period: its opening states
 * the period (1-6月,辖区实现…; 上半年,街道新签约…). Such a paragraph states results wherever the
 * section stage put it (a restated-target section may run on over it). A section that starts
 * after the opening, in the same paragraph (今年以来,…。年初确定的全年目标是:…), is beyond the
 * opening's reach: `sectionStart` is where the section holding the sentence starts. `para` is
 * where the paragraph starts (callers track it with lastNewlineBefore, which stays linear).
 */
export function isPeriodResultParagraph(norm: string, para: number, sectionStart = -1): boolean {
	const m = PERIOD_OPENING.exec(norm.slice(para, para + 24));
	return m !== null && sectionStart < para + m[0].length;
}

const LINE_CLOSED = /[。!?:;”)]$/;

/** Whether most long lines of the span end without a sentence's closing mark. */
export function hardWrapped(norm: string, from: number, to: number): boolean {
	let long = 0;
	let open = 0;
	let start = from;
	while (start <= to) {
		let i = norm.indexOf('\n', start);
		if (i < 0 || i > to) i = to;
		// a line of 15 characters or fewer is not long, trimmed or not: no copy made
		if (i - start > 15) {
			const line = norm.slice(start, i).trim();
			if (line.length > 15) {
				long++;
				if (!LINE_CLOSED.test(line)) open++;
			}
		}
		start = i + 1;
	}
	return long >= 8 && open > long * 0.6;
}

const HEADING_START =
	/^(?:[一二三四五六七八九十]{1,3}、|\(?[一二三四五六七八九十\d]{1,2}\)|\d{1,2}[.、](?!\d))/;

/** Whether the line ending at `end` is a full-width line of text, not a heading. */
function fullLine(norm: string, end: number): boolean {
	const start = norm.lastIndexOf('\n', end - 1) + 1;
	const line = norm.slice(start, end).trim();
	return line.length >= 18 && !HEADING_START.test(line);
}

/** Sentences of a hard-wrapped text, joined where a line break (not a mark) ended them. */
export function joinWrapped(norm: string, spans: Span[]): Span[] {
	const out: Span[] = [];
	for (const s of spans) {
		const prev = out[out.length - 1];
		if (
			prev &&
			/^\s*\n\s*$/.test(norm.slice(prev.end, s.start)) &&
			fullLine(norm, prev.end) &&
			!HEADING_START.test(norm.slice(s.start, s.start + 4))
		)
			out[out.length - 1] = { start: prev.start, end: s.end };
		else out.push({ ...s });
	}
	return out;
}

/** A line that a web copy broke off inside a clause: a figure, unit or mark opens the next one. */
const FRAGMENT_START =
	/^\s*(?:[\d.]+\s*(?:[%‰亿万元个家亩吨户人]|公里|平方|\n|$)|[%‰,;、:)]|[Xx×*]{1,3}(?=[\s\d%亿万元]|$)|亿|万元|元|个|家|亩|吨|户|公里|平方)/;
/** …or this one stops in mid-clause: on a figure, a comma or a verb that needs its figure. */
const OPEN_END = /(?:\d|[%,、(]|增长|增加|下降|完成|实现|达到?|为|约|共|占|计)\s*$/;

/**
 * Sentences of a page whose copy broke lines inside clauses (完成地区生产总值\n12.5\n亿元,增长\n5%):
 * joined where a line break, not a mark, ended one and the break falls inside a clause.
 */
export function joinBroken(norm: string, spans: Span[]): Span[] {
	const out: Span[] = [];
	for (const s of spans) {
		const prev = out[out.length - 1];
		if (
			prev &&
			/^[ \t]*\n[ \t]*$/.test(norm.slice(prev.end, s.start)) &&
			!HEADING_START.test(norm.slice(s.start, s.start + 4)) &&
			brokenInside(norm, prev, s)
		)
			out[out.length - 1] = { start: prev.start, end: s.end };
		else out.push({ ...s });
	}
	return out;
}

/** The break after `prev` falls inside a clause (read near the break, so a long line stays linear). */
function brokenInside(norm: string, prev: Span, next: Span): boolean {
	const tail = norm.slice(Math.max(prev.start, prev.end - 200), prev.end);
	const prevLine = tail.slice(tail.lastIndexOf('\n') + 1).trim();
	if (HEADING_START.test(prevLine)) return false;
	return (
		FRAGMENT_START.test(norm.slice(next.start, next.start + 12)) ||
		OPEN_END.test(prevLine.slice(-4))
	);
}

/** 主要预期目标为: / 发展目标是: the lead-in of a list of the year's targets. */
export const TARGETS_LEAD =
	/(?:主要预期目标|预期目标|主要经济指标目标|主要目标|年度目标|发展目标|经济指标|预期(?:主要)?指标|主要预期指标)(?:是|为|如下)?[:]/;
