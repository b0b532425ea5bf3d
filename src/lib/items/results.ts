/**
 * Results in the review parts of a report: catalogued indicators with their level, growth and
 * completion, plus any figure the text states as completing (or exceeding) its target.
 */
import { findIndicator, indicatorById, unitFits } from '../indicators';
import { boundOf, parseNumeral, planTermYears } from '../numbers';
import { allMatches } from '../scan';
import type { Period, ResultItem } from '../types';
import { chineseQuantity, figuresOf, continueList, TARGET_BRACKET, type Figure } from './figures';
import { RESULT_WORDING, namedGoal, statesIntent } from './targets';
import type { ItemContext } from './index';
import { cleanSubject, newProjectsClass, splitSubject } from './subjects';
import {
	CLAUSE_VERBS,
	OWN_VERB_START,
	clauses,
	isPeriodResultParagraph,
	lastNewlineBefore,
	hasAsciiDigit,
	reportSentences,
	TARGETS_LEAD as STATEMENT,
	type Span
} from './text';
import { reportsOutcome, type Zoning } from './zones';

const PERIOD_MARK =
	/上半年|半年度|1-6月|一季度|前三季度|(?:1|一)\s*(?:-|至|~)\s*(?:3|三)\s*季度|(?:1|一)月?\s*(?:-|~|至|到)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月|截[止至]\s*(?:今年|\d{4}\s*年)?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:底|末|份)?|五年来|过去五年|五年间|五年累计|累计五年|五年共|五年年均|四年来|过去四年|本届(?:政府)?以来|“?十[一二三四五六七八九]五”?(?:期间|末)|全年/g;
const FIGURE_WORD = /\d|[一二两三四五六七八九十][十百千万亿]?(?:[亩米吨户个家]|公里)/;
const FIVE_YEAR_PARA = /五年来|过去五年|五年间|四年来|过去四年|本届政府任期/;
/** A review part of the whole term (一、过去五年工作回顾), not of a year within it. */
const FIVE_YEAR_PART = /^(?!.*(?:\d{4}|一年|年度))(?:.*(?:过去五年|五年来|本届政府|届政府))/;
const DATED_OPENING = /^\s*[^,;。]{0,16}(?:(?<![由从比较])\d{4}年(?!底)|去年|今年|上半年|一年来)/;
const DATED_HEADING =
	/\n[ \t]*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,2}\))[^\n]{0,10}\d{4}\s*年[^\n]{0,16}(?=\n)/g;
const EXCEEDED = /超额完成/;
const COMPLETED_TASK = /(?:全面|圆满|顺利)?完成(?:了)?[^,;]*任务|任务[^,;]*全部[^,;]*到位/;
const AVERAGE_SCOPE = /^(?:村均|户均|人均|平均|各村平均)$/;
// 已实现, 已经完成: the aspect word goes with the verb.
const LEAD_VERB = new RegExp(`^(?:已经?)?(?:${CLAUSE_VERBS})+`);
const TARGET_SIZE_BEFORE =
	/(?:超额|全面|圆满|顺利)?完成(?:了)?(?:(?:[省市县区镇乡](?:委|政府|委、?[省市县区镇乡]?政府)?|上级)(?:年初)?)?(?:定|下达|确定|下)?的?$/;
/** 完成年初目标30亿元的108%: the size of the target whose share follows. */
const TARGET_OF = /(?:完成|占|为)(?:了)?[^,;]{0,12}?(?:目标|任务|计划)(?:任务)?$/;
const TARGET_SIZE_AFTER = /^的?(?:年度|全年)?(?:目标)?任务(?:目标)?$/;
const CHANGE_TO =
	/^(?:增加|增长|提高|提升|上升|扩大|跃升|攀升|增|下降|减少|降低|降|缩小)?(?:到|至)(?:20\d\d年(?:底|末)?的?)?$/;
const BASE_FROM = /(?:由|从)(?:(20\d\d)年(?:底|末)?)?$/;
/** A clause naming a statistic whose amount is a placeholder (完成地区生产总值XX亿元). */
const PLACEHOLDER_LEVEL =
	/^(?:全镇|全乡|全年)?(?:完成|实现)?([\u4e00-\u9fff]{2,16}?)(?:达到?|为|完成|实现)?\s*[Xx×*＊]{1,4}(?:\.[Xx×*＊]+)?\s*(?:亿元|万元|元|亿|万)$/;
function placeholderLevel(
	norm: string,
	c: Span
): { indicator: string; text: string; start: number } | null {
	const raw = norm.slice(c.start, c.end);
	const lead = raw.length - raw.trimStart().length;
	const t = raw.replace(/\s+/g, '');
	// (spaces and the line breaks of a broken copy are not words)
	const m = PLACEHOLDER_LEVEL.exec(t);
	if (!m) return null;
	const found = findIndicator(m[1]);
	if (!found || found.start !== 0 || found.end !== m[1].length) return null;
	return { indicator: found.id, text: m[1], start: c.start + lead };
}

/** …占比121%,超额完成任务: what makes a bare share the completion of a target. */
/** A clause naming an indicator and its rise, its figure in the next clause (…持续快速增长,达到…). */
const NAMED_RISING =
	/^(?:全镇|全乡|全年)?([\u4e00-\u9fff]{2,14}?)(?:持续|继续|保持|稳步|快速|大幅|显著|较快)*(?:增长|提高|提升|攀升|上升)$/;
const NAMED_WORK = /^(?:全镇|全乡|全年)?([\u4e00-\u9fff]{2,16}?)(?:工作|方面)$/;
const SHARE_THEN_DONE =
	/^[,;]?(?:超额|圆满|全面)?完成(?:了)?(?:全年|年度|上级下达的?)?(?:目标)?(?:任务|目标|计划)/;
/** 总投资, 计划总投资, 金额 after a count of projects signed: the investment they bring. */
const TOTAL_INVESTMENT = /^(?:计划|合同)?(?:总投资(?:额)?|(?:总)?金额)$/;
/** 与上年基本持平, 同比持平, 与去年同期相比持平: a year-on-year change of zero. */
const FLAT_AFTER =
	/^(?:以上|左右)?[,、]?(?:(?:与|同|和|较|比)(?:上年|去年|上一年度?|前一年)(?:同期)?(?:相比|相较)?|同比)?,?(?:基本|大致|总体)?(?:保持)?持平(?=$|[,;。、)]|(?:的)?(?:水平|态势))/;

interface Pending {
	f: Figure;
	item: ResultItem;
	/** Already in the output. */
	kept: boolean;
}

/** A clause naming the year of its figure (2020年财政收入…), not a base (由2015年的…). */
const DATED_CLAUSE = /(?<![由从比较])(?:19|20)\d{2}\s*年(?!\s*\d{1,2}\s*月)(?!的|以来|底的)/;

/** A clause that only dates what follows (…,2020年,全镇共完成…). */
const DATE_ONLY = /^(?:其中)?(?:19|20)\d{2}\s*年(?:底|末|全年|度)?$/;

