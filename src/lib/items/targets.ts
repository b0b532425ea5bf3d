/**
 * Targets: the statement of main expected targets (headline), a five-year plan's 到YYYY年 goals
 * (headline, year YYYY) and quantified tasks for the target year in the work plan (plan).
 */
import { findIndicator } from '../indicators';
import { allMatches } from '../scan';
import { boundOf, planTermYears } from '../numbers';
import { PLAN_OPENING } from '../sections/index';
import type { Bound, Measure, Modality, SectionKind, TargetItem, Tier } from '../types';
import { chineseQuantity, figuresOf, type Figure } from './figures';
import type { ItemContext } from './index';
import { cleanSubject, newProjectsClass, splitSubject } from './subjects';
import {
	CLAUSE_VERBS,
	HEDGE_START,
	OWN_VERB_START,
	clauses,
	isPeriodResultParagraph,
	hasAsciiDigit,
	lastNewlineBefore,
	reportSentences,
	TARGETS_LEAD,
	type Span
} from './text';
import { headingKind, reportsOutcome, type Zoning } from './zones';

/** 主要预期目标为: / 年度目标是: / 主要目标是 — the headline statement opens after it. */
const STATEMENT = new RegExp(`${TARGETS_LEAD.source}|(?:主要预期目标|预期性目标)(?:是|为)`);
const HORIZON = /到(20\d\d)年/;
/** 全年预期目标是: a statement of the whole year's targets that names no year of its own. */
const REVIEWED_YEAR_STATEMENT = /^[^\d今明]{0,12}全年(?:主要)?预期目标(?:是|为)?[:：]?$/;
const ACTOR_HEDGE =
	/^[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道)?(?:将|要)?(?:力争|确保|争取|努力|预计将?)(?:实现)?(?:全年|今年|年内)?/;
const CLASS_BEFORE_COUNT = /^(?:以上|级)?[\u4e00-\u9fff]{0,4}?(?:企业|项目)\s*\d/;
const LIST_SUMMARY = /等(?:主要|主体|重点|各项|核心)?(?:经济)?指标$/;
const TERM_AHEAD = /(?:未来|今后)五年/;
const CONTINUED_AIM =
	/(?:^|[,;])\s*(?:全年|今年|年内)(?:新签约|新开工|新竣工|新增|新建|新引进|新培育)|^\s*(?:全年|今年|年内|同时|并)?(?:新签约|新开工|新竣工|新增|新建|新引进|新培育|完成|实现|招引)/;
const TERM_GOAL = /目标|将实现|力争|努力|达到/;
/** Forward-looking wording that makes a sentence a target whatever part it stands in. */
const INTENT_CUE =
	/力争|确保|预期目标|主要目标|目标(?:是|为)|为了?(?:实现|完成)(?:上述|以上|这些|这一|全年)(?:各项)?(?:目标|任务)|(?:今年|明年|新的一年)[^。；;]{0,12}(?:将|要|力争|确保|目标)|提出[^。]{0,20}(?:目标|任务)|(?:主要|其他|经济)指标(?:还)?(?:包括|有|是|为)/;
/** A sentence quoting the main targets' list. */
const MAIN_LIST = /(?:主要|其他|经济)指标|主要(?:预期)?目标|预期目标/;
const PAST_CUE = /实现了|完成了|同比|比上年|较上年|比去年|一年来|过去一年|去年/;
/** 预计将实现…增长7.8%: the year ahead, unless the goal runs over years (年均, 总体目标). */
const FUTURE_CUE = /预计将|将(?:实现|完成|达到|突破)/;
const MULTI_YEAR_GOAL = /年均|总体目标|今后|未来[一二三四五]年|到20\d\d年/;
function intentCue(sentence: string): RegExpExecArray | null {
	return (
		INTENT_CUE.exec(sentence) ?? (MULTI_YEAR_GOAL.test(sentence) ? null : FUTURE_CUE.exec(sentence))
	);
}

export function statesIntent(sentence: string): boolean {
	return intentCue(sentence) !== null && !PAST_CUE.test(sentence);
}

/**
 * Where a news sentence's intent begins: the clause holding its cue (邀请…47名代表,确保…开门红:
 * what precedes the cue is the article's own narration). -1 when the sentence states no intent.
 */
export function intentStart(sentence: string): number {
	if (PAST_CUE.test(sentence)) return -1;
	const m = intentCue(sentence);
	if (!m) return -1;
	const before = sentence.slice(0, m.index);
	const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
	return cut + 1;
}

/**
 * 为实现今年生产总值增长8%、…的目标: figures named as the goal of something else. Group 1: the
 * goal's figures (after an optional year word).
 */
const NAMED_GOAL =
	/((?:为了?|围绕|朝着|向着)(?:全面|圆满|确保)?(?:实现|完成|达到)?(?:(?:今年|明年|全年|新的一年|\d{4}年)度?)?)([^。;]{4,240}?)(?:等|的)(?:各项|主要|年度|奋斗|发展)?(?:目标|任务)/;
export function namedGoal(sentence: string): { start: number; end: number } | null {
	const m = NAMED_GOAL.exec(sentence);
	if (!m) return null;
	const start = m.index + m[1].length;
	return { start, end: start + m[2].length };
}

/**
 * A news article turns from the year's main targets to its work areas (重点抓好…九大项工作,
 * 重点做好以下工作:): the intentions it quotes after that are work-plan tasks.
 */
export const WORK_AREAS =
	/(?:重点|着力|突出|全力|切实|要)(?:抓好|做好|抓实|推进|实施)[^。]{0,90}(?:方面|项|大)?(?:工作|任务|举措)|(?:以下|如下)(?:几个方面|方面)?(?:的)?工作[:]/;

