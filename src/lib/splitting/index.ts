/**
 * Splitting: where each report of a document begins and ends. A file can hold one report, or a
 * compilation (汇编) of several, with a table of contents that is not a report.
 *
 * A report begins at its header: title lines (…政府工作报告, …上半年工作报告, …完成情况), the
 * delivery line (——2023年1月5日在…会议上) and the speaker's name, followed either by the
 * salutation 各位代表: or directly by the body. Table-of-contents entries (numbered, or ending
 * in a page number) and compilation titles (汇编) are never headers. A report ends where the next
 * one begins, minus trailing page chrome (footers, paywall notes, menus).
 */
import type { LineInfo } from '../reading/layout';
import { arabicDates } from '../metadata/dates';
import { isSpace } from '../scan';

export interface ReportSpan {
	start: number;
	end: number;
	/** Line indices of the span's first and last lines. */
	firstLine: number;
	lastLine: number;
	/** Header lines (titles, delivery, speaker) in order, as line indices. */
	header: number[];
	/** Line index of the salutation (各位代表:), when there is one. */
	salutation: number | null;
}

const ENUMERATED =
	/^(?:[一二三四五六七八九十]+\s*[、.．,，]|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+\s*[.、．,，)）]|第[一二三四五六七八九十]+(?:部分|章|篇))/;

const TITLE_WORDS =
	/(?:政府)?工作报告|(?:上半年|半年|1-6月|1至6月|前三季度)[^。,，;；]{0,16}(?:工作|完成情况|总结|汇报)|(?:工作|任务|目标)(?:完成|推进|进展)情况/;

const SPACED_HAN = /(?<=[\u3400-\u9fff])[ \t\u3000]+(?=[\u3400-\u9fff])/g;

/** How many characters of the line SPACED_HAN could close up: spaces, tabs, U+3000. */
function spacingChars(line: string): number {
	let n = 0;
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c === 32 || c === 9 || c === 0x3000) n++;
	}
	return n;
}

const NOT_TITLE = /汇编|选编|合集|目\s*录|\d+\s*篇|决议|决定/;

/** A report title line (also a page title carrying one). */
export function isTitleLine(line: string): boolean {
	// Headings are often spaced out for display (政 府 工 作 报 告): read them closed up. A line
	// too long even with every space closed up is no title (no copy of a paragraph is made).
	const spacing = spacingChars(line);
	if (line.length - spacing > 80) return false;
	const t = spacing ? line.replace(SPACED_HAN, '') : line;
	if (t.length < 4 || t.length > 80) return false;
	if (!TITLE_WORDS.test(t) || NOT_TITLE.test(t)) return false;
	if (ENUMERATED.test(t)) return false;
	// a table-of-contents page number (but not the end of a date)
	if (/(?:\s|…|\.{2}|·{2})\d{1,4}$/.test(t) && !/\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}$/.test(t))
		return false;
	if (/[。；;，,：:！!？?]$/.test(t)) return false;
	return true;
}

/** ——2020年8月12日在…会议上, (2023年1月5日在…), or its broken continuation (次会议上). */
export function isDeliveryLine(line: string): boolean {
	if (line.length > 70) return false;
	const t = arabicDates(line);
	if (/^[—\-―─~]{1,3}/.test(t) && /\d|会议|大会/.test(t)) return true;
	if (/^[(（]?\s*\d{4}.{0,16}在.{0,40}(?:会议|大会)/.test(t)) return true;
	if (/^[(（]?在.{2,40}(?:会议|大会)上?[)）]?$/.test(t)) return true;
	// 2030年3月11日在青柳乡第四届 / 人民代表大会第九次会议上: a delivery line broken in two
	if (
		/^[(（]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^\s,，。；;]{2,30}$/.test(t) &&
		t.length <= 40
	)
		return true;
	// (2030年1月15日青柳镇第十八届人民代表大会第七次会议): a bracketed date and session
	if (/^[(（]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{2,40}(?:会议|大会)上?\s*[)）]$/.test(t))
		return true;
	return t.length <= 24 && /(?:会议|大会)上?[)）]?$/.test(t) && !/[。，,]/.test(t);
}

