/**
 * A figure in its clause: the words before it (subject and predicate), the words after it (an
 * object for 新建3个口袋公园), and whether it continues a list of values (分别增长7.5%、8%).
 */
import { findQuantities, isGarbledYear, type Quantity } from '../numbers';
import { isSpace } from '../scan';
import type { Clause, Span } from './text';

export interface Figure {
	q: Quantity;
	clause: Clause;
	/** Index of the clause in its sentence. */
	clauseIndex: number;
	/** Text between the previous figure (or the clause start) and this one. */
	lead: Span;
	/** The subject: lead minus predicate words at its end and connectors at its start. */
	subj: Span;
	/** Predicate words found between subject and figure, in reading order. */
	preds: string[];
	/** Continues a list of values (、 和 及 or nothing between two figures). */
	listCont: boolean;
	/** 分别 / 均 / 都 seen in the predicate. */
	distributive: boolean;
	growth: boolean;
	decline: boolean;
	avg: boolean;
	completion: boolean;
	/** 超额完成x%: the completion is 100 + x. */
	excess: boolean;
	/** The completion share follows its own subject (财政总收入完成全年任务的104%). */
	ownSubject: boolean;
	/** Object written after the figure (3个口袋公园). */
	obj: Span | null;
}

const PRED_TOKENS = [
	// asides and qualifiers between an indicator and its change (同比(下同)增长, 名义增长)
	'(下同)',
	'名义',
	'实际',
	'劲增',
	'分别',
	'均',
	'都',
	'各',
	'同比',
	'比上年同期',
	// 同比增64.63%, 比上年增8%: 增 alone only after the comparison (新增 is a verb)
	'同比增',
	'比上年增',
	'较上年增',
	// 高新技术企业净增17家: the year's net addition
	'净增',
	'较上年同期',
	'比去年同期',
	'较去年同期',
	'同期',
	'同口径',
	'可比口径',
	'增长率',
	'增长比率',
	'增长幅度',
	'比上年',
	'较上年',
	'比去年',
	'较去年',
	'比去年增',
	'较去年增',
	// 逆势比增20.8%: against the trend, still the year's change
	'逆势',
	'年均',
	'年平均',
	'增长',
	'增幅',
	'涨幅',
	'增速',
	'比增',
	'增加',
	'提高',
	'上升',
	'上涨',
	'下降',
	'减少',
	'降低',
	'降幅',
	'下滑',
	'回落',
	'压减',
	'压缩',
	'缩减',
	'稳定',
	'达到',
	'达',
	'为',
	'至',
	'到',
	'了',
	'保持',
	'完成',
	'实现',
	'合计',
	'共计',
	'累计',
	'累积',
	'总计',
	'平均',
	'增至',
	'力争',
	'确保',
	'争取',
	'努力',
	// 财政收入预计实现12亿元: the hedge of an estimate, between the subject and its verb
	'预计',
	// 生产总值将首超百亿元: tense and first-time words before a milestone
	'将',
	'首次',
	'首',
	'的',
	'在',
	' ',
	'\n'
].sort((a, b) => b.length - a.length);

/** Predicate tokens by the code of their last character, longest first. */
const PRED_BY_LAST = new Map<number, string[]>();
for (const t of PRED_TOKENS) {
	const k = t.charCodeAt(t.length - 1);
	PRED_BY_LAST.set(k, [...(PRED_BY_LAST.get(k) ?? []), t]);
}

/**
 * The longest predicate token that ends at `end` and starts at or after `from`, with the length
 * it takes in the text: a letter-spaced copy (同 期 增 长) writes a token with spaces inside.
 */