export const RESULT_WORDING =
	/同比|比上年|较上年|(?:1|一)(?:-|至|到)(?:\d{1,2}|[一二三四五六七八九十]{1,3})月|上半年|截[至止]|完成全年|完成年度|已完成|实现了/;
const QUALITATIVE = ['同步', '正增长', '持平', '高于', '快于'];
/** Character classes of figureOrQualitative, as bits by code. */
const FIGURE = 1;
const NUMERAL = 2;
const COUNTER = 4;
const QUALITATIVE_FIRST = 8;
const CLASS_OF = new Uint8Array(0x10000);
for (const [chars, bit] of [
	['0123456789十百千万亿', FIGURE],
	['一二两三四五六七八九', NUMERAL],
	['个家项件座所处条户名', COUNTER],
	[QUALITATIVE.map((w) => w[0]).join(''), QUALITATIVE_FIRST]
] as const)
	for (let i = 0; i < chars.length; i++) CLASS_OF[chars.charCodeAt(i)] |= bit;
/**
 * Whether norm[from, to) holds a figure or a qualitative target word:
 * /\d|[十百千万亿]|[一二两三四五六七八九][个家项件座所处条户名]|同步|正增长|持平|高于|快于/, tested
 * in one pass over the codes: a sentence without one is scanned once, not once per alternative.
 */
function figureOrQualitative(norm: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		const k = CLASS_OF[norm.charCodeAt(i)];
		if (k === 0) continue;
		if (k & FIGURE) return true;
		if (k & NUMERAL && i + 1 < to && CLASS_OF[norm.charCodeAt(i + 1)] & COUNTER) return true;
		if (k & QUALITATIVE_FIRST)
			for (const w of QUALITATIVE) if (i + w.length <= to && norm.startsWith(w, i)) return true;
	}
	return false;
}
/**
 * A multi-year horizon: what it governs is a quantity over several years, not the year's task
 * (今后三年, 三年内, 2031-2033年, “十四五”期间). Group 1/2: a year whose own reading decides
 * (到2033年 / 2033年底前 — multi-year only when it is not the report's target year).
 */
const MULTI_YEAR = new RegExp(
	'(?:今后|未来)[两三四五六七八九十]年|[两三四五六七八九十]年(?:内|间|来)|' +
		'\\d{4}年?(?:-|~|至|到)\\d{4}年|用(?:\\d+|[两三四五])年(?:时间)?|未来可|' +
		'十[三四五六]五["”]?(?:期间|时期|末)|到(20\\d\\d)年|(20\\d\\d)年(?:底|末)?(?:之)?前',
	'g'
);
/** A clause that opens on the target year again (今年, 年内, 其中今年): the horizon ends. */
const ANNUAL_OPENING = /^(?:其中|同时|并|要|将)?(?:今年|年内|全年|当年|本年度?|明年)/;
const AREA_UNIT = /^(?:亩|公顷|平方米|平方公里|平方千米|万平方米|万亩)$/;
const CUMULATIVE_AIM = /累计(?:培育|新增|建成|打造|引进|创建)/;
const PORTFOLIO = /排出|排定|谋划|储备|做好|列入|梳理|滚动|共有|累计|续建|推进|巩固/;
const HEDGE_INLINE = /(力争|确保|争取|努力)/;
const LEAD_VERB = new RegExp(`^(?:${CLAUSE_VERBS})+`);

// (农民人均收入同步增长: in step, the economy it keeps pace with left unsaid)
const IN_STEP =
	/(?:增长|增速|增幅)?(?:要|基本)?(?:与|同)(?:全镇)?(?:经济增长|经济发展|地区生产总值增长|生产总值增长|GDP增长)(?:基本)?(?:保持)?(?:同步|相适应|相协调)|(?:实现|保持)?(?:基本)?同步增长(?=$|[,;。、])/;
const ABOVE_REF =
	/(?:增长|增速|增幅)(?:要)?(?:高于|快于|超过)(?:全镇)?(?:经济增长|地区生产总值增长|生产总值增速|GDP增速|经济增速)/;
const POSITIVE = /(?:保持|实现)?正增长|(?:实现)?(?:转负为正|由负转正)/;
/** 增长与上年持平: growth at last year's rate, not a change of zero. */
const GROWTH_PARITY =
	/(?:增长|增速|增幅)(?:要|基本)?\s*(?:与|同|和)\s*(?:上一?年度?|去年)(?:同期)?(?:水平)?\s*(?:基本)?(?:保持)?持平/;
/** 保持持平 / 与上年持平 as a target: a change of exactly zero. */
const FLAT =
	/(?:(?:与|同|和|较|比)\s*(?:上一?年度?|去年)(?:同期)?(?:相比)?|同比)?(?:基本|大致|总体)?(?:保持|实现)?持平(?=$|[,;。、)]|(?:的)?(?:水平|态势))/;