/** A bare name line (speaker), possibly spaced (郎 灵 敏) or with a title (镇长 张三). */
export function isSpeakerLine(t: string): boolean {
	return speakerName(t) !== null;
}

const OFFICE = '(?:代理|代)?(?:镇长|乡长|苏木达|主任|街道办事处主任|副镇长|副乡长)';
/** 党委副书记、乡长 王某: the party post a speaker also holds, before the office. */
const PARTY_POST = '(?:(?:镇|乡|街道)?(?:党委|党工委)(?:副书记|书记)[、,，]?)?';
const WITH_OFFICE = new RegExp(
	`^(?:[\u3400-\u9fff]{1,12}?(?:镇|乡|街道|苏木)(?:人民政府|办事处)?)?${PARTY_POST}${OFFICE}[:：]?([\u3400-\u9fff·]{2,5})$`
);

/** The name on a speaker line: 郎 灵 敏 → 郎灵敏; 镇长 张三 or XX镇人民政府镇长：张三 → 张三. */
export function speakerName(t: string): string | null {
	const s = t.replace(/[\s\u00a0]+/g, '');
	const m = WITH_OFFICE.exec(s);
	if (m) return m[1];
	if (
		s.length >= 2 &&
		s.length <= 5 &&
		/^[\u3400-\u9fff·]+$/.test(s) &&
		!/报告|政府|会议|代表/.test(s)
	)
		return s;
	return null;
}

/** A line naming only the issuing government (XX镇人民政府) above a title split in two. */
export function isIssuerLine(t: string): boolean {
	return (
		t.length <= 20 && /^[\u3400-\u9fff]{2,14}?(?:镇|乡|街道|苏木)(?:人民政府|政府|办事处)$/.test(t)
	);
}

/** A bare date line under a title: (2023年1月10日) or 2023年1月10日. */
export function isDateLine(line: string): boolean {
	// The date opens the line (after a bracket and spaces) with a numeral, Arabic or Chinese:
	// arabicDates changes nothing before it, so any other line is no date line (no conversion).
	let i = 0;
	if (line[0] === '(' || line[0] === '（') i++;
	while (i < line.length && isSpace(line.charCodeAt(i))) i++;
	if (!/[\d〇○零一二三四五六七八九]/.test(line[i] ?? '')) return false;
	const t = arabicDates(line);
	// the date may carry the speaker's name after it (2016年11月2日  王某某)
	return /^[(（]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]?(?:\s+[\u3400-\u9fff]{2,4})?$/.test(
		t
	);
}

export function isSalutation(t: string): boolean {
	if (t.length <= 24 && /^(?:尊敬的)?各位(?:人大)?代表[^。]{0,16}[:：!！,，]?$/.test(t))
		return true;
	// salutation and opening on one line: 各位代表：现在，我代表…
	return /^(?:尊敬的)?各位(?:人大)?代表[^。]{0,12}[:：]\s*现在/.test(t);
}

/** The compilation-page chrome that can trail a report (short menu words without a sentence). */
function isTrailingJunk(l: LineInfo): boolean {
	if (l.t.length <= 40 && /汇编|选编|合集/.test(l.t)) return true;
	return (
		l.blank || l.chrome || (l.t.length <= 12 && !/[。，,；;：:]/.test(l.t) && !ENUMERATED.test(l.t))
	);
}

/** A title that names a town or a year. */
function isNamedTitle(t: string): boolean {
	return townOf(t) !== null || /\d{4}\s*年/.test(t);
}

/** A title that names a town and a year, or is a 政府工作报告 heading. */
function isStrongTitle(t: string): boolean {
	return /政府工作报告/.test(t) || (townOf(t) !== null && /\d{4}\s*年/.test(t));
}