function predTokenBefore(
	norm: string,
	from: number,
	end: number
): { tok: string; len: number } | undefined {
	if (end <= from) return undefined;
	const cands = PRED_BY_LAST.get(norm.charCodeAt(end - 1));
	if (cands) {
		for (const t of cands)
			if (end - t.length >= from && norm.startsWith(t, end - t.length))
				return { tok: t, len: t.length };
		if (norm.charCodeAt(end - 2) === 32)
			for (const t of cands) {
				const len = spacedLength(norm, from, end, t);
				if (len > 0) return { tok: t, len };
			}
	}
	// 5.17亿元、增7%: a lone 增 right after a list mark is the change of the figure before
	// (新增 is a verb, so only there)
	if (norm.charCodeAt(end - 1) === 0x589e && (end - 1 === from || /[、,;]/.test(norm[end - 2])))
		return { tok: '增', len: 1 };
	// 与2025年相比增长16.2%: the base of the comparison, named with its year
	const base = COMPARED_WITH.exec(norm.slice(Math.max(from, end - 14), end));
	return base ? { tok: base[0], len: base[0].length } : undefined;
}

/** The length of `t` written ending at `end` with single spaces between its characters, or 0. */
function spacedLength(norm: string, from: number, end: number, t: string): number {
	if (t.length < 2) return 0;
	let i = end;
	for (let k = t.length - 1; k >= 0; k--) {
		if (k < t.length - 1 && norm.charCodeAt(i - 1) === 32) i--;
		if (i - 1 < from || norm.charCodeAt(i - 1) !== t.charCodeAt(k)) return 0;
		i--;
	}
	return end - i;
}
const COMPARED_WITH =
	/(?:与|和|同|比|较)(?:(?:\d{4}|\d{2}[xX×*]{2}|[xX×*]{4})\s*年(?:底|末)?|上年|去年)(?:同期)?(?:相比)?$/;

const GROWTH_WORDS = new Set([
	'增',
	'劲增',
	'增长',
	'增长率',
	'增长比率',
	'增长幅度',
	'涨幅',
	'增幅',
	'增速',
	'比增',
	'增加',
	'提高',
	'上升',
	'上涨',
	'同比',
	'同比增',
	'比上年增',
	'较上年增',
	'净增'
]);
const DECLINE_WORDS = new Set([
	'下降',
	'减少',
	'降低',
	'降幅',
	'下滑',
	'回落',
	'压减',
	'压缩',
	'缩减'
]);
/** 完成全年目标任务的, 完成县下达任务的, 完成年度预算的: the share of a target that was met. */
const COMPLETION_LEAD =
	/^(?:(?:年度|全年)?(?:目标|任务|计划)?完成率(?:为|达到?)?$|完成(?:目标)?任务率(?:为|达到?)?$|完成(?:全年|年度)?计划投资的?$|(?:为|达到?)(?:全年|年度|年初)(?:投资)?(?:(?:目标|计划|预算)(?:任务)?|任务)的|(?:完成|占)(?:了)?(?:全年|年度|年初|年|(?:[省市县区镇乡]|上级)(?:定|下达|确定|下)?的?)?(?:投资)?(?:目标|计划|预算)?(?:任务数|目标任务|任务|计划|目标|预算)?(?:总额)?的?|(?:完成|占)(?:了)?[\u4e00-\u9fff]{1,12}?(?:目标任务|任务数|任务|目标|计划|预算)(?:总额|数)?的?|总?完成率(?:为|达到?)?|完成|(?:实现|完成)(?:了)?(?:年度|全年)?指标的)$/;

/** 财政总收入完成全年任务的104%: an indicator, then the share of its target, no level. */
const COMPLETION_TAIL =
	/(?:完成|占)(?:了)?(?:全年|年度|年初|(?:[省市县区镇乡]|上级)(?:定|下达|确定|下)?的?)(?:投资)?(?:目标|计划|预算)?(?:任务数|目标任务|任务|计划|目标|预算)的?$|(?:完成|占)(?:了)?[\u4e00-\u9fff]{1,12}?(?:下达|人代会|年初|全年|年度)[\u4e00-\u9fff]{0,6}?(?:目标任务|任务数|任务|目标|计划|预算)(?:数)?的$|(?:完成|占)(?:了)?(?:全年|年度)?(?:目标|计划|预算)(?:任务)?的?$/;