export function extractTargets(
	ctx: ItemContext,
	zoning: Zoning,
	spans: Span[] = reportSentences(ctx.norm, ctx.report.start, ctx.report.end)
): TargetItem[] {
	const { norm, report } = ctx;
	const out: TargetItem[] = [];
	const portfolio: Portfolio = { para: -1, scope: null, named: false, active: false };
	// 到2026年,…。在此基础上,…: the horizon holds to the end of its paragraph.
	let carried: { year: number; para: number } | null = null;
	let multiYear = { para: -1, carried: false };
	const newlineBefore = lastNewlineBefore(norm);
	let workAreas = false;
	/** The sentence states the goals of the term ahead (未来五年) in a news article. */
	let termAhead = false;
	let termEnd = 0;
	/** The paragraph of a news article's last sentence of intent. */
	let intentPara = -2;
	for (const s of spans) {
		const sentence = norm.slice(s.start, s.end);
		let kind = zoning.kindAt(s.start);
		const zoneKind = kind;
		let intentFrom = s.start;
		let intentTo = s.end;
		/** A news article's sentence of intent, read as targets without a statement. */
		let quotedIntent = false;
		// A statement of intent inside a review part (a news article quoting the year's targets,
		// a report that states them in its opening) is a target, not a result.
		if ((kind === 'review' || kind === 'other') && report.kind === 'annual') {
			if (STATEMENT.test(sentence)) kind = 'targets';
			else if (report.genre === 'news') {
				// The work areas a sentence announces govern the sentences after it: its own
				// figures (…五个方面的工作,力争…增长9%) are still the year's main targets.
				const inAreas = workAreas;
				if (WORK_AREAS.test(sentence)) workAreas = true;
				// 未来五年,是…关键五年。全乡…的总体目标将实现…: the term's goals, to its last year.
				const lineStart = newlineBefore(s.start) + 1;
				const paraHead = norm.slice(lineStart, Math.min(s.start, lineStart + 16));
				// “十三五”时期,…力争 in a report of the plan's years: the plan's goals, to its last year
				const planEnd = report.reportYear > 0 ? planTermEnd(paraHead + sentence) : null;
				const ahead = planEnd !== null && planEnd > report.reportYear ? planEnd : null;
				const horizonYear = HORIZON.exec(sentence)?.[1];
				if (
					(TERM_AHEAD.test(paraHead) || TERM_AHEAD.test(sentence) || ahead !== null) &&
					TERM_GOAL.test(sentence) &&
					(!horizonYear || Number(horizonYear) === ahead) &&
					report.reportYear > 0
				) {
					termAhead = true;
					termEnd = ahead ?? report.reportYear + 4;
					kind = 'five_year';
				} else termAhead = false;
				const at = kind === 'five_year' ? -1 : intentStart(sentence);
				const goal = at < 0 ? namedGoal(sentence) : null;
				const here = newlineBefore(s.start);
				if (at >= 0) {
					kind = inAreas ? 'plan' : 'targets';
					intentFrom = s.start + at;
					quotedIntent = true;
					intentPara = here;
				} else if (
					// 力争…。全年新开工重大项目3个…: the paragraph's next sentences go on with the year's aims
					intentPara === here &&
					CONTINUED_AIM.test(sentence) &&
					!PAST_CUE.test(sentence)
				) {
					kind = inAreas ? 'plan' : 'targets';
					quotedIntent = true;
				} else if (goal) {
					kind = inAreas ? 'plan' : 'targets';
					intentFrom = s.start + goal.start;
					intentTo = s.start + goal.end;
				}
			}
		}
		const para = newlineBefore(s.start);
		if (kind === 'plan') {
			// 今后三年,…: a horizon opening a paragraph governs it until a sentence opens on the year.
			if (multiYear.para !== para)
				multiYear = { para, carried: hasMultiYear(firstClause(sentence), report.reportYear) };
			else if (ANNUAL_OPENING.test(sentence)) multiYear.carried = false;
		}
		// Nothing to find in a sentence without a figure or a qualitative target word.
		if (!hasAsciiDigit(norm, s.start, s.end) && !figureOrQualitative(norm, s.start, s.end))
			continue;
		const stmt = STATEMENT.exec(sentence);
		let tier: Tier;
		let bodyStart = intentFrom;
		let year = report.reportYear;
		const found = HORIZON.exec(sentence);
		let horizon: { index: number; text: string; year: number } | null = found
			? { index: found.index, text: found[0], year: Number(found[1]) }
			: null;
		if (termAhead && kind === 'five_year') horizon = { index: 0, text: '', year: termEnd };
		else if (horizon) carried = { year: horizon.year, para };
		else if (carried && carried.para === para && kind === 'five_year')
			horizon = { index: 0, text: '', year: carried.year };
		if (stmt) {
			tier = 'headline';
			bodyStart = s.start + stmt.index + stmt[0].length;
			if (horizon && horizon.year > report.reportYear && kind === 'five_year') year = horizon.year;
			// 全年预期目标是:… under a year-end summary's review: the targets of the year reviewed
			// (一、目标完成情况及全年预期目标: the heading over it is the review's)
			if (
				report.genre !== 'news' &&
				REVIEWED_YEAR_STATEMENT.test(sentence.slice(0, stmt.index + stmt[0].length)) &&
				(zoneKind === 'review' ||
					headingBefore(norm, s.start, Math.max(report.start, s.start - 1500)) === 'review')
			)
				year = report.reviewYear;
		} else if (kind === 'five_year') {
			if (!horizon || horizon.year <= report.reportYear) continue;
			tier = 'headline';
			year = horizon.year;
			bodyStart = s.start + horizon.index + horizon.text.length;
		} else if (kind === 'targets') {
			// A target list does not report outcomes; such a sentence is a result.
			if (
				RESULT_WORDING.test(norm.slice(intentFrom, intentTo)) ||
				isPeriodResultParagraph(norm, para + 1, zoning.startAt(s.start))
			)
				continue;
			tier = 'headline';
		} else if (kind === 'plan') {
			// An outcome under a plan heading is the results' business.
			if (report.kind === 'annual' && reportsOutcome(sentence, report.reportYear)) continue;
			tier = 'plan';
			// 2031年,某街道将…,全年地区生产总值增长7%以上: the opening paragraph of a plan with no
			// heading states the year's main targets
			if (
				!zoning.partHeadingAt(s.start) &&
				PLAN_OPENING.test(norm.slice(para + 1, para + 40)) &&
				/增长[^,;。]{0,4}\d/.test(sentence)
			)
				tier = 'headline';
			// A mid-year report's 上半年,… paragraph reports the half year even under a plan heading.
			if (
				report.kind === 'midyear' &&
				isPeriodResultParagraph(norm, para + 1, zoning.startAt(s.start))
			)
				continue;
		} else continue;
		const bodies =
			tier === 'plan'
				? annualSpans(
						norm,
						{ start: bodyStart, end: intentTo },
						report.reportYear,
						multiYear.carried
					)
				: [{ start: bodyStart, end: intentTo }];
		const before = out.length;
		if (portfolio.para !== para)
			Object.assign(portfolio, { para, scope: null, named: false, active: false });
		portfolio.active = false;
		for (const body of bodies) collect(ctx, body, tier, year, kind, out, portfolio);
		// 力争全年新签约项目2个: a count a news article quotes is a task, not a main target (unless
		// it quotes the main list: 主要指标还包括…净增高新技术企业30家).
		// A count listed among the year's money and growth figures (工业总产值21亿元…;新增亿元企业
		// 1家;出口交货值5.6亿元) belongs to that list.
		const amidMain =
			out.slice(before).filter((t) => t.indicator && t.unit && /%|元/.test(t.unit)).length >= 3;
		if (quotedIntent && !MAIN_LIST.test(sentence) && !amidMain)
			for (const t of out.slice(before))
				if (t.tier === 'headline' && t.unit && !/%|元/.test(t.unit)) t.tier = 'plan';
		// A carried horizon is weaker evidence: keep only catalogued indicators.
		if (horizon && !found && !stmt && !termAhead)
			out.splice(before, out.length - before, ...out.slice(before).filter((t) => t.indicator));
	}
	return dedupe(out);
}