function townOf(title: string): string | null {
	const m = /([\u3400-\u9fff]{2,8}?(?:镇|乡|街道|苏木))(?:人民政府)?/.exec(title);
	return m ? m[1] : null;
}

export function splitReports(lines: LineInfo[]): ReportSpan[] {
	const starts: { first: number; header: number[]; salutation: number | null }[] = [];
	let pending: number[] = [];
	let pendingTitles = 0;

	const open = (salutation: number | null, at: number) => {
		let header = pending;
		// Titles in a row that each name a town or a year but differ (a table of contents, a list
		// of related reports) are not this report's header: keep from the last such title on. A
		// bare "政府工作报告" under a page title naming the town keeps both.
		let lastNamed = -1;
		for (let k = header.length - 1; k >= 0 && lastNamed < 0; k--)
			if (isTitleLine(lines[header[k]].t) && isNamedTitle(lines[header[k]].t)) lastNamed = k;
		let keepFrom = 0;
		for (let k = 0; k < lastNamed; k++) {
			const t = lines[header[k]].t;
			if (isTitleLine(t) && isNamedTitle(t) && t !== lines[header[lastNamed]].t) keepFrom = k + 1;
		}
		header = header.slice(keepFrom);
		// Page chrome inside the header (日期, 浏览次数 between a page title and the body) stays
		// out of the report: the span starts after the last chrome line.
		let first = header.length ? header[0] : at;
		for (let j = first; j < at; j++) if (lines[j].chrome) first = j + 1;
		while (first < at && lines[first].blank) first++;
		starts.push({ first, header, salutation });
		pending = [];
		pendingTitles = 0;
	};

	for (let i = 0; i < lines.length; i++) {
		const l = lines[i];
		if (l.blank || l.chrome) continue;
		const t = l.t;
		// A salutation opens a report unless it stands inside one already (各位代表！ as a line).
		if (isSalutation(t) && (starts.length === 0 || pendingTitles > 0 || pending.length > 0)) {
			open(i, i);
			continue;
		}
		// Inside a report an unnumbered heading such as 上半年工作完成情况 is not a new report:
		// a later title must name its town and year (compilation entries do).
		if (isTitleLine(t) && (starts.length === 0 || isStrongTitle(t))) {
			pending.push(i);
			pendingTitles++;
			continue;
		}
		if (isDeliveryLine(t) || (pendingTitles === 0 && isIssuerLine(t))) {
			pending.push(i);
			continue;
		}
		if (pending.length > 0 && (isSpeakerLine(t) || isDateLine(t))) {
			pending.push(i);
			continue;
		}
		// A body line: a pending title (with or without a delivery line) opens a report.
		if (pendingTitles > 0) open(null, i);
		else {
			pending = [];
			pendingTitles = 0;
		}
	}

	const spans: ReportSpan[] = [];
	const bodyStart = (k: number) => starts[k].first;
	for (let k = 0; k < starts.length; k++) {
		let last = (k + 1 < starts.length ? bodyStart(k + 1) : lines.length) - 1;
		while (last > starts[k].first && isTrailingJunk(lines[last])) last--;
		const first = starts[k].first;
		spans.push({
			start: lines[first].start,
			end: lines[last].end,
			firstLine: first,
			lastLine: last,
			header: starts[k].header,
			salutation: starts[k].salutation
		});
	}
	if (spans.length === 0) {
		// No header at all: the whole text minus leading and trailing chrome is one report.
		let first = 0;
		while (first < lines.length && (lines[first].blank || lines[first].chrome)) first++;
		let last = lines.length - 1;
		while (last > first && isTrailingJunk(lines[last])) last--;
		if (first < lines.length) {
			spans.push({
				start: lines[first].start,
				end: lines[last].end,
				firstLine: first,
				lastLine: last,
				header: [],
				salutation: null
			});
		}
	}
	return spans;
}