/** 的华能光伏项目 right after a figure: the figure describes the project (or firm) it names. */
const ATTRIBUTE_OF = /^的[\u4e00-\u9fff“”"]{0,12}?(?:项目|工程|企业|公司)/;
/** 比上年决算 / 较去年同期: a comparison standing where a subject would, naming nothing. */
const COMPARED_YEAR_ONLY = /^(?:比|较|与)(?:上年|去年|上一年度?)(?:同期|决算|预算|全年)?$/;
/** 比上年的 / 较去年同期的 / 比2029年的 right before a figure: the level it is compared with. */
const COMPARED_WITH = /(?:比|较|与)\s*(?:上年|去年|上一年度?|\d{4}\s*年)(?:同期)?的?\s*\(?\s*$/;
/** )91%, )进度的71%: after a target's size in brackets, the share of it that was done. */
const BRACKET_SHARE_AFTER = /^\)\s*(?:进度)?(?:的)?\s*\d/;
/** 家企业 / 企业成功申报 / 企业被认定为: the firms a count names, before what they became. */
// (申报 alone is an application, 成功申报 its success)
const COUNTED_FIRMS =
	/^(?:家)?企业(?:(?:被|已)?(?:成功申报(?:成为)?|成功|认定为?|获评|获批|入选|通过认定)(?:为)?)?$/;
/** A goal span that reports rather than intends (为实现…, 同比增长…): not a goal. */
/** 总体目标将实现…, 发展目标是…: what follows states targets. */
const GOAL_LEAD = /(?:总体|发展|奋斗|主要)目标(?:是|为)?(?:将|要)?(?:实现|达到|确保|力争)/;
const PAST_IN_GOAL = /同比|比上年|较上年|完成了|实现了|已完成|已实现/;
/** A clause opening on 确保 / 力争 (not 确保了) with a figure: what is aimed at. */
const AIM_CLAUSE = /(?:^|[,;:])\s*(?:全年|今年|年内|明年)?(?:确保|力争)(?!了)[^,;:]*\d/;
/** A clause that reports again (实现…, 完成…): the aim ends before it. */
const DONE_CLAUSE = /[,;:]\s*(?:全年|共|累计)?(?:实现|完成|累计|新增|引进|签约|达到)/;

/**
 * …,确保粮食播种面积2.5万亩以上,总产量0.83万吨以上: from a clause opening on 确保/力争 with a
 * figure up to one that reports again, the sentence states aims, not outcomes.
 */
function aimSpan(sentence: string, offset: number): Span | null {
	const m = AIM_CLAUSE.exec(sentence);
	if (!m || PAST_IN_GOAL.test(sentence.slice(m.index))) return null;
	const rest = sentence.slice(m.index + 1);
	const done = DONE_CLAUSE.exec(rest);
	return { start: offset + m.index, end: offset + m.index + 1 + (done ? done.index : rest.length) };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The period of an interim report's figures when the sentence names none. */
export function interimPeriod(throughMonth: number | null | undefined): Period {
	return !throughMonth || throughMonth === 6 ? 'H1' : `M1-${throughMonth}`;
}

export function extractResults(
	ctx: ItemContext,
	zoning: Zoning,
	spans: Span[] = reportSentences(ctx.norm, ctx.report.start, ctx.report.end)
): ResultItem[] {
	const { norm, report } = ctx;
	const out: ResultItem[] = [];
	let paraStart = -1;
	let paraFiveYear = false;
	/** The interim period (1-5月) an earlier sentence of the paragraph named, in an interim report. */
	let paraInterim: Period | null = null;
	const newlineBefore = lastNewlineBefore(norm);
	// Headings that turn to one year (二、2020年工作回顾), found once: a five-year part's
	// paragraphs after one are that year's.
	const datedAt: number[] = [];
	for (const m of norm.slice(report.start, report.end).matchAll(DATED_HEADING))
		datedAt.push(report.start + m.index);
	const datedHeadingBefore = (para: number, partStart: number) => {
		let lo = 0;
		let hi = datedAt.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (datedAt[mid] < para) lo = mid + 1;
			else hi = mid;
		}
		return lo > 0 && datedAt[lo - 1] >= partStart;
	};
	for (const s of spans) {
		const para = newlineBefore(s.start) + 1;
		if (para !== paraStart) {
			paraStart = para;
			paraFiveYear = false;
			paraInterim = null;
		}
		// 五年来 opens the paragraph or an earlier sentence of it.
		if (!paraFiveYear)
			paraFiveYear = FIVE_YEAR_PARA.test(norm.slice(Math.max(para, s.start - 2), s.start + 12));
		const sentence = norm.slice(s.start, s.end);
		let kind = zoning.kindAt(s.start);
		// An outcome sentence under a plan heading (or none) is read as review.
		if ((kind === 'plan' || kind === 'other') && report.kind === 'annual')
			if (reportsOutcome(sentence, report.reportYear)) kind = 'review';
		// Only review parts and period paragraphs state results: other sentences are not read.
		if (kind !== 'review' && kind !== 'targets' && !(kind === 'plan' && report.kind === 'midyear'))
			continue;
		// Every result has a figure: digits, or a Chinese numeral with its unit (三千二百亩).
		if (!hasAsciiDigit(norm, s.start, s.end) && !FIGURE_WORD.test(sentence)) continue;
		// A sentence of outcomes inside a target statement's section is still a result.
		const periodPara =
			(kind === 'targets' || (kind === 'plan' && report.kind === 'midyear')) &&
			isPeriodResultParagraph(norm, para, zoning.startAt(s.start));
		if (kind !== 'review' && !(kind === 'targets' && RESULT_WORDING.test(sentence)) && !periodPara)
			continue;
		if (STATEMENT.test(sentence)) continue;
		// A news article's quoted intentions (今年力争…) are the targets' business.
		if (report.genre === 'news' && statesIntent(sentence)) continue;
		// 一、过去五年工作回顾: the part reviews the term, unless the paragraph dates itself or a
		// heading within the part turns to one year (二、2020年工作回顾).
		const fiveYearPara =
			paraFiveYear ||
			(kind === 'review' &&
				FIVE_YEAR_PART.test(zoning.partHeadingAt(s.start)) &&
				!DATED_OPENING.test(norm.slice(para, para + 20)) &&
				!datedHeadingBefore(para, Math.max(zoning.startAt(s.start), 0)));
		const marks = periodMarks(norm, s);
		// 1-5月,规模工业产值…。重点项目累计投资…: the year-to-date period a paragraph opens with goes
		// on to its later sentences that name none (an annual report's 今年1-10月 paragraph too).
		const carried = marks.length === 0 && !fiveYearPara ? paraInterim : null;
		const defaultPeriod: Period = fiveYearPara
			? '5y'
			: (carried ?? (report.kind === 'midyear' ? interimPeriod(report.throughMonth) : 'year'));
		// (only a period that opens its sentence and is the only one it names: 低于1-8月1个百分点
		// compares, it does not date, and a sentence naming 1-5月 and 1-6月 sets no default)
		const opening =
			marks[0] && marks[0].pos - s.start <= 2 && marks.every((k) => k.period === marks[0].period)
				? marks[0].period
				: null;
		if (marks.length)
			paraInterim =
				opening && (report.kind === 'midyear' ? /^(?:H1|M1-)/ : /^M1-/).test(opening)
					? opening
					: null;
		const villageOwner = VILLAGE_OWNER.exec(sentence)?.[1];
		let last: Pending | null = null;
		const recent = new RecentFigures();
		// 预计 at the head of a list covers the list: figures after its first mention are estimates.
		const estimateFrom = firstEnd(sentence, '预计', s.start);
		let claimNext = false;
		let targetSizeEnd = -1;
		/** The figures of the current segment (between semicolons), for a 均超额完成 after them. */
		const segmentFigures: Pending[] = [];
		// 为实现…增长10%…的目标: the figures of a goal named in the sentence are not results.
		const goal = namedGoal(sentence);
		const goalLead = GOAL_LEAD.exec(sentence);
		const goalSpan =
			goal && !PAST_IN_GOAL.test(sentence.slice(goal.start, goal.end))
				? { start: s.start + goal.start, end: s.start + goal.end }
				: goalLead && !PAST_IN_GOAL.test(sentence.slice(goalLead.index))
					? { start: s.start + goalLead.index, end: s.end }
					: null;
		// …,确保粮食播种面积2.5万亩以上,总产量…: from a clause opening on 确保/力争 the sentence
		// states aims, not outcomes (unless it reports what was done after it)
		const intentSpan = aimSpan(sentence, s.start);
		let beforeLast: Pending | null = null;
		/** Every catalogued figure of the sentence, in order: a 分别 growth list pairs with them. */
		const figured: Pending[] = [];
		let inQizhong = false;
		/** 现有规上企业21家,高新技术企业6家: a list of stocks held, until a clause has its own verb. */
		let inStock = false;
		let baseOf: { clause: Span; item: ResultItem } | null = null;
		let growthOnly: { item: ResultItem; clause: number } | null = null;
		let segment = -1;
		const cls = clauses(norm, s);
		/** Clauses read into the clause before them (分别增长12%,13%: the list goes on). */
		const absorbed = new Set<number>();
		cls.forEach((c, ci) => {
			if (absorbed.has(ci)) return;
			const ctext = norm.slice(c.start, c.end);
			if (c.segment !== segment) {
				segment = c.segment;
				inQizhong = false;
				inStock = false;
				segmentFigures.length = 0;
			}
			const qizhong = ctext.startsWith('其中');
			const stock = STOCK_START.test(ctext);
			// (tested once for both, and only when one of them needs it)
			const ownVerb = !(qizhong && stock) && OWN_VERB_START.test(ctext);
			if (qizhong) inQizhong = true;
			else if (ownVerb) inQizhong = false;
			if (stock) inStock = true;
			else if (ownVerb) inStock = false;
			const figs = figuresOf(ctx, norm, c, ci);
			// 分别较上年增长12%,13%: a bare rate after a 分别 list of rates continues it.
			const lastFig = figs[figs.length - 1];
			if (lastFig && lastFig.distributive && lastFig.q.unit === '%')
				for (let k = ci + 1; k < cls.length; k++) {
					if (!/^\d+(?:\.\d+)?\s*%$/.test(norm.slice(cls[k].start, cls[k].end).trim())) break;
					const more = figuresOf(ctx, norm, cls[k], k);
					if (more.length !== 1) break;
					const cont = { ...more[0] }; // the figures are shared: continue a copy
					continueList(cont, lastFig);
					figs.push(cont);
					absorbed.add(k);
				}
			const exceededHere = EXCEEDED.exec(ctext);
			let i = 0;
			while (i < figs.length) {
				const group: Figure[] = [figs[i]];
				while (i + group.length < figs.length && figs[i + group.length].listCont)
					group.push(figs[i + group.length]);
				i += group.length;
				const f0 = group[0];
				const q = f0.q;
				if (q.unit === null || q.unit === 'pp') continue;
				if (goalSpan && q.start >= goalSpan.start && q.start < goalSpan.end) continue;
				if (intentSpan && q.start >= intentSpan.start && q.start < intentSpan.end) continue;
				if (!chineseQuantity(norm, q)) continue;
				// 为83家企业争取贷款: whom the work served, not a count of the year's
				if (q.start - c.start <= 2 && /^\s*为\s*$/.test(norm.slice(c.start, q.start))) continue;
				const mark = markAt(marks, q.start);
				let period = mark?.period ?? defaultPeriod;
				// 年均增长7.5%: a rate over the years of the review, not one year's change
				if (f0.avg && period === 'year' && report.kind === 'annual') period = '5y';
				// In a five-year paragraph a figure its clause dates (2020年…达到) is that year's.
				if (
					period === '5y' &&
					(DATED_CLAUSE.test(norm.slice(c.start, q.start)) ||
						(ci > 0 && DATE_ONLY.test(norm.slice(cls[ci - 1].start, cls[ci - 1].end))))
				)
					period = 'year';
				const estimated = estimateFrom <= q.start;
				// A five-year figure belongs to the last year of the term, whatever years precede it.
				// “十二五”期间: the plan period's own last year.
				// “十三五”末财政收入突破2亿元 in a report of 2017: the plan's goal, not an outcome
				if (mark?.termEnd && mark.termEnd > report.reportYear && report.reportYear > 0) continue;
				const termEnd = mark?.termEnd && mark.termEnd <= report.reviewYear ? mark.termEnd : null;
				// A news article's 上半年 / 1-5月 figures are of the year it reports in.
				const interimNews =
					report.genre === 'news' &&
					report.kind === 'annual' &&
					mark !== null &&
					mark.period !== null &&
					/^(?:H1|M1-)/.test(mark.period);
				const year =
					period === '5y'
						? (termEnd ?? report.reviewYear)
						: yearAt(norm, s, q.start, interimNews ? report.reportYear : report.reviewYear);
				// 2025年底农民人均纯收入为5210元 in a half-year report: the level at the end of a year before
				if (
					report.kind === 'midyear' &&
					year < report.reviewYear &&
					/\d{4}年(?:底|末)/.test(norm.slice(Math.max(c.start, q.start - NEAR), q.start))
				)
					period = 'year';
				// 与2025年相比,2030年全镇生产总值增长了41.3%: a change over five years, not one year's
				if (period === 'year' && report.kind === 'annual') {
					const base = FIVE_YEAR_BASE.exec(norm.slice(Math.max(s.start, q.start - NEAR), q.start));
					if (base && Number(base[1]) === year - 5) period = '5y';
				}

				// 完成全年目标(3.15亿元)91%, 完成全年任务(1.4亿元)进度的71%: the size of the target in
				// brackets, its share after it
				if (
					TARGET_BRACKET.test(
						norm.slice(Math.max(c.start, q.start - NEAR), q.start).replace(/\s+/g, '')
					) &&
					BRACKET_SHARE_AFTER.test(norm.slice(q.end, q.end + 6))
				)
					continue;
				// 超额完成县下达的4000亩任务: the size of the target, not a second figure.
				if (
					last &&
					TARGET_SIZE_BEFORE.test(norm.slice(Math.max(c.start, q.start - 16), q.start)) &&
					TARGET_SIZE_AFTER.test(norm.slice(q.end, Math.min(c.end, q.end + 12)))
				) {
					if (exceededHere) last.item.claim = 'exceeded';
					else if (!last.item.claim) last.item.claim = 'completed';
					extendQuote(ctx, last.item, c.end);
					keep(out, last);
					continue;
				}
				if (
					last &&
					q.unit !== '%' &&
					TARGET_OF.test(norm.slice(f0.lead.start, q.start)) &&
					/^的\d/.test(norm.slice(q.end, q.end + 2))
				) {
					targetSizeEnd = q.end;
					continue;
				}
				if (last && q.unit === '%' && targetSizeEnd === q.start - 1) {
					last.item.completion = q.value;
					extendQuote(ctx, last.item, q.end);
					keep(out, last);
					continue;
				}
				// 财政收入486万元,占比121%,超额完成任务: the share is of the target the figure met.
				if (
					last &&
					q.unit === '%' &&
					/^(?:占比|占)(?:为|达到?)?$/.test(norm.slice(f0.subj.start, q.start).trim()) &&
					SHARE_THEN_DONE.test(norm.slice(q.end, Math.min(s.end, q.end + 16)))
				) {
					last.item.completion = q.value;
					extendQuote(ctx, last.item, q.end);
					keep(out, last);
					continue;
				}
				if (f0.completion && f0.ownSubject) {
					// 财政总收入完成全年任务的104%: the share alone, for the indicator before it.
					const subjSpan = cleanSubject(norm, f0.subj);
					const subject = norm.slice(subjSpan.start, subjSpan.end);
					const id = findIndicator(stripLeadVerb(subject))?.id ?? null;
					if (id) {
						const item = makeResult(id, subject, year, period, null, null, estimated);
						item.completion = f0.excess ? round2(100 + q.value) : q.value;
						setQuote(ctx, item, subjSpan.start, q.end);
						out.push(item);
					}
					continue;
				}
				if (f0.completion) {
					if (last) {
						const lead = norm.slice(f0.lead.start, q.start);
						const plain = last.item;
						if (
							!plain.indicator &&
							/投资计划|计划投资/.test(lead) &&
							/^(?:个|项)$/.test(plain.unit ?? '') &&
							/项目$/.test(plain.text)
						) {
							// 重点项目39个,完成年度投资计划的104%: the portfolio's investment met its plan.
							const item = makeResult(
								'project_investment',
								plain.text,
								plain.year,
								plain.period,
								null,
								null,
								plain.estimated
							);
							if (!/^(?:重点|重大)(?:建设)?项目$/.test(plain.text)) item.scope = plain.text;
							item.completion = q.value;
							setQuote(ctx, item, plain.start, q.end);
							out.push(item);
							continue;
						}
						// 完成投资15亿元,占年度计划的58%: investment against the year's plan.
						if (!plain.indicator && plain.text === '投资' && /计划/.test(lead))
							plain.indicator = 'project_investment';
						plain.completion = f0.excess ? round2(100 + q.value) : q.value;
						extendQuote(ctx, plain, q.end);
						keep(out, last);
					}
					continue;
				}
				const subjSpan = cleanSubject(norm, f0.subj);
				let subject = norm
					.slice(subjSpan.start, subjSpan.end)
					.replace(/[”"]+$/, '')
					.replace(/\s+/g, '');
				// 由2015年的19.8亿元增加到…: the base of a change, with its year when stated.
				// 受疫情影响下降2.7%: the cause is not the subject.
				subject = subject.replace(CAUSE, '').replace(SPAN_WORDS, '');
				// 比上年同期(5181万元)增长37.2%: the bracket closing a base skipped is no subject
				subject = subject.replace(/^\)+/, '');
				// 比上年决算增加0.085亿元: the year compared with is no subject either
				subject = subject.replace(COMPARED_YEAR_ONLY, '');
				// 国税已完成2269万元: 已 belongs to the verb, not the name
				subject = subject.replace(/(?<=[\u4e00-\u9fff]{2})(?:均已|都已|已经|已)$/, '');
				const base = BASE_FROM.exec(subject);
				if (base) subject = subject.slice(0, base.index);
				// 规上企业总产值2030年达到6.9亿元: the year (read by yearAt) is not the subject.
				else subject = subject.replace(TRAILING_YEAR, '');
				const isGrowth = q.unit === '%' && (f0.growth || f0.decline) && !f0.preds.includes('至');
				const quoteStart = quoteStartOf(norm, f0, c);
				// 比上年增加1820元: an absolute change, not a level; a growth after it still belongs
				// to the level before.
				if (
					q.unit !== '%' &&
					!isGrowth &&
					(f0.growth || f0.decline) &&
					!f0.preds.some((p) => p === '至' || p === '到' || p === '增至') &&
					!stripLeadVerb(subject)
				)
					continue;
				if (isGrowth) {
					const g = f0.decline ? -Math.abs(q.value) : q.value;
					if (!stripLeadVerb(subject)) {
						// 总额A,其中出口B,分别增长x和y: one growth for each figure just read, in order.
						if (group.length > 1 && f0.distributive && figured.length >= group.length) {
							const targets = figured.slice(-group.length);
							targets.forEach((p, k) => {
								const v = group[k].q.value;
								p.item.growth = f0.decline ? -Math.abs(v) : v;
								extendQuote(ctx, p.item, group[group.length - 1].q.end);
							});
							continue;
						}
						// 地区生产总值完成XX亿元,增长6%: a 范文's level is a placeholder, its growth is not.
						const blank = ci > 0 ? placeholderLevel(norm, cls[ci - 1]) : null;
						if (blank && figuresOf(ctx, norm, cls[ci - 1], ci - 1).length === 0) {
							const item = makeResult(
								blank.indicator,
								blank.text,
								year,
								period,
								null,
								null,
								estimated
							);
							item.growth = g;
							setQuote(ctx, item, blank.start, q.end);
							out.push(item);
							recent.push(item);
							last = null;
							continue;
						}
						// Never overwrite a growth already read (增长6.2% of a part left out).
						if (last && last.item.growth === null) {
							last.item.growth = g;
							// 累计45.2亿元,年均增长3%: the level goes with its rate over the years
							if (f0.avg && last.item.period === 'year' && report.kind === 'annual')
								last.item.period = '5y';
							extendQuote(ctx, last.item, q.end);
							// A per-village average shares the growth of its total.
							if (last.item.scope && AVERAGE_SCOPE.test(last.item.scope) && beforeLast) {
								if (beforeLast.item.growth === null) {
									beforeLast.item.growth = g;
									extendQuote(ctx, beforeLast.item, q.end);
								}
							}
						}
						continue;
					}
					// 规上工业总产值17.4亿元,增加值增长9.6%: the value added of that output.
					const va = valueAddedOf(subject, recent.last);
					const parts = va
						? [{ text: subject, indicator: va }]
						: splitSubject(stripLeadVerb(subject), group.length);
					const n = Math.max(parts.length, group.length);
					for (let k = 0; k < n; k++) {
						const part = parts[Math.min(k, parts.length - 1)];
						if (!part.indicator) continue;
						const f = group[Math.min(k, group.length - 1)];
						const gv = f0.decline ? -Math.abs(f.q.value) : f.q.value;
						// 技改投资4.9亿元,技改投资同比增长9%: the level just read, named again for its growth
						if (
							n === 1 &&
							last &&
							last.item.indicator === part.indicator &&
							last.item.value !== null &&
							last.item.growth === null &&
							!last.item.scope &&
							last.item.period === period &&
							last.f.clauseIndex === ci - 1
						) {
							last.item.growth = gv;
							extendQuote(ctx, last.item, f.q.end);
							continue;
						}
						const item = makeResult(part.indicator, part.text, year, period, null, null, estimated);
						item.growth = gv;
						setQuote(ctx, item, quoteStart, group[group.length - 1].q.end);
						out.push(item);
						growthOnly = n === 1 ? { item, clause: ci } : null;
					}
					continue;
				}
				if (FLAT_AFTER.test(norm.slice(q.end, q.end + 16)) && last?.f === f0) continue;

				// A level (amount, count, area or rate).
				// (bounded: a clause with no stops must not be re-read for each of its figures)
				const leadAll = norm.slice(Math.max(c.start, q.start - LEAD_WINDOW), q.start);
				// 新签项目9个(亿元以上3个): an aside in brackets is a part of the figure before it.
				const aside = insideBrackets(leadAll);
				const partOf = inQizhong || aside;
				// (计划总投资 after a count of projects signed is what they will invest: investment signed)
				// (有望小升规1家: a hope, not an outcome)
				if (/启动|谋划|计划(?!总投资)|开工建设|有望/.test(leadAll)) continue;
				// 776万公斤,比上年的765万公斤增长1.5%: the level compared with is no result of its own,
				// and the growth after it stays with the level before
				if (COMPARED_WITH.test(norm.slice(Math.max(c.start, q.start - 14), q.start))) continue;
				// 总投资20亿元的光伏项目: the size of what is named after it, not an outcome
				if (ATTRIBUTE_OF.test(norm.slice(q.end, Math.min(c.end, q.end + 16)))) continue;
				let name = joinInfixVerb(stripLeadVerb(subject.replace(/^\(/, '')));
				let quoteEnd = q.end;
				let setQuoteStart = quoteStart;
				const listed = q.unit === '%' ? splitSubject(name) : null;
				if (listed && listed.length > 1) {
					for (const p of listed) if (!p.indicator) p.indicator = rateIndicator(p.text);
				}
				if (listed && listed.length > 1 && listed.every((p) => p.indicator)) {
					// 城乡居民养老保险和城乡居民医疗保险率达99%: one rate for each member.
					for (const p of listed) {
						const item = makeResult(p.indicator, p.text, year, period, q.value, '%', estimated);
						setQuote(ctx, item, quoteStart, q.end);
						out.push(item);
					}
					last = null;
					continue;
				}
				if (group.length > 1 && q.unit !== '%') {
					// 城镇、农村居民人均可支配收入分别达到A和B: one figure for each listed subject.
					const members = splitSubject(name, group.length);
					if (members.length === group.length) {
						const made: Pending[] = [];
						members.forEach((p, k) => {
							const g = group[k];
							let id = resolveIndicator(p.text, p.text, leadAll).indicator ?? p.indicator;
							// 生产总值…,一产、二产、三产分别为A、B、C: the sectors' value added.
							if (!id && recent.has('gdp')) id = sectorValueAdded(p.text);
							if (id && !unitFits(id, g.q.unit)) id = null;
							if (!id) return;
							const item = makeResult(id, p.text, year, period, g.q.value, g.q.unit, estimated);
							if (boundOf(g.q) === 'at_least') item.bound = 'at_least';
							setQuote(ctx, item, quoteStart, group[group.length - 1].q.end);
							made.push({ f: g, item, kept: false });
						});
						// Members the catalogue lacks (二产) are left out; the others keep their figures.
						if (made.length > 0) {
							for (const p of made) {
								keep(out, p);
								recent.push(p.item);
								figured.push(p);
							}
							beforeLast = last;
							last = made[made.length - 1];
							continue;
						}
					}
				}
				// 村集体经济收入增长10%,总额达到520万元: the level of the subject just given a growth.
				if (
					(GENERIC_SUBJECT.test(name) || !name) &&
					growthOnly?.clause === ci - 1 &&
					growthOnly.item.indicator &&
					unitFits(growthOnly.item.indicator, q.unit)
				) {
					const g = growthOnly.item;
					g.value = q.value;
					g.unit = q.unit;
					if (boundOf(q) === 'at_least') g.bound = 'at_least';
					extendQuote(ctx, g, q.end);
					growthOnly = null;
					continue;
				}
				// 由2016年的12亿元增长到2020年的20亿元: the end of the change is the base's indicator
				// (从2021年的6.35亿元,增长至2022年的6.46亿元: also when a comma parts them).
				const baseClause =
					baseOf &&
					(baseOf.clause === c ||
						(ci > 0 && baseOf.clause === cls[ci - 1] && f0.lead.start === c.start));
				let endOfBase = false;
				if (baseClause && baseOf && CHANGE_TO.test(norm.slice(f0.lead.start, f0.lead.end).trim())) {
					// (税收由1713万元增加到6073万元: an uncatalogued statistic's change keeps its name)
					if (baseOf.item.indicator) {
						subject = '';
						name = '';
						endOfBase = true;
					} else if (uncataloguedStatistic(baseOf.item.text, q.unit)) {
						subject = '';
						name = baseOf.item.text;
						endOfBase = true;
					}
				}
				const prevClause = ci > 0 ? cls[ci - 1] : null;
				// 财政总收入持续快速增长,达到了1099万元: the clause before, without a figure, names it.
				if (!name && prevClause && figuresOf(ctx, norm, prevClause, ci - 1).length === 0) {
					// (招商工作,完成8.75亿元: so does the work it names)
					const prevText = norm.slice(prevClause.start, prevClause.end).trim();
					const rising = NAMED_RISING.exec(prevText);
					const work = rising ? null : NAMED_WORK.exec(prevText);
					const named = rising ?? work;
					const found = named ? findIndicator(named[1]) : null;
					// (做实招商引资工作: a verb of a few characters may lead the work's name)
					if (named && found && found.start <= (work ? 3 : 0) && found.end === named[1].length) {
						name = named[1].slice(found.start);
						subject = name;
						setQuoteStart = prevClause.start + norm.slice(prevClause.start).search(/\S/);
					}
				}
				const resolved = resolveIndicator(name, subject, leadAll);
				let indicator = resolved.indicator;
				let scope = resolved.scope;
				if (!indicator && prevClause && /^投资(?:额)?$/.test(name)) {
					// 在50-300万元项目中,完成投资8630万元: the investment of the projects just named.
					const prevText = norm.slice(prevClause.start, prevClause.end);
					// 重点项目开工率97%,完成投资62亿元: the same projects, their rate given first
					const pm = PROJECTS_IN.exec(prevText) ?? PROJECTS_RATE.exec(prevText);
					const r = pm ? projectInvestment(pm[1] + '投资', '完成') : null;
					if (r) {
						indicator = r.indicator;
						scope = r.scope;
					}
				}
				if (!indicator && q.unit === '%' && /^(?:参保率|覆盖率|参合率)$/.test(name) && ci > 0) {
					// 参加基本医疗保险,参保率达98%: the rate is named by the clause before.
					const prevClause = cls[ci - 1];
					const joined = norm.slice(prevClause.start, prevClause.end) + name;
					const m = findIndicator(joined);
					if (m && m.end === joined.length) {
						indicator = m.id;
						name = joined;
						setQuoteStart = prevClause.start;
					}
				}
				if (!indicator && f0.obj && q.unit !== '%') {
					const objText = norm.slice(f0.obj.start, f0.obj.end);
					const m = findIndicator(objText);
					// 推动18家企业升规达限: the enterprises counted, then what they did
					// (4家企业成功申报国家高新技术企业: or what they were recognised as).
					const before = m ? objText.slice(0, m.start) : '';
					if (m && (m.start <= 1 || COUNTED_FIRMS.test(before)) && unitFits(m.id, q.unit)) {
						indicator = m.id;
						name = objText.slice(0, m.end);
						quoteEnd = f0.obj.start + m.end;
					} else if (
						/^(?:个|项)$/.test(q.unit ?? '') &&
						/项目$/.test(objText) &&
						/(?:^|[^未待拟])(?:新签约|签约|新引进|引进|招引)/.test(leadAll)
					) {
						// 签约甲、乙等4个优质项目: the projects signed, counted before their name.
						indicator = 'new_investment_projects';
						name = objText;
						quoteEnd = f0.obj.end;
					}
				}
				if (!indicator && valueAddedOf(subject, recent.last)) {
					indicator = valueAddedOf(subject, recent.last);
					name = subject;
				}
				// 规上工业增加值11.5%: value added is told by its rate; a bare percentage is its growth
				const bareRate =
					indicator !== null &&
					q.unit === '%' &&
					/增加值$/.test(indicatorById(indicator)?.zh ?? '') &&
					!f0.preds.length &&
					!f0.completion &&
					// (not 规上工业增加值占比40%: the name must end the subject)
					findIndicator(name)?.end === name.length;
				if (indicator && !unitFits(indicator, q.unit) && !bareRate) {
					indicator = null;
					scope = undefined;
				}
				// 增加各村集体经济收入2万元, 调减粮食播种面积3000亩: a change, not the level.
				if (indicator && !f0.preds.length && CHANGE_FIRST.test(subject) && q.unit !== '%') continue;
				// 镇级财政收入, 非农户固定资产投资, 小春粮食作物种植面积: the level or part named before the
				// catalogued name.
				if (indicator && !scope) scope = prefixScope(name, indicator);
				// 窑墩村集体经济收入达50万元: one named village's figure.
				if (indicator === 'village_collective_income' && !scope) scope = namedVillages(name);
				const prevSame = recent.lastOfFamily(q.unit);
				// (因政策因素减收近7600万元): an aside that is not a short class of the figure before it
				// (亿元以上2个) is passed over.
				if (!indicator && aside) {
					const inside = leadAll.slice(leadAll.lastIndexOf('(') + 1);
					// Only the first figure of the brackets, and not a breakdown (涵盖甲9家、乙5家).
					if (!name || name.length > 6 || ASIDE_NOT_PART.test(inside) || /\d/.test(inside))
						continue;
				}
				if (!indicator && villageOwner && VILLAGE_STATISTIC.test(name)) {
					// 村组两级总资产…;总收入5.63亿元: the villages' own statistic, named once.
					for (const owner of ['村级经济', '村集体经济', '村级集体']) {
						const m = findIndicator(owner + name);
						if (m && m.start === 0 && m.end === owner.length + name.length) {
							indicator = m.id;
							name = villageOwner + name;
							break;
						}
					}
				}
				if (!indicator && /^(?:年)?(?:产量|总产量|总产)$/.test(name)) {
					// 粮播面积31392亩,产量12209.2吨: the output of the crop just named.
					if (recent.has('grain_area')) indicator = 'grain_output';
				}
				const season = SEASONAL_GRAIN.exec(name);
				if (!indicator && season && unitFits('grain_output', q.unit)) {
					// 夏粮总产2.1万吨: the grain output of part of the year.
					indicator = 'grain_output';
					scope = season[1];
				}
				if (!indicator && NEW_COUNT_VERB.test(name) && last && !last.item.indicator) {
					// 规上工业企业达到40家,全年新增5家: the new ones of the stock just named.
					const m = findIndicator(name + last.item.text);
					if (m && m.start === 0 && unitFits(m.id, q.unit)) {
						indicator = m.id;
						name = last.item.text + name;
					}
				}
				if (
					!indicator &&
					TOTAL_INVESTMENT.test(name) &&
					last &&
					last.item.unit !== null &&
					!/元/.test(last.item.unit) &&
					(last.item.indicator === 'new_investment_projects' ||
						(!last.item.indicator && FUNDS_PROJECTS.test(last.item.text)))
				) {
					// 市外到位资金项目5个、金额3900万元: the funds those projects brought in.
					const funds = FUNDS_FROM.exec(last.item.text.replace(/项目$/, ''));
					indicator = funds ? 'investment_attracted' : 'investment_signed';
					if (funds && !scope) scope = funds[1];
				} else if (!indicator && prevSame?.indicator) {
					// 其中税收收入: a component of the figure (another statistic), not a part of the town.
					// 其中第二产业增加值: another statistic, unless it is the same one through a channel
					// (其中线上成交额 of a 成交额). What follows it (增长6.2%) is its own, not the total's.
					const noun = STAT_NOUN.exec(name)?.[0];
					// 粮食播种面积…,其中水稻81317亩: a crop's share is not the catalogued grain total.
					if ((CROP.test(name) || CROP_END.test(name)) && /^grain_/.test(prevSame.indicator)) {
						last = null;
						continue;
					}
					if (partOf && (COMPONENT.test(name) || (noun && !prevSame.text.endsWith(noun)))) {
						last = null;
						continue;
					}
					// 新增“四上”单位11家,其中规模以上工业1家、限上批零企业6家: the industrial ones are the
					// new above-scale enterprises; the other sectors' shares are not tracked.
					if (
						partOf &&
						name &&
						(prevSame.indicator === 'new_enterprises_above_scale_or_quota' ||
							(prevSame.indicator === 'new_above_scale_enterprises' &&
								INDUSTRY_PART.test(prevSame.text)))
					) {
						if (INDUSTRY_PART.test(name)) {
							indicator = 'new_above_scale_enterprises';
						} else {
							last = null;
							continue;
						}
					} else if (AVERAGE_OF.test(name) && !/^人均/.test(name)) {
						indicator = prevSame.indicator;
						scope = AVERAGE_OF.exec(name)![1];
					} else if (AVERAGE_SCOPE.test(name) || (partOf && name)) {
						indicator = prevSame.indicator;
						scope = (noun && name.slice(0, -noun.length)) || name;
					} else if (!name && countsObject(norm, f0)) {
						// 完成278亩土地调规工作: the figure counts the words after it, not the statistic before.
						indicator = null;
					} else if (!name) {
						// 突破60亿元,达到61.3亿元: the milestone gives way to the figure reached.
						// 收入任务260万,完成291万: the target named gives way to what was done.
						if (
							last?.item === prevSame &&
							!q.prefix &&
							prevSame.growth === null &&
							((MILESTONE.test(last.f.q.prefix ?? '') &&
								f0.preds.some((p) => p === '达到' || p === '达')) ||
								(TARGET_NAMED.test(
									norm.slice(Math.max(last.f.clause.start, last.f.q.start - NEAR), last.f.q.start)
								) &&
									f0.preds.includes('完成')))
						) {
							const milestone = last;
							milestone.item.value = q.value;
							milestone.item.unit = q.unit;
							// (1-8月累计完成929万元: the period of what was done)
							milestone.item.period = period;
							milestone.item.year = year;
							delete milestone.item.bound;
							extendQuote(ctx, milestone.item, q.end);
							milestone.f = f0;
							continue;
						}
						// 税收由1830万元增加至3160万元: the end of a change whose base named a subject
						// of its own (one left out) is that subject's, not the statistic before.
						if (
							f0 !== figs[0] &&
							figs[0].subj.end > figs[0].subj.start &&
							(last?.f !== figs[0] || !last.item.indicator)
						)
							continue;
						indicator = prevSame.indicator;
						name = prevSame.text;
					}
				} else if (indicator && partOf && prevSame?.indicator === indicator && !scope) {
					scope = name;
				}
				if (indicator && f0.preds.includes('平均') && !scope) {
					scope = /村/.test(leadAll) ? '村均' : '平均';
				}
				// A stock (国家高新技术企业达到398家) is not the year's new count the catalogue tracks.
				if (
					indicator &&
					indicatorById(indicator)?.unitFamily === 'count' &&
					(f0.preds.some((p) => p === '达到' || p === '达' || p === '累计') ||
						inStock ||
						STOCK_WORD.test(leadAll)) &&
					!/新增|新认定|新培育|新引进|培育|新签约/.test(leadAll) &&
					period !== '5y'
				)
					continue;
				// 村集体经济收入均超50万: a floor for each member, not a figure.
				if (f0.distributive && !f0.listCont && q.prefix) continue;
				const item = makeResult(
					indicator,
					name || norm.slice(q.start, q.end),
					year,
					period,
					bareRate ? null : q.value,
					bareRate ? null : q.unit,
					estimated
				);
				if (bareRate) item.growth = q.value;
				const b = boundOf(q);
				if (b === 'at_least') item.bound = 'at_least';
				else if (b === 'about' || q.approx === '余') item.bound = 'about';
				if (scope) item.scope = scope;
				// 与上年基本持平 / 同比持平 right after the figure: no change on the year.
				const flat = FLAT_AFTER.exec(norm.slice(q.end, q.end + 16));
				if (flat) item.growth = 0;
				setQuote(ctx, item, Math.min(quoteStart, setQuoteStart), quoteEnd);
				if (flat && quoteEnd === q.end) extendQuote(ctx, item, q.end + flat[0].length);
				if (indicator) recent.push(item);
				if (base && (indicator || uncataloguedStatistic(name, q.unit))) {
					// 从27720元增至约4万元: the base level of a change.
					item.period = 'year';
					item.year = base[1]
						? Number(base[1])
						: period === '5y'
							? report.reviewYear - 5
							: report.reviewYear - 1;
					baseOf = { clause: c, item };
				} else if (
					baseOf &&
					baseClause &&
					(!subject || endOfBase) &&
					indicator === baseOf.item.indicator
				) {
					// …增加到28.6亿元: the end of the change quotes from its base.
					setQuote(ctx, item, baseOf.item.start, item.end);
					// 由2025年底的4.1亿元增加到6.3亿元,年均增长9%: a change over the term is the term's.
					// (an end level alone, with no 年均 rate after it, stays the year's level)
					if (
						item.period === 'year' &&
						baseOf.item.year <= item.year - 3 &&
						/^[^。;]*?年均/.test(norm.slice(q.end, s.end))
					)
						item.period = '5y';
				}
				const pending: Pending = { f: f0, item, kept: false };
				// 由7100元提高到12800元: a base the text gives no year is only the start of the change
				// it tells, not a level reported for a year of its own
				const undatedBase = !!base && !base[1] && baseOf?.item === item;
				if (item.value !== null) segmentFigures.push(pending);
				// every named figure takes its share of a 分别 list, kept or not (规下工业产值)
				if (indicator || name) figured.push(pending);
				// A task stated as done: 完成6处废弃矿山整治修复任务.
				if (exceededHere && exceededHere.index < q.start - c.start) {
					item.claim = 'exceeded';
					item.bound = 'at_least';
					keep(out, pending);
				} else if (claimNext || completesTask(ctext, q.start - c.start, !!indicator)) {
					item.claim = 'completed';
					// 完成7处废弃矿山整治修复任务: nothing names the count before it; the work after it does
					if (!indicator && !/[\u4e00-\u9fff]{2}/.test(name ?? '') && countsObject(norm, f0)) {
						const work = norm
							.slice(f0.obj!.start, f0.obj!.end)
							.replace(/(?:的)?(?:任务|工作|目标)$/, '');
						if (/[\u4e00-\u9fff]{2}/.test(work)) {
							item.text = work;
							extendQuote(ctx, item, f0.obj!.end);
						}
					}
					keep(out, pending);
				} else if ((indicator || uncataloguedStatistic(name, q.unit)) && !undatedBase) {
					// 青柳镇实现税收: the statistic's name without the town that reports it
					if (!indicator) item.text = uncataloguedName(item.text ?? '', q.unit) ?? item.text;
					keep(out, pending);
				}
				beforeLast = last;
				last = pending;
			}
			// 圆满完成新兵征集任务,共征集新兵12人: the claim comes first.
			claimNext = figs.length === 0 && /^(?:全面|圆满|顺利)完成[^,;]*任务$/.test(ctext);
			// 超额完成年度目标 after a figure: the figure met its target.
			if (exceededHere && last && last.f.clause.start !== c.start && figs.length === 0) {
				// 甲完成2655万元,乙1.36亿元,均超额完成: each figure of the list met its target.
				const each = /(?:均|都|全部)$/.test(ctext.slice(0, exceededHere.index));
				const met = each && segmentFigures.includes(last) ? segmentFigures : [last];
				for (const p of met) {
					p.item.claim = 'exceeded';
					if (p === last)
						extendQuote(ctx, p.item, c.start + exceededHere.index + exceededHere[0].length);
					keep(out, p);
				}
			}
			if (
				/全部[^,;]*到位/.test(ctext) &&
				last &&
				/任务/.test(last.item.text) &&
				figs.length === 0 &&
				last.f.clauseIndex === ci - 1
			) {
				last.item.claim = 'completed';
				keep(out, last);
			}
		});
	}
	return dedupe(out);
}

/** The same figure stated twice (完成87.19万平方米违建治理任务 … 拆除治理违法建设87.19万平方米): one item. */
function dedupe(items: ResultItem[]): ResultItem[] {
	const seen = new Map<string, ResultItem>();
	const out: ResultItem[] = [];
	for (const r of items) {
		const key = `${r.indicator}|${r.year}|${r.period}|${r.value}|${r.unit}|${r.growth}|${r.scope ?? ''}`;
		const prev = seen.get(key);
		if (prev && (r.indicator || r.value !== null)) {
			// Keep the richer statement.
			if (!prev.claim && r.claim) Object.assign(prev, r);
			continue;
		}
		seen.set(key, r);
		out.push(r);
	}
	return out;
}

/** Words after a figure that name what it counts (278亩土地调规工作), not a qualifier (以上, 左右). */
function countsObject(norm: string, f: Figure): boolean {
	if (!f.obj) return false;
	const obj = norm.slice(f.obj.start, f.obj.end);
	return (
		/^[\u4e00-\u9fff]{2}/.test(obj) &&
		!/^(?:以上|左右|多|余|的?(?:水平|新高|历史|好成绩|大关))/.test(obj)
	);
}

const VALUE_ADDED_OF: Record<string, string> = {
	industrial_output: 'industrial_value_added',
	industrial_output_above_scale: 'industrial_value_added_above_scale'
};

/** A bare 增加值 right after an output figure: the value added of the same industry. */
function valueAddedOf(name: string, before: ResultItem | undefined): string | null {
	if (name !== '增加值' || !before?.indicator) return null;
	return VALUE_ADDED_OF[before.indicator] ?? null;
}

/** The villages a figure is named for (窑墩村, 甲村和乙村), not all of them (各村, 行政村). */
function namedVillages(name: string): string | undefined {
	const m = findIndicator(name);
	if (!m || m.start === 0) return undefined;
	const prefix = name.slice(0, m.start).replace(/(?:全年|今年|年)$/, '');
	if (!/村$/.test(prefix) || prefix.length < 3) return undefined;
	if (/^(?:全镇|全乡|全街道|各|所有|全体|\d|[一二三四五六七八九十两]+个)/.test(prefix))
		return undefined;
	if (/(?:行政村|各村|全村|个村|社区村)$/.test(prefix)) return undefined;
	return prefix;
}

/**
 * A clause stating a task done (完成150户改厕任务). An uncatalogued figure is that task's size only
 * when the verb comes first: in 8条薄弱村均完成补强任务 the figure counts who did it.
 */
let taskMemo: { ctext: string; m: RegExpExecArray | null } | null = null;

function completesTask(ctext: string, at: number, catalogued: boolean): boolean {
	// one search per clause, however many figures it holds
	if (taskMemo?.ctext !== ctext) taskMemo = { ctext, m: COMPLETED_TASK.exec(ctext) };
	const m = taskMemo.m;
	if (!m || !/完成|任务/.test(ctext)) return false;
	return catalogued || m.index < at || !/完成/.test(m[0]);
}

/** Whether the end of `lead` lies inside an open bracket. */
function insideBrackets(lead: string): boolean {
	let depth = 0;
	for (const ch of lead) {
		if (ch === '(') depth++;
		else if (ch === ')' && depth > 0) depth--;
	}
	return depth > 0;
}

/** Words before a catalogued name that make the figure a part's: a level of government, a season. */
const PREFIX_SCOPE: [RegExp, RegExp][] = [
	[/^(?:镇级|镇本级|本级|区级|县级|市级)$/, /revenue|fiscal/],
	[/^(?:非农户|农户)$/, /^fixed_asset_investment$/],
	[/^(?:小春|大春|夏粮|秋粮|夏季|秋季|春播|夏播|秋播)$/, /^grain_/],
	[/^.{0,12}(?:人口|对象|群众|人员|学生|老人|儿童|妇女)$/, /_coverage$/]
];

function prefixScope(name: string, indicator: string): string | undefined {
	const m = findIndicator(name);
	if (!m || m.id !== indicator || m.start === 0) return undefined;
	// 脱贫人口基本医保参保率: 基本 belongs to the insurance's name.
	const prefix = name.slice(0, m.start).replace(/基本$/, '');
	for (const [words, ids] of PREFIX_SCOPE)
		if (words.test(prefix) && ids.test(indicator)) return prefix;
	return undefined;
}

/**
 * A money statistic the catalogue lacks (战新产值, 应税销售): kept as text with its figure in an
 * outcome, as the catalogue's contract asks, rather than dropped. Only money amounts whose noun is
 * scoped by a sector or tax qualifier: a bare 产值 or 税收 names no statistic one could compare.
 */
const UNCATALOGUED_STAT =
	/^(?:规模以上|规上|规模|工业|工商|乡镇企业|服务业|建筑业|农业|应税|开票|纳税|战略性新兴产业|战新|高新技术产业|高新|第[二三]产业|[二三]产)[\u4e00-\u9fff]{0,6}(?:产值|增加值|销售|销售收入|税收|税收收入|利税|税金)$/;
/**
 * Tax totals name a statistic by themselves (税收, 税收收入, 税收总额): unlike a bare 产值, a tax
 * figure is reported as such year after year.
 */
const UNCATALOGUED_TAX =
	/^(?:全镇|全乡|全街道?)?(?:税收(?:收入|总额|总收入)?|区级税收|入库税收|税收入库)$/;
/** 农村经济总收入, 农村社会总产值: the rural economy's accounts, a statistic of their own. */
const UNCATALOGUED_RURAL = /^(?:全镇|全乡)?农村(?:经济|社会)总(?:收入|产值)$/;
const PER_HEAD = /^人均/;
/** 青柳镇实现税收: the town's own name and verb before the statistic (as 全镇 would be). */
const TOWN_FIRST = /^[\u4e00-\u9fff]{2,5}?(?:镇|乡|街道)(?:实现|完成|共)?(?=[\u4e00-\u9fff]{2})/;

/** The name of the uncatalogued money statistic `name` states (without a town before it), or null. */
function uncataloguedName(name: string, unit: string | null): string | null {
	if (!/元$/.test(unit ?? '')) return null;
	// 人均GDP, 人均生产总值: a catalogued total per head is a statistic of its own
	if (PER_HEAD.test(name)) {
		const of = findIndicator(name.slice(2));
		if (of && of.start === 0 && of.end === name.length - 2) return name;
	}
	// (亩均产值, 人均税收: an average, not the total it is taken from)
	if (/[亩人户村]均/.test(name)) return null;
	const known = (n: string) =>
		UNCATALOGUED_STAT.test(n) || UNCATALOGUED_TAX.test(n) || UNCATALOGUED_RURAL.test(n);
	if (known(name)) return name;
	const placeFirst = TOWN_FIRST.exec(name);
	const rest = placeFirst ? name.slice(placeFirst[0].length) : '';
	return rest && known(rest) ? rest : null;
}

function uncataloguedStatistic(name: string, unit: string | null): boolean {
	return uncataloguedName(name, unit) !== null;
}

function keep(out: ResultItem[], p: Pending): void {
	if (p.kept) return;
	p.kept = true;
	out.push(p.item);
}

/** 规模以上工业完成现价产值: the verb (and price basis) inside a name leave it. */
const INFIX_VERB =
	/^(.{2,12}?)(?:完成|实现)(?:现价|不变价|可比价)?(总产值|产值|增加值|主营业务收入|营业收入|销售收入)$/;
function joinInfixVerb(s: string): string {
	const m = INFIX_VERB.exec(s);
	if (!m || findIndicator(s)) return s;
	const joined = m[1] + m[2];
	return findIndicator(joined) ? joined : s;
}

function stripLeadVerb(s: string): string {
	const m = LEAD_VERB.exec(s);
	if (!m) return s;
	const rest = s.slice(m[0].length);
	// Keep 新增 in 新增科技型中小企业: the catalogue may name it with the verb.
	return rest ? (findIndicator(s)?.start === 0 ? s : rest) : s;
}

/** Currency, area and rate units compare as families; other units as written. */
function unitFamily(u: string): string {
	return u.includes('元')
		? 'c'
		: u.includes('亩') || u.includes('平方')
			? 'a'
			: u === '%'
				? 'r'
				: u;
}

/**
 * The catalogued figures read so far in a sentence, indexed so that each lookup is constant
 * time: a sentence of thousands of clauses stays linear.
 */
class RecentFigures {
	last: ResultItem | undefined;
	private byFamily = new Map<string, ResultItem>();
	private ids = new Set<string>();
	push(item: ResultItem): void {
		this.last = item;
		if (item.unit) this.byFamily.set(unitFamily(item.unit), item);
		if (item.indicator) this.ids.add(item.indicator);
	}
	/** The last figure whose unit is of the same family as `unit`. */
	lastOfFamily(unit: string | null): ResultItem | undefined {
		return unit ? this.byFamily.get(unitFamily(unit)) : undefined;
	}
	has(indicator: string): boolean {
		return this.ids.has(indicator);
	}
}

/** Offset in the document where the first `word` of the sentence ends (Infinity if none). */
function firstEnd(sentence: string, word: string, offset: number): number {
	const i = sentence.indexOf(word);
	return i < 0 ? Infinity : offset + i + word.length;
}

function makeResult(
	indicator: string | null,
	text: string,
	year: number,
	period: Period,
	value: number | null,
	unit: string | null,
	estimated: boolean
): ResultItem {
	return {
		indicator,
		text,
		year,
		period,
		value,
		unit: value === null ? null : unit,
		growth: null,
		completion: null,
		estimated,
		quote: '',
		start: 0,
		end: 0,
		section: 'review'
	};
}

function setQuote(ctx: ItemContext, item: ResultItem, start: number, end: number): void {
	item.start = start;
	item.end = end;
	item.quote = ctx.text.slice(start, end);
}

function extendQuote(ctx: ItemContext, item: ResultItem, end: number): void {
	if (end > item.end && end - item.end < 60) setQuote(ctx, item, item.start, end);
}

function quoteStartOf(norm: string, f: Figure, c: Span): number {
	let start = f.lead.start === c.start ? c.start : f.subj.start;
	const m =
		/^(?:[、,和及与(\s]|-+|其中|今年|全年|年内|并|同时|上半年|累计|全镇|\d{4}年(?:底|末)?,?|(?:1|一)(?:-|至|到)(?:\d{1,2}|[一二三四五六七八九十]{1,3})月|截[止至]\d{1,2}月)+/.exec(
			norm.slice(start, f.q.start)
		);
	if (m) start += m[0].length;
	return Math.min(start, f.q.start);
}

interface Mark {
	pos: number;
	period: Period | null;
	/** The last year of a named five-year plan period (十二五 → 2015). */
	termEnd?: number;
}

function periodMarks(norm: string, s: Span): Mark[] {
	const out: Mark[] = [];
	const restores: (Mark & { from: number })[] = [];
	PERIOD_MARK.lastIndex = 0;
	const sentence = norm.slice(s.start, s.end);
	let m: RegExpExecArray | null;
	while ((m = PERIOD_MARK.exec(sentence))) {
		let period: Period;
		const w = m[0];
		if (w === '上半年' || w === '半年度' || w === '1-6月') period = 'H1';
		else if (w === '一季度') period = 'M1-3';
		else if (w === '前三季度' || /季度$/.test(w)) period = 'M1-9';
		else if (w === '全年') period = 'year';
		else if (m[1] || m[2]) {
			const n = parseNumeral(m[1] ?? m[2]);
			period = n === 6 ? 'H1' : n === 12 ? 'year' : `M1-${n}`;
		} else period = '5y';
		// 增速较一季度回落6个百分点: the period compared with is not the figure's own.
		if (/(?:较|比|于)$/.test(sentence.slice(Math.max(0, m.index - 1), m.index))) continue;
		// 完成全年目标任务的68.1%: 全年 names the target, not the figure's period.
		// (占全年工作目标的83%, 全年预算的)
		if (
			w === '全年' &&
			/^(?:总|的)?(?:工作|经济|预期|考核)?(?:目标|任务|计划|预算)/.test(sentence.slice(m.index + 2))
		)
			continue;
		const plan = /十([一二三四五六七八九])五/.exec(w);
		const termEnd = plan ? planTermYears(plan[1]).end : undefined;
		out.push({ pos: s.start + m.index, period, termEnd });
		// 全年…增长3.9%;…截至11月完成…;固定资产投资增长15%: a 截至 aside inside a sentence that named
		// its period first holds to its own segment; the period named first resumes after it. So
		// does a forecast (1-5月…,半年度预计增长7.3%;…).
		const semi = sentence.indexOf(';', m.index);
		const forecast =
			sentence.startsWith('预计', m.index + w.length) ||
			sentence.slice(Math.max(0, m.index - 2), m.index) === '预计';
		if ((m[2] || forecast) && out.length > 1 && semi >= 0)
			restores.push({ pos: s.start + semi + 1, period: out[out.length - 2].period, from: m.index });
	}
	for (const r of restores)
		if (!out.some((k) => k.pos > s.start + r.from && k.pos < r.pos)) out.push(r);
	return out.sort((a, b) => a.pos - b.pos);
}

/** The last mark before `pos` (marks are in order: binary search). */
function markAt(marks: Mark[], pos: number): Mark | null {
	let lo = 0;
	let hi = marks.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (marks[mid].pos < pos) lo = mid + 1;
		else hi = mid;
	}
	return lo > 0 ? marks[lo - 1] : null;
}

/** How far back a figure's own wording is looked for: bounded so a clause with no stops stays linear. */
const NEAR = 120;
/** How much of a clause before a figure counts as its lead (clauses are rarely longer). */
const LEAD_WINDOW = 240;
/** 与2010年相比 / 比2010年: the base year of a change, compared with the figure's year. */
const FIVE_YEAR_BASE = /(?:与|同|和|较|比)(20\d\d)年(?:底|末)?(?:相比|比较)?/;
const YEAR_MARK = /(20\d\d)年(?:度)?(?!同期|以来|底前|相比)/g;

/**
 * The year marks of the last sentence asked about, each with the year in force after it (as if
 * the sentence ended there): figures of one sentence share one scan and look up by binary search.
 */
let yearMarks: {
	norm: string;
	start: number;
	end: number;
	reviewYear: number;
	ends: number[];
	years: number[];
} | null = null;

function yearAt(norm: string, s: Span, pos: number, reviewYear: number): number {
	if (
		!yearMarks ||
		yearMarks.norm !== norm ||
		yearMarks.start !== s.start ||
		yearMarks.end !== s.end ||
		yearMarks.reviewYear !== reviewYear
	) {
		const sentence = norm.slice(s.start, s.end);
		const ends: number[] = [];
		const years: number[] = [];
		let year = reviewYear;
		for (const m of allMatches(YEAR_MARK, sentence)) {
			const y = Number(m[1]);
			// 比2019年, 由2015年的: a base year, not the figure's.
			const baseYear = m.index > 0 && /[比较由从]/.test(norm[s.start + m.index - 1]);
			if (y <= reviewYear && y >= reviewYear - 6 && !baseYear) year = y;
			ends.push(s.start + m.index + m[0].length);
			years.push(year);
		}
		yearMarks = { norm, start: s.start, end: s.end, reviewYear, ends, years };
	}
	// Only the marks wholly before the figure.
	const { ends, years } = yearMarks;
	let lo = 0;
	let hi = ends.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (ends[mid] <= pos) lo = mid + 1;
		else hi = mid;
	}
	return lo > 0 ? years[lo - 1] : reviewYear;
}

const FILLERS = /累计|完成|实现|共计|合计|(?:过去|近)?[两三四五]年|全年|当年|今年|上半年/g;
// (完成)目标任务, (完成)年度任务: the verb phrase between a name and its figure (FILLERS take 完成).
const TRAILING_NOISE = /(?:申报|认定|工作|(?:年度|目标|计划)*任务|总额|总量|绝对额|绝对值)$/;
/** 受疫情影响 (a cause) and 剔除减税因素后 (an adjustment): not the subject of a change. */
const CAUSE =
	/^(?:(?:受|因|由于)[^,;]{1,16}?(?:影响|冲击|拖累)(?:而)?|(?:剔除|扣除|除去)[^,;]{1,16}?(?:因素|影响)(?:后)?)/;
/** 五年增长49%: the span of a change, not its subject. */
const SPAN_WORDS = /^(?:过去|近)?(?:[两三四五六七八九十]|\d{1,2})年(?:来|间)?(?:累计|共)?$/;
/** 现有规上企业18家: a stock held, not the year's new ones. */
const STOCK_WORD = /现有|共有|拥有|已有|目前有/;
const ASIDE_NOT_PART = /因|受|减|增|降|比|含|包括|同期|上年|去年/;
const STOCK_START = /^(?:全镇|全乡|目前|截至目前|至今)?(?:现有|共有|拥有|已有)/;
const CHANGE_FIRST = /^(?:新)?(?:增加|提高|增收|提升|减少|降低|调减|调增|压减)/;
const PROJECTS_IN = /^(?:在|其中)?(.{2,16}?项目)(?:中|里)$/;
const PROJECTS_RATE = /^(?:今年|全年)?(.{2,16}?项目)(?:开工|竣工|投产|完工|履约)率/;
const CROP =
	/^(?:超级杂交|优质|杂交)?(?:水稻|早稻|中稻|晚稻|一季稻|双季稻|小麦|玉米|大豆|红薯|马铃薯|土豆|薯类|豆类|油菜|花生|高粱|旱粮|蔬菜|杂粮)/;
const CROP_END = /(?:稻|小麦|玉米|大豆|红薯|马铃薯|土豆|薯类|豆类|油菜|花生|高粱|旱粮|杂粮)$/;
const GENERIC_SUBJECT = /^(?:总额|总量|规模|总值|总数)$/;
const SEASONAL_GRAIN = /^(夏粮|秋粮|早稻|晚稻|春粮)(?:总产量|总产|产量)$/;
const NEW_COUNT_VERB = /^(?:新增|新培育|新认定)$/;
const AVERAGE_OF = /^(村均|户均)(?:收入|总收入|经营性收入)$/;
const TRAILING_YEAR = /(?<=[\u4e00-\u9fff])(?:(?:19|20)\d{2}年(?:底|末|全年)?|[三四五]年)$/;
const ASIDE = /\([^()]{1,6}\)/g;
const VILLAGE_OWNER = /^(?:[^,;]{0,12}?[,])?(?:全镇|全乡)?(村组两级|村组|村级|村集体)/;
const VILLAGE_STATISTIC = /^(?:总收入|经营性收入|纯收入|总资产)$/;
const STAT_NOUN =
	/(?:增加值|总产值|产值|总收入|收入|支出|投资|成交额|销售额|营业额|零售额|总额|产量)$/;
const MILESTONE = /^(?:突破|超过|超|逾)$/;
/** 规模以上工业(企业): the industrial part of a count of new 四上 enterprises. */
const INDUSTRY_PART = /^(?:规模以上|规上)工业(?:企业)?$/;
/** 财政收入任务174万: a figure written as the size of the target. */
const TARGET_NAMED = /(?:任务|目标|计划)(?:数|为|是)?$/;
/** Kinds of revenue or profit: a component of a total, not a part of the town or a channel. */
const COMPONENT =
	/^(?:税收|非税|税务|地方税|增值税|所得税|利润|利税|国税|地税|其他|其余)|税收(?:收入)?$/;
const FUNDS_FROM = /(?:引进|到位)(.{1,4}?)(?:资金|内资)$/;
/** 市外到位资金项目: projects counted by the funds they brought in. */
const FUNDS_PROJECTS = /(?:引进|到位).{1,4}?(?:资金|内资)项目$/;
/** The town's enterprises as a whole (规模企业, 规上工业企业, 企业): not a named part of it. */
const GENERIC_GROUP = /^(?:全镇|全乡|我镇)?(?:规模以上|规上|规模)?(?:工业)?企业$/;
const GROUP_DID =
	/^(.{0,12}(?:企业|经济|制造业|产业|行业|园区|平台))(?:全年|今年|上半年|当年)?(?:完成|实现)(.{2,})$/;
const ABOVE_SCALE: Record<string, string> = {
	industrial_output: 'industrial_output_above_scale',
	industrial_value_added: 'industrial_value_added_above_scale'
};

/** 限上零售企业, 限额以上商贸企业: the trade firms above the quota, the universe of a statistic. */
const ABOVE_QUOTA_GROUP = /^(?:\d+家)?(?:限上|限额以上)[\u4e00-\u9fff]{0,4}企业$/;
const ABOVE_QUOTA: Record<string, string> = { retail_sales: 'retail_sales_above_quota' };

/** The catalogued indicator a subject names, with a sub-scope when the wording gives one. */
function resolveIndicator(
	name: string,
	withVerb: string,
	context = ''
): { indicator: string | null; scope?: string } {
	if (!name) return { indicator: null };
	const funds = FUNDS_FROM.exec(withVerb);
	if (funds) return { indicator: 'investment_attracted', scope: funds[1] };
	// 规上内资型经济完成工业增加值: a named group's part of the indicator.
	const group = GROUP_DID.exec(name);
	if (group && !/^全镇|^全乡/.test(group[1])) {
		const r = resolveIndicator(group[2], group[2]);
		// 服务业企业全年完成营业收入: the sector's own statistic (服务业营业收入).
		const sector = /^(.{2,6}业)企业$/.exec(group[1]);
		if (!r.indicator && sector) {
			const m = findIndicator(sector[1] + group[2].replace(FILLERS, ''));
			if (m && m.start === 0) return { indicator: m.id };
		}
		if (r.indicator) {
			// 13家限上零售企业实现社会消费品零售总额: the firms above the quota, whose total is its own
			const quota = ABOVE_QUOTA_GROUP.test(group[1]);
			const up = /规上|规模/.test(group[1] + context)
				? ABOVE_SCALE[r.indicator]
				: quota
					? ABOVE_QUOTA[r.indicator]
					: undefined;
			// 规模企业实现工业总产值, 企业完成技改投入: all the town's (above-scale) enterprises, no part.
			if (GENERIC_GROUP.test(group[1]) || quota) return { indicator: up ?? r.indicator };
			return { indicator: up ?? r.indicator, scope: group[1] };
		}
	}
	if (funds) return { indicator: 'investment_attracted', scope: funds[1] };
	// 村(社区)集体经济总收入: the name without its aside.
	if (name.includes('(')) {
		const plain = name.replace(ASIDE, '');
		if (plain !== name) {
			const r = resolveIndicator(plain, withVerb.replace(ASIDE, ''), context);
			if (r.indicator) return r;
		}
	}
	const projects0 = projectInvestment(name, context);
	if (projects0) return projects0;
	const own = findIndicator(name);
	if (own && own.end >= name.length - 1) return { indicator: own.id };
	const projects = newProjectsClass(withVerb) ?? newProjectsClass(name);
	if (projects) return projects;
	const bare = name.replace(FILLERS, '').replace(TRAILING_NOISE, '');
	const m = bare ? findIndicator(bare) : null;
	if (m && m.end >= bare.length - 1) return { indicator: m.id };
	return { indicator: null };
}

/** 市重点项目完成投资, 500万元以上项目累计投资, 在建项目总投资(完成): investment of a class of projects. */
// (重点项目建设完成19.4亿元: the building of the projects, in money, is their investment)
const PROJECT_INVEST =
	/^(.{0,14}?项目)(?:建设)?(?:预计|累计|共|共计|已|总)*(?:完成|实现)?(?:总)?(?:投资(?:额)?|(?<=建设))$/;
/** Projects attracted or planned: their total is signed investment, not investment done. */
const NOT_DONE_PROJECTS = /签约|引进|招商|招引|落户|新签|储备|谋划|计划|拟/;

function projectInvestment(
	name: string,
	context: string
): { indicator: string; scope?: string } | null {
	const m = PROJECT_INVEST.exec(name);
	if (!m || NOT_DONE_PROJECTS.test(m[1])) return null;
	// 项目总投资 is the planned size unless the clause says it was done.
	if (/总投资/.test(name) && !/完成|实现|累计/.test(context)) return null;
	const cls = m[1].replace(
		/^(?:全镇|全乡|全街道|全区)?(?:(?:\d+|[一二三四五六七八九十两]+)个)?/,
		''
	);
	// 500万元以上项目, 10-500万元项目: the statistical classes of fixed-asset investment.
	if (/\d(?:万元|亿元)?(?:以上|至|-|~)|\d万元|\d亿元/.test(cls))
		return { indicator: 'fixed_asset_investment', scope: cls };
	if (/^(?:重点|重大)?(?:建设)?项目$/.test(cls)) return { indicator: 'project_investment' };
	return { indicator: 'project_investment', scope: cls };
}

/** 一产, 第三产业: a sector's value added, named in a list after the town's output. */
function sectorValueAdded(text: string): string | null {
	const m = findIndicator(text + '增加值');
	return m && m.start === 0 && m.end === text.length + 3 ? m.id : null;
}

/** 城乡居民养老保险 in a list of rates: the coverage rate of that insurance. */
function rateIndicator(text: string): string | null {
	for (const suffix of ['参保率', '覆盖率', '率']) {
		const m = findIndicator(text + suffix);
		if (m && m.end === text.length + suffix.length) return m.id;
	}
	return null;
}