/** The kind of the nearest heading line above pos (back to floor), null when none is. */
function headingBefore(norm: string, pos: number, floor: number): SectionKind | null {
	let end = norm.lastIndexOf('\n', pos - 1);
	while (end > floor) {
		const start = norm.lastIndexOf('\n', end - 1);
		const kind = headingKind(norm.slice(start + 1, end));
		if (kind) return kind;
		end = start;
	}
	return null;
}

/** The last year of the five-year plan a text names for its period (“十三五”时期 → 2020). */
function planTermEnd(t: string): number | null {
	const m = /十([一二三四五六])五["”]?(?:规划)?(?:期间|时期|末)/.exec(t);
	return m ? planTermYears(m[1]).end : null;
}

/**
 * The parts of a plan sentence that are about the target year: clauses from a multi-year horizon
 * on are left out until a clause opens on the year again. `governed`: a horizon holds from before.
 */
function annualSpans(norm: string, body: Span, reportYear: number, governed: boolean): Span[] {
	const spans: Span[] = [];
	let from: number | null = null;
	for (const c of clauses(norm, body)) {
		const ctext = norm.slice(c.start, c.end);
		if (ANNUAL_OPENING.test(ctext)) governed = false;
		if (hasMultiYear(ctext, reportYear)) governed = true;
		if (governed) {
			if (from !== null) spans.push({ start: from, end: c.start });
			from = null;
		} else if (from === null) from = c.start;
	}
	if (from !== null) spans.push({ start: from, end: body.end });
	return spans;
}

function firstClause(sentence: string): string {
	const m = /[,;:]/.exec(sentence);
	return m ? sentence.slice(0, m.index) : sentence;
}

function hasMultiYear(text: string, reportYear: number): boolean {
	for (const m of allMatches(MULTI_YEAR, text)) {
		const y = m[1] ?? m[2];
		if (!y || Number(y) !== reportYear) return true;
	}
	return false;
}

/**
 * A listed portfolio of projects (今年共排出…项目23个, 推进9个县级重点项目): its counts are not
 * targets, but the planned investment that follows is the portfolio's (scope = the projects).
 */
interface Portfolio {
	para: number;
	scope: string | null;
	/** A portfolio was listed in the paragraph (its scope may be the whole town's). */
	named: boolean;
	/** Set within the sentence once a portfolio count was seen. */
	active: boolean;
}

/** List numbering before a target line: 1. / 2、 / (三) / 四、 */
const NUMBERING =
	'\\(?\\d{1,2}[.、)]|\\([一二三四五六七八九十]{1,2}\\)|[一二三四五六七八九十]{1,2}、';
const QUOTE_LEAD = new RegExp(`^(?:${NUMBERING}|[、,和及与]|其中|今年|全年|年内|并|同时)+`);
const CLAUSE_QUOTE_LEAD = new RegExp(
	`^(?:${NUMBERING}|[、,和及与]|今年|全年|并|同时|推动|促进|实现)+`
);
const GENERIC_SUBJECT = /^(?:总额|总量|规模|总值|总数)$/;
const PLANNED_INVESTMENT =
	/^(?:年度|全年|年内|今年)?计划(?:全年|年内)?(?:完成)?(?:总)?投资(?:总额)?$/;

interface Subject {
	span: Span;
	text: string;
	measure: Measure;
}

const HEDGE_WORDS = new Set<string>(['力争', '确保', '争取', '努力']);

function collect(
	ctx: ItemContext,
	body: Span,
	tier: Tier,
	year: number,
	section: TargetItem['section'],
	out: TargetItem[],
	portfolio: Portfolio
): void {
	const { norm, text } = ctx;
	const cls = clauses(norm, body);
	let hedge: Modality | null = null;
	let segment = -1;
	let lastSubject: Subject | null = null;
	let listHead = '';
	cls.forEach((c, ci) => {
		if (c.segment !== segment) {
			segment = c.segment;
			hedge = null;
			lastSubject = null;
			listHead = '';
		}
		const ctext = norm.slice(c.start, c.end);
		const hm = HEDGE_START.exec(ctext);
		// tested once per clause: the figures below ask again
		const ownVerb = OWN_VERB_START.test(ctext);
		if (hm) hedge = hm[1] as Modality;
		else if (ownVerb) hedge = null;

		const qual = qualitative(ctx, c, ctext, tier, year, section, hedge);
		if (qual.length) {
			out.push(...qual);
			return;
		}

		const figs = figuresOf(ctx, norm, c, ci);
		let consumedUntil = c.start;
		/** 10亿元 before 企业1家: the class the next count is of. */
		let amountClass = '';
		let classStart = -1;
		let classListed = false;
		let i = 0;
		while (i < figs.length) {
			const group: Figure[] = [figs[i]];
			while (i + group.length < figs.length && figs[i + group.length].listCont)
				group.push(figs[i + group.length]);
			i += group.length;
			const f0 = group[0];
			const leadText = norm.slice(f0.lead.start, f0.lead.end);
			const inline = HEDGE_INLINE.exec(leadText);
			if (inline) hedge = inline[1] as Modality;
			if (tier === 'plan') {
				const verdict = keepPlanFigure(norm, f0, figs, c);
				const countUnit = f0.q.unit !== '%' && !/元|亩|平方|米|吨/.test(f0.q.unit ?? '');
				if (verdict === 'portfolio') {
					// The first portfolio of the sentence names the projects (实施类 before 前期类).
					const first = !portfolio.active;
					portfolio.active = true;
					if (!first) continue;
					const words = norm.slice(cleanSubject(norm, f0.subj).start, f0.subj.end);
					const named = /项目$/.test(words)
						? words
						: f0.obj
							? norm.slice(f0.obj.start, f0.obj.end)
							: '';
					const scope = named
						.replace(/^(?:今年|全年|年内)?(?:共)?(?:排出|排定|致力于推进)?/, '')
						.replace(LEAD_VERB, '');
					// Plain 重点项目 are the town's key projects (项目投资 itself), not a part of them.
					portfolio.scope =
						scope && !/^(?:重点|重大)(?:建设|实施)?(?:类)?项目$/.test(scope) ? scope : null;
					portfolio.named = true;
					continue;
				}
				if (verdict === 'drop') continue;
				// 实施重点项目40个,总投资86亿元: the portfolio's total, over its whole life.
				if (
					portfolio.active &&
					/^[,、]?总投资(?:额)?(?:超过|超|约|达)?$/.test(norm.slice(f0.lead.start, f0.q.numStart))
				)
					continue;
				if (portfolio.active && countUnit && !ownVerb && !hm) continue;
			}
			if (f0.q.unit === null || f0.q.unit === 'pp') continue;
			// 新增10亿元企业1家: the amount names a class of what the next figure counts.
			if (
				/元$/.test(f0.q.unit) &&
				group.length === 1 &&
				CLASS_BEFORE_COUNT.test(norm.slice(f0.q.end, Math.min(c.end, f0.q.end + 12)))
			) {
				const from = cleanSubject(norm, f0.subj).start;
				amountClass = norm.slice(from, f0.q.end).replace(/^\s*[、,]\s*/, '');
				classStart = f0.q.start;
				classListed = /^\s*、/.test(norm.slice(f0.lead.start, f0.lead.end)) || /^\s*、/.test(ctext);
				continue;
			}
			// 达3.4亿元，比上年增加0.3亿元: a clause that is only the change after a level (its
			// subject carried over) restates that level, it is not a target of its own
			if (
				f0.q.unit !== '%' &&
				/^(?:比上年|较上年|比去年|较去年|同比)?(?:增加|增收|多)$/.test(leadText)
			)
				continue;
			// Headline targets are written in digits; 四次全会 and the like are not targets.
			if (tier === 'headline' && f0.q.chinese && !/[万亿]/.test(f0.q.unit)) continue;

			let measure: Measure = f0.avg
				? 'avg_growth'
				: f0.q.unit === '%' && (f0.growth || f0.decline) && !reachesLevel(f0)
					? 'growth'
					: 'level';
			const cleaned = cleanSubject(norm, {
				start: Math.max(f0.subj.start, consumedUntil),
				end: Math.max(f0.subj.end, consumedUntil)
			});
			const subjSpan = stripVerbs(norm, cleaned);
			let subjectText = norm.slice(subjSpan.start, subjSpan.end);
			/** The subject with its verb, for the catalogue lookup (新增规上工业企业). */
			let lookupText = norm.slice(cleaned.start, cleaned.end);
			// 新开工重大项目2个、重点项目3个: the verb heading a list of counts is each member's.
			// 青石镇将力争全年新签约…: the actor and the hedge before the subject are not its name
			const actor = ACTOR_HEDGE.exec(lookupText);
			if (actor && actor[0].length < lookupText.length) {
				lookupText = lookupText.slice(actor[0].length);
				if (subjectText.length > lookupText.length)
					subjectText = subjectText.slice(subjectText.length - lookupText.length);
			}
			// 财政收入、工业开票销售等主要指标: the list, not its summary word
			subjectText = subjectText.replace(LIST_SUMMARY, '');
			lookupText = lookupText.replace(LIST_SUMMARY, '');
			let classed = false;
			if (amountClass) {
				lookupText = amountClass + lookupText;
				subjectText = lookupText.replace(/^(?:全年|今年|年内)/, '');
				amountClass = '';
				classed = true;
			}
			const head = LIST_HEAD.exec(lookupText);
			const listed =
				(classed && classListed) ||
				/^\s*、/.test(norm.slice(f0.lead.start, f0.lead.end)) ||
				(f0.lead.start === c.start && /^\s*、/.test(norm.slice(c.start, c.end)));
			if (head) listHead = head[1];
			else if (listHead && subjectText && f0.q.unit !== '%' && listed) {
				subjectText = listHead + subjectText;
				lookupText = subjectText;
			} else listHead = '';
			let quoteStart = Math.max(quoteStartOf(norm, f0, c), consumedUntil);
			if (classed && classStart >= 0) quoteStart = Math.min(quoteStart, classStart);
			let quoteEnd = group[group.length - 1].q.end;
			const objText = f0.obj ? norm.slice(f0.obj.start, f0.obj.end) : '';
			// Named items and then their count (华星、永盛等10个老旧工业点改造): the count's
			// object says what is counted.
			const enumerated = /、|等$/.test(subjectText) && f0.q.unit !== '%';
			// 村集体经济经营性收入增长10%,总额突破500万元: 总额 is the same subject's level.
			if (GENERIC_SUBJECT.test(subjectText) && lastSubject) {
				subjectText = (lastSubject as Subject).text;
				lookupText = subjectText;
				quoteStart = Math.min(quoteStart, (lastSubject as Subject).span.start);
			}
			if (!subjectText || enumerated) {
				if (objText && f0.q.unit !== '%') {
					subjectText = objText;
					lookupText = objText;
					quoteEnd = f0.obj!.end;
					consumedUntil = f0.obj!.end;
					if (enumerated) quoteStart = f0.q.start;
				} else if (lastSubject) {
					const prev = lastSubject as Subject;
					subjectText = prev.text;
					lookupText = subjectText;
					quoteStart = Math.min(quoteStart, prev.span.start);
					// 增长6%以上,力争7%: a bare rate after a growth is the same kind of growth.
					if (
						f0.q.unit === '%' &&
						measure === 'level' &&
						prev.measure !== 'level' &&
						f0.preds.every((p) => HEDGE_WORDS.has(p))
					)
						measure = prev.measure;
				} else if (tier === 'headline') continue;
				else subjectText = lookupText;
			} else {
				lastSubject = {
					span: { start: quoteStart, end: subjSpan.end },
					text: subjectText,
					measure
				};
			}
			if (!subjectText) continue;
			if (
				tier === 'plan' &&
				/的/.test(objText) &&
				!enumerated &&
				f0.q.unit !== '%' &&
				!/完成|实现|新建|建成/.test(norm.slice(c.start, f0.q.start))
			)
				continue;

			const split = f0.distributive || measure !== 'level' || f0.q.unit === '%' || group.length > 1;
			let parts = split
				? splitSubject(subjectText, group.length)
				: [{ text: subjectText, indicator: splitSubject(subjectText)[0].indicator }];
			if (!split)
				parts = [
					{
						text: subjectText,
						indicator:
							indicatorOf(subjectText) ??
							indicatorOf(lookupText) ??
							newProjectsClass(lookupText)?.indicator ??
							objIndicator(objText)
					}
				];
			const projects = newProjectsClass(lookupText);
			if (tier === 'headline' && parts.every((p) => !p.indicator) && measure !== 'level') {
				// keep: headline targets may name phrases the catalogue lacks
			}
			const last = group[group.length - 1];
			const n = Math.max(parts.length, group.length);
			for (let k = 0; k < n; k++) {
				const part = parts[Math.min(k, parts.length - 1)];
				const f = group.length === 1 ? f0 : group[Math.min(k, group.length - 1)];
				const indicator = part.indicator;
				const item = buildTarget(f, last, measure, part.text, indicator, tier, year, hedge);
				// 冲刺100亿元大关: a milestone to pass, a floor
				if (item.bound === 'exactly' && norm.startsWith('大关', f.q.end)) item.bound = 'at_least';
				if (
					tier === 'plan' &&
					portfolio.named &&
					!indicator &&
					PLANNED_INVESTMENT.test(norm.slice(cleanSubject(norm, f0.subj).start, f0.subj.end))
				) {
					item.indicator = 'project_investment';
					if (portfolio.scope) item.scope = portfolio.scope;
				}
				if (projects?.scope && !split && item.indicator === projects.indicator)
					item.scope = projects.scope;
				// 村均集体经济收入达到12万元: a per-village average of the indicator.
				if (item.indicator && !item.scope) {
					const avg = PER_UNIT_AVERAGE.exec(norm.slice(f0.lead.start, f0.q.start));
					if (avg) item.scope = avg[0];
				}
				item.quote = text.slice(quoteStart, quoteEnd);
				item.start = quoteStart;
				item.end = quoteEnd;
				item.section = section;
				out.push(item);
			}
		}
	});
}

/** 推动超过100家企业实现小升规: the catalogued name inside the words after the figure. */
function objIndicator(obj: string): string | null {
	return obj ? (findIndicator(obj)?.id ?? null) : null;
}

function indicatorOf(text: string): string | null {
	const p = splitSubject(text);
	if (p.length !== 1) return null;
	if (p[0].indicator) return p[0].indicator;
	// 重点项目计划完成投资, 村(社区)集体经济收入: the name without the plan words or the aside.
	const plain = text.replace(PLANNED_WORDS, '').replace(ASIDE, '');
	return plain !== text ? (findIndicator(plain)?.id ?? null) : null;
}

const PER_UNIT_AVERAGE = /村均|户均/;
const PLANNED_WORDS = /(?:年度|全年)?计划(?:完成)?(?=投资)/;
const ASIDE = /\([^()]{1,6}\)/g;

/** 提高到95% / 增至 is a level, not a change. */
function reachesLevel(f: Figure): boolean {
	const i = f.preds.findIndex((p) => p === '至' || p === '到' || p === '增至');
	return i >= 0;
}

function stripVerbs(norm: string, s: Span): Span {
	const text = norm.slice(s.start, s.end);
	const m = LEAD_VERB.exec(text);
	if (!m) return s;
	// 新开工亿元以上项目24个: the stage names which projects are counted, so it stays.
	if (PROJECT_STAGE.test(m[0]) && BARE_PROJECTS.test(text.slice(m[0].length))) return s;
	return { start: s.start + m[0].length, end: s.end };
}

const PROJECT_STAGE = /(?:开工|签约|竣工|投产)$/;
const BARE_PROJECTS = /^[^,;、]{0,8}项目$/;
/** Verbs that head a list of counts (新开工…、…、…; 新增…家、…家). */
const LIST_HEAD = /^(?:全年|今年|年内)?(新签约|新开工|新竣工|新增|新引进|新培育|新建)/;

/** Quote start: the clause opening for its first figure (hedge and verb included). */
function quoteStartOf(norm: string, f: Figure, c: Span): number {
	let start = f.lead.start === c.start ? c.start : f.subj.start;
	const m = QUOTE_LEAD.exec(norm.slice(start, f.q.start));
	if (m) start += m[0].length;
	return Math.min(start, f.q.start);
}

function buildTarget(
	f: Figure,
	last: Figure,
	measure: Measure,
	subject: string,
	indicator: string | null,
	tier: Tier,
	year: number,
	hedge: Modality | null
): TargetItem {
	const q = f.q;
	let bound: Bound = boundOf(q);
	// A qualifier closing a list of values applies to each value.
	if (bound === 'exactly' && f !== last) {
		const lb = boundOf(last.q);
		if (lb !== 'range') bound = lb;
	}
	let value: number | null = q.value;
	// 能耗下降3%: a fall; 缩减到6700亩 / 降至2%: the level it falls to
	if (f.decline && value !== null && !(measure === 'level' && reachesLevel(f))) {
		value = -Math.abs(value);
		if (bound === 'at_least') bound = 'at_most';
		else if (bound === 'at_most') bound = 'at_least';
	}
	const item: TargetItem = {
		indicator,
		text: subject,
		year,
		tier,
		measure,
		value,
		unit: measure === 'level' ? q.unit : '%',
		bound,
		quote: '',
		start: 0,
		end: 0
	};
	if (bound === 'range' && q.high !== undefined) item.high = q.high;
	if (hedge) item.modality = hedge;
	return item;
}

function keepPlanFigure(
	norm: string,
	f: Figure,
	figs: Figure[],
	c: Span
): 'keep' | 'drop' | 'portfolio' {
	return keepPlan(norm, f, figs, c);
}

let wordsMemo: {
	norm: string;
	start: number;
	end: number;
	portfolio: number;
	done: number;
} | null = null;

/** Where the clause's first portfolio word and first 完成/实现 end (Infinity when absent). */
function clauseWords(norm: string, c: Span): { portfolio: number; done: number } {
	if (
		wordsMemo &&
		wordsMemo.norm === norm &&
		wordsMemo.start === c.start &&
		wordsMemo.end === c.end
	)
		return wordsMemo;
	const text = norm.slice(c.start, c.end);
	const end = (m: RegExpExecArray | null) => (m ? c.start + m.index + m[0].length : Infinity);
	wordsMemo = {
		norm,
		start: c.start,
		end: c.end,
		portfolio: end(PORTFOLIO.exec(text)),
		done: end(/完成|实现/.exec(text))
	};
	return wordsMemo;
}

function keepPlan(norm: string, f: Figure, figs: Figure[], c: Span): 'keep' | 'drop' | 'portfolio' {
	const q = f.q;
	if (q.unit === null || q.unit === 'pp') return 'drop';
	// 四个意识, 两个维护: a one-character numeral before 个/项/大 is a slogan, not a task; 新建农村
	// 公路十二公里 is a task.
	if (q.chinese && !/[万亿]/.test(q.unit)) {
		if (!chineseQuantity(norm, q)) return 'drop';
		if (!OWN_VERB_START.test(norm.slice(c.start, c.end))) return 'drop';
	}
	// 占地区生产总值的比重: a share of another figure. A named 占比 kept at a level is a task.
	if (q.unit === '%' && !f.listCont && /占(?!比)/.test(norm.slice(f.lead.start, f.q.start)))
		return 'drop';
	const after = norm.slice(q.end, q.end + 2);
	// A threshold that qualifies a noun (20亿元以上产值企业, 9000元以下低收入农户).
	if (q.unit !== '%' && (q.suffix === '以上' || q.suffix === '以下' || q.suffix === '及以上')) {
		if (/^[\u4e00-\u9fff“]/.test(after) && !/^(?:的|,|、)/.test(after)) return 'drop';
	}
	if (q.unit !== '%' && q.suffix === undefined && /^的/.test(after)) {
		// 总投资101.77亿元的32个项目: the figure describes the counted items.
		if (figs.some((g) => g.q.start > q.end && g.q.start - q.end < 20)) return 'drop';
	}
	// Whether the clause names a portfolio (and no completion) before the figure: the first match
	// of each in the clause, found once per clause, so a clause of many figures stays linear.
	const words = clauseWords(norm, c);
	// 加快推进7公顷工业用地报批: land or floor space pushed on is a task, not a list of projects;
	// 累计培育…楼宇5幢 is a running total to reach.
	if (words.portfolio <= q.start && !(words.done <= q.start)) {
		const near = norm.slice(Math.max(c.start, q.start - 40), q.start);
		const task = !/项目/.test(near) && (AREA_UNIT.test(q.unit) || CUMULATIVE_AIM.test(near));
		if (!task) return 'portfolio';
	}
	// 实施重点项目40个,总投资86亿元: a count of projects described by their total investment.
	if (
		/^(?:个|项)$/.test(q.unit) &&
		/项目/.test(norm.slice(f.lead.start, q.start)) &&
		q.end === c.end &&
		/^[,;]?(?:(?:年度|全年|年内|今年)?计划(?:总)?投资|总投资)/.test(norm.slice(c.end, c.end + 9))
	)
		return 'portfolio';
	// 推动全镇34个中心提质增效: all the existing ones, not a quantity to reach.
	if (/(?:全镇|全部|所有|现有)$/.test(norm.slice(Math.max(c.start, q.start - 2), q.start)))
		return 'drop';
	// 对已整治的3个: a count of things described, not a task.
	if (norm[q.start - 1] === '的' && q.unit !== '%') return 'drop';
	if (
		/(?:占地|用地|建筑|规划|设计|总)面积$/.test(
			norm.slice(f.lead.start, q.start).replace(/约$/, '')
		)
	)
		return 'drop';
	// 新建污水管网12公里,总投资3000万元: what the task costs over its life, not a target.
	if (/^[,、]?(?:项目)?总投资(?:额)?(?:约|超过|超|达)?$/.test(norm.slice(f.lead.start, q.numStart)))
		return 'drop';
	// 涉及住户316户, 惠及群众2000人: who a task touches, not a task.
	if (/^[、,和及与]?(?:涉及|惠及|覆盖|带动|受益)/.test(norm.slice(f.lead.start, q.start)))
		return 'drop';
	if (/^级/.test(norm.slice(q.end, q.end + 1))) return 'drop';
	// 该项目总投资1.8亿元, 投资3.2亿元的文旅项目: what a project costs, not the year's task
	// (计划全年总投资 is the year's planned investment).
	if (/元/.test(q.unit)) {
		const lead = norm.slice(f.lead.start, q.numStart);
		if (
			/总投资(?:金额|额)?(?:约|超过|超|达到|达|为)?$/.test(lead) &&
			!/计划|年度|全年|今年|年内|当年/.test(lead)
		)
			return 'drop';
		if (/投资(?:金额|额)?(?:约|超过|超|达)?$/.test(lead) && /^的/.test(after)) return 'drop';
	}
	if (/总投资$|总投资超?$/.test(norm.slice(f.lead.start, q.numStart)) && figs.length > 1)
		return 'drop';
	return 'keep';
}

function qualitative(
	ctx: ItemContext,
	c: Span,
	ctext: string,
	tier: Tier,
	year: number,
	section: TargetItem['section'],
	hedge: Modality | null
): TargetItem[] {
	let m: RegExpExecArray | null;
	let bound: Bound;
	let value: number | null = null;
	let ref: string | undefined;
	if ((m = IN_STEP.exec(ctext))) {
		bound = 'in_step_with';
		ref = 'gdp';
	} else if ((m = ABOVE_REF.exec(ctext))) {
		bound = 'above_ref';
		ref = 'gdp';
	} else if ((m = POSITIVE.exec(ctext)) && !/\d/.test(ctext.replace(/^\(?\d{1,2}[.、)]/, ''))) {
		bound = 'above';
		value = 0;
	} else if ((m = FLAT.exec(ctext)) && !/\d/.test(ctext.replace(/^\(?\d{1,2}[.、)]/, ''))) {
		bound = 'exactly';
		// 收入增长与上年持平: the growth rate matches last year's, whose figure is not given here.
		const parity = GROWTH_PARITY.exec(ctext);
		if (parity) m = parity;
		value = parity ? null : 0;
	} else return [];
	let subj = cleanSubject(ctx.norm, { start: c.start, end: c.start + m.index });
	subj = stripVerbs(ctx.norm, subj);
	const subject = ctx.norm.slice(subj.start, subj.end).replace(/(?:增长|增速|增幅|收入增长)$/, '');
	// 上年度持平 cut from its subject (a line break after 与): the reference year names nothing.
	if (!subject || /^(?:上一?年度?|去年|同期)$/.test(subject)) return [];
	const parts = splitSubject(subject);
	const quoteStart = quoteStartOfClause(ctx.norm, c);
	const quoteEnd = c.start + m.index + m[0].length;
	return parts.map((p) => {
		const item: TargetItem = {
			indicator: p.indicator,
			text: p.text,
			year,
			tier,
			measure: 'growth',
			value,
			unit: '%',
			bound,
			quote: ctx.text.slice(quoteStart, quoteEnd),
			start: quoteStart,
			end: quoteEnd,
			section
		};
		if (ref) item.ref = ref;
		if (hedge) item.modality = hedge;
		return item;
	});
}

function quoteStartOfClause(norm: string, c: Span): number {
	const m = CLAUSE_QUOTE_LEAD.exec(norm.slice(c.start, c.end));
	return c.start + (m ? m[0].length : 0);
}

function dedupe(items: TargetItem[]): TargetItem[] {
	const seen = new Set<string>();
	const unique = items.filter((t) => {
		const key = `${t.start}:${t.end}:${t.text}:${t.measure}:${t.value}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	// A main target stated twice (a news headline and the article's list of targets) is one
	// target: the statement's wording is kept, else the first.
	const best = new Map<string, TargetItem>();
	const keyOf = (t: TargetItem) =>
		[t.indicator, t.year, t.measure, t.value, t.high, t.bound, t.unit, t.scope, t.ref].join('|');
	for (const t of unique) {
		if (t.tier !== 'headline' || !t.indicator) continue;
		const k = keyOf(t);
		const prev = best.get(k);
		if (!prev || (prev.section !== 'targets' && t.section === 'targets')) best.set(k, t);
	}
	return unique.filter((t) => t.tier !== 'headline' || !t.indicator || best.get(keyOf(t)) === t);
}