/** 超额完成4%: four points beyond the target, a completion of 104%. */
const EXCESS_LEAD = /^超额完成(?:了)?(?:全年|年度)?(?:目标|任务|计划)?(?:任务)?$/;

/** 完成全年目标(: the share of a target whose size follows in brackets. */
export const TARGET_BRACKET = /((?:完成|占)[\u4e00-\u9fff]{0,8}?(?:目标|任务|计划)(?:任务)?)\($/;

const COUNTED_NOUN = /^[\u4e00-\u9fff]{1,6}、(?=[\u4e00-\u9fff])/;
const LEAD_CONNECTOR = /^(?:[、,和及与]|其中|并且|并|且|同时|以及)+/;

/** A figure that continues a list of values (分别增长7.5%、8%) reads with the predicate before it. */
export function continueList(f: Figure, prev: Figure): void {
	f.listCont = true;
	f.distributive = prev.distributive;
	f.growth = prev.growth;
	f.decline = prev.decline;
	f.avg = prev.avg;
	f.completion = prev.completion;
	f.excess = prev.excess;
	f.ownSubject = prev.ownSubject;
	f.preds = prev.preds;
}

/**
 * The last clauses read, with their figures: a reader looks back at the clause before (is it
 * bare of figures?) and continues lists into the next, so recent clauses are asked for again.
 * Most clauses are read once, so a small ring beats a table of every clause (less garbage).
 */
const RECENT = 4;
const recent: { owner: object; start: number; end: number; index: number; figs: Figure[] }[] = [];
let nextSlot = 0;

/**
 * clauseFigures for the report `owner` stands for (its ItemContext), reusing a recent reading.
 * The figures are shared: treat them as read-only (copy before continueList).
 */
export function figuresOf(
	owner: object,
	norm: string,
	clause: Clause,
	clauseIndex: number
): Figure[] {
	for (const r of recent)
		if (
			r.owner === owner &&
			r.start === clause.start &&
			r.end === clause.end &&
			r.index === clauseIndex
		)
			return r.figs.slice();
	const figs = clauseFigures(norm, clause, clauseIndex);
	recent[nextSlot] = { owner, start: clause.start, end: clause.end, index: clauseIndex, figs };
	nextSlot = (nextSlot + 1) % RECENT;
	return figs.slice();
}

export function clauseFigures(norm: string, clause: Clause, clauseIndex: number): Figure[] {
	const quoted = quotedPositions(norm, clause);
	const qs = findQuantities(norm, clause.start, clause.end).filter(
		(q) => q.end <= clause.end && !quoted(q.numStart)
	);
	const out: Figure[] = [];
	let prevEnd = clause.start;
	for (const found of qs) {
		// 同比增长17.8, 占年计划的58.2: a share whose % sign was left out.
		const q =
			found.unit === null && bareShare(norm, prevEnd, found)
				? { ...found, unit: '%' }
				: found.unit === '倍'
					? timesAsPercent(norm, prevEnd, found)
					: found;
		// Years, ordinals, bare numbers and thresholds are part of the words, not figures.
		if (
			isYearOrOrdinal(norm, q) ||
			q.unit === null ||
			isModifier(norm, q) ||
			isGarbledYear(norm, q)
		)
			continue;
		const lead = { start: prevEnd, end: q.start };
		let end = q.start;
		const preds: string[] = [];
		for (;;) {
			const found = predTokenBefore(norm, lead.start, end);
			if (!found) break;
			const tok = found.tok;
			// 村均65万元: 均 closing the words is part of the subject, not 'each'.
			if ((tok === '均' || tok === '各' || tok === '都') && preds.length === 0 && !q.prefix) break;
			preds.unshift(tok);
			end -= found.len;
		}
		let start = lead.start;
		// 签约7个项目、计划总投资31.2亿元: the noun the figure before counted is not this subject.
		if (out.length) {
			const counted = COUNTED_NOUN.exec(norm.slice(start, end));
			if (counted) start += counted[0].length;
		}
		const conn = LEAD_CONNECTOR.exec(norm.slice(start, end));
		if (conn) start += conn[0].length;
		// 财政总收入(不含转移性收入)6.07亿元: a bracketed note on the scope closes the subject
		if (norm.charCodeAt(end - 1) === 41) {
			const note = /\([^()]{1,24}\)$/.exec(norm.slice(start, end));
			if (note && note.index >= 2) end = start + note.index;
		}
		const leadText = norm.slice(lead.start, lead.end);
		// 完成年计划的 52%: spaces (a PDF's) are not words; 已完成 is 完成 done.
		let leadWords = withoutSpaces(leadText)
			.replace(LEAD_CONNECTOR, '')
			.replace(/^已经?(?=完成)/, '');
		// 完成全年目标(3.15亿元)91%: the share's words stand before the target's size in brackets
		const before = out[out.length - 1];
		if (/^\)(?:进度)?的?$/.test(leadWords) && before && before.q.end === prevEnd) {
			const m = TARGET_BRACKET.exec(withoutSpaces(norm.slice(before.lead.start, before.q.start)));
			if (m) leadWords = m[1];
		}
		const tail =
			q.unit === '%' && !COMPLETION_LEAD.test(leadWords) ? COMPLETION_TAIL.exec(leadText) : null;
		// The words before the completion phrase are the subject (财政总收入).
		if (tail && tail.index > 0) end = Math.min(end, lead.start + tail.index);
		const prev = out[out.length - 1];
		const listCont =
			!!prev &&
			prev.q.end === prevEnd &&
			/^(?:[、,和及与]|以及)?$/.test(leadText.trim()) &&
			// 1家、5亿元: a count and an amount are two figures, not one list of values
			unitKind(prev.q.unit) === unitKind(q.unit);
		const f: Figure = {
			q,
			clause,
			clauseIndex,
			lead,
			subj: { start, end: Math.max(start, end) },
			preds,
			listCont,
			distributive: preds.some((p) => p === '分别' || p === '均' || p === '都' || p === '各'),
			growth: preds.some((p) => GROWTH_WORDS.has(p)),
			decline: preds.some((p) => DECLINE_WORDS.has(p)),
			avg: preds.some((p) => p === '年均' || p === '年平均'),
			completion:
				q.unit === '%' &&
				(COMPLETION_LEAD.test(leadWords) ||
					EXCESS_LEAD.test(leadWords) ||
					(tail !== null && tail.index > 0)),
			ownSubject: tail !== null && tail.index > 0,
			excess: q.unit === '%' && EXCESS_LEAD.test(leadWords),
			obj: null
		};
		if (listCont && prev) continueList(f, prev);
		out.push(f);
		prevEnd = q.end;
	}
	// Objects after a figure: up to the next figure, 、, or the clause end.
	for (let i = 0; i < out.length; i++) {
		const f = out[i];
		const next = out[i + 1];
		const limit = next ? next.q.start : clause.end;
		let e = f.q.end;
		while (e < limit && !isObjectEnd(norm.charCodeAt(e))) e++;
		// 3个封闭式老旧小区和大其里等5个: the object ends before the next item's words.
		if (next && e === limit) {
			const cut = norm.slice(f.q.end, e).search(/和|及|与/);
			if (cut >= 0) e = f.q.end + cut;
		}
		let s = f.q.end;
		if (norm[s] === '的') s++;
		if (e > s) f.obj = { start: s, end: e };
	}
	return out;
}

const SPACES = /\s+/g;

/** s.replace(/\s+/g, ''), with no new string when s has no white space (most leads). */
function withoutSpaces(s: string): string {
	for (let i = 0; i < s.length; i++) if (isSpace(s.charCodeAt(i))) return s.replace(SPACES, '');
	return s;
}

/**
 * 完成年度目标任务的10倍, 增长近2倍: a multiple of the target or of the base, a share of 1000% or a
 * change of 200%; other multiples (是全县的2倍) stay as written.
 */
function timesAsPercent(norm: string, from: number, q: Quantity): Quantity {
	if (q.value === null) return q;
	const lead = withoutSpaces(norm.slice(Math.max(from, q.start - 16), q.start));
	const share = /(?:目标|任务|计划)(?:任务)?的$/.test(lead) && /完成|占|为/.test(lead);
	const change = /(?:增长|增加|提高|翻)了?$/.test(lead);
	return share || change ? { ...q, unit: '%', value: q.value * 100 } : q;
}

/** A change or a share of a target, written right before a figure. */
const SHARE_LEAD =
	/(?:增长|增幅|增速|下降|降幅|占(?:全年|年度|年)?(?:目标|计划|任务)(?:任务)?的?|完成(?:全年|年度)(?:目标|计划)?任务的)$/;

/**
 * 同比增长17.8, 占年计划的58.2: a bare number of up to three digits closing its clause after a
 * change or a target's share is a percentage whose sign was dropped.
 */
function bareShare(norm: string, from: number, q: Quantity): boolean {
	if (q.prefix || q.suffix || q.chinese || q.high !== undefined) return false;
	if (!/^\d{1,3}(?:\.\d+)?$/.test(norm.slice(q.numStart, q.numEnd))) return false;
	const next = norm.charCodeAt(q.end);
	if (!Number.isNaN(next) && !CLAUSE_END.has(next) && !/[。(]/.test(norm[q.end])) return false;
	return SHARE_LEAD.test(norm.slice(Math.max(from, q.start - 12), q.start));
}

/** Codes of the characters that end a clause or a sentence. */
const CLAUSE_END = new Set([...',;:。!?\n、)'].map((c) => c.charCodeAt(0)));

const MEASURE_UNIT =
	/^(?:万|亿)?(?:亩|公里|千米|米|平方米|平方公里|立方米|公顷|吨|公斤|千瓦|兆瓦)$/;

/**
 * Whether a figure in Chinese numerals is a quantity (新建农村公路九公里, 改造二百户, 新建基站二十个)
 * rather than a slogan or a set phrase (四个意识, 两个维护, 三项制度, 最后一公里).
 */
export function chineseQuantity(norm: string, q: Quantity): boolean {
	if (!q.chinese || /[万亿]/.test(q.unit ?? '')) return true;
	const numeral = norm
		.slice(q.numStart, q.numEnd)
		.replace(/[^零〇一二两三四五六七八九十百千]/g, '');
	// 千亩方, 百亩园, 万亩良田: a bare order of magnitude names a class, not an amount.
	if (!/[一二两三四五六七八九]/.test(numeral) && numeral !== '十') return false;
	if (MEASURE_UNIT.test(q.unit ?? '')) return Math.abs(q.value) > 1;
	// 新建村卫生室两个, 培育家庭农场五家以上: a count written after what it counts (slogans put
	// the numeral first: 四个意识).
	// 一批: a batch, not a count.
	if (q.unit === '批' && q.value === 1) return false;
	const next = norm.charCodeAt(q.end);
	if (q.suffix || Number.isNaN(next) || CLAUSE_END.has(next)) return true;
	return numeral.length >= 2 && Math.abs(q.value) >= 10;
}

const OPEN_QUOTE = 0x201c;
const CLOSE_QUOTE = 0x201d;
const NOT_QUOTED = () => false;

/** 、 , ; — where an object written after a figure ends. */
function isObjectEnd(c: number): boolean {
	return c === 0x3001 || c === 44 || c === 59;
}

/**
 * Whether a position of the clause lies inside “…” opened within the clause. The quote marks are
 * found in one pass and looked up by binary search: a clause of thousands of figures (a file
 * without punctuation) stays fast instead of rescanning the clause for each figure.
 */
function quotedPositions(norm: string, clause: Clause): (pos: number) => boolean {
	const opens: number[] = [];
	const closes: number[] = [];
	for (let i = clause.start; i < clause.end; i++) {
		const c = norm.charCodeAt(i);
		if (c === OPEN_QUOTE) opens.push(i);
		else if (c === CLOSE_QUOTE) closes.push(i);
	}
	// Most clauses quote nothing: no position is inside a quote.
	if (opens.length === 0) return NOT_QUOTED;
	// The first index in a sorted list whose value is >= x.
	const lowerBound = (xs: number[], x: number) => {
		let lo = 0;
		let hi = xs.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (xs[mid] < x) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
	return (pos) => {
		const k = lowerBound(opens, pos) - 1;
		if (k < 0) return false;
		const c = lowerBound(closes, opens[k]);
		return c >= closes.length || closes[c] >= pos;
	};
}

/**
 * A threshold or description that qualifies the noun after it: 20亿元以上产值企业,
 * 超10亿元项目, 9000元以下低收入农户. A percentage is never one (85%以上问题隐患 is a share).
 */
export function isModifier(norm: string, q: Quantity): boolean {
	if (q.unit === '%') return false;
	const after = norm.slice(q.end, q.end + 2);
	// 过千万元的项目, 超10亿元项目, 超亿元产值: an amount threshold naming a class (of projects,
	// enterprises, output).
	const over =
		q.prefix === '超' ||
		q.prefix === '超过' ||
		/过\s*$/.test(norm.slice(Math.max(0, q.start - 2), q.start));
	if (
		over &&
		/元|^[万亿]$/.test(q.unit ?? '') &&
		/^(?:的?(?:项目|企业)|产值|规模)/.test(norm.slice(q.end, q.end + 3))
	)
		return true;
	if (!/^[\u4e00-\u9fff“]/.test(after) || /^(?:的|和|及|、|等)/.test(after)) return false;
	if (q.suffix === '以上' || q.suffix === '以下' || q.suffix === '及以上') return true;
	// 10-500万元项目: a range of amounts naming a class of projects.
	if (
		q.high !== undefined &&
		/元/.test(q.unit ?? '') &&
		/^(?:的)?项目/.test(norm.slice(q.end, q.end + 3))
	)
		return true;
	// 2000万元以上规上企业: the statistical threshold of 规模以上, not an amount of it.
	if (
		/元/.test(q.unit ?? '') &&
		/^(?:规模以上|规上|限额以上|限上)/.test(norm.slice(q.end, q.end + 4))
	)
		return true;
	return false;
}

function isYearOrOrdinal(norm: string, q: Quantity): boolean {
	if (norm[q.numStart - 1] === '第' || norm[q.numStart - 1] === '届') return true;
	// 十五届四次全会, 二次会议, 第六届人大五次、六次会议: a meeting's ordinal.
	if (
		q.unit === '次' &&
		(/^(?:、(?:\d{1,2}|[一二三四五六七八九十]{1,3})次)*(?:全会|会议|党代会|全体会议|代表大会)/.test(
			norm.slice(q.end, q.end + 12)
		) ||
			/届(?:人大|人民代表大会)?$/.test(norm.slice(Math.max(0, q.numStart - 8), q.numStart)))
	)
		return true;
	if (q.unit === null && /^年|^月|^日|^号|^届|^周|^岁|^小时|^分/.test(norm.slice(q.numEnd)))
		return true;
	// 甲项目二期: a phase written in words right after a name is its ordinal (分三期建设 counts).
	if (
		q.unit === '期' &&
		/^[一二三四五六七八九十]期$/.test(norm.slice(q.start, q.end)) &&
		/[\u4e00-\u9fffA-Za-z]/.test(norm[q.numStart - 1] ?? '') &&
		!/[分共第]$/.test(norm[q.numStart - 1] ?? '')
	)
		return true;
	return false;
}

/** What a unit measures, coarsely: a rate, money, or anything else. */
function unitKind(u: string | null): 'rate' | 'money' | 'other' {
	if (u === '%' || u === 'pp') return 'rate';
	return u && /元/.test(u) ? 'money' : 'other';
}
