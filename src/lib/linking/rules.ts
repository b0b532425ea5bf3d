/**
 * The judge as a table of rules (issue 13). Every assessment names the rule that produced it and
 * the figures it compared, so a verdict can be explained in words and checked by hand. The table
 * is the documentation of the judge: /about lists it, and each row has a unit test
 * (tests/unit/linking/rules.test.ts). Pure: no I/O.
 */
import type { Basis, Bound, Measure, Period, Status } from '../types';
import { describeTarget } from '../format/target';
import { formatNumber, formatValue, type Lang } from '../format/number';
import { STATUS_LABEL } from '../format/status';

export type RuleId =
	| 'following_growth'
	| 'following_rate'
	| 'following_level'
	| 'following_conflict'
	| 'following_incomparable'
	| 'computed_growth'
	| 'computed_level'
	| 'completion_full_year'
	| 'completion_share_level'
	| 'completion_share_growth'
	| 'completion_ceiling'
	| 'completion_ambiguous'
	| 'midyear_growth'
	| 'midyear_level'
	| 'five_year_level_pace'
	| 'five_year_average_pace'
	| 'five_year_average_final'
	| 'manual'
	| 'not_reported'
	| 'pending';

type Words = Record<Lang, string>;

export interface Rule {
	id: RuleId;
	basis: Basis | null;
	/** What it reads. */
	inputs: Words;
	/** How the figures are compared, and which statuses it gives. */
	comparison: Words;
	/** The slack allowed; '—' when none. */
	tolerance: Words;
}

const NONE: Words = { zh: '无', en: 'none' };
const BOUND_SLACK: Words = {
	zh: '“左右”“同步”放宽0.5个百分点（总量放宽2%）；其他界限不放宽',
	en: '左右 / 与…同步 allow 0.5 points (2% of a level); other bounds none'
};

/** The rules in the order the judge tries them for a target. */
export const RULES: readonly Rule[] = [
	{
		id: 'following_growth',
		basis: 'following_report',
		inputs: {
			zh: '增长目标；下一年度报告所述该年全年增速（终值优先于“预计”）',
			en: 'growth target; the full-year growth the following report states (finals before 预计 estimates)'
		},
		comparison: {
			zh: '实际增速与目标比较（下降为好的指标方向相反）：达到为完成，否则未完成',
			en: 'stated growth against the target (reversed where a fall is good): met or missed'
		},
		tolerance: BOUND_SLACK
	},
	{
		id: 'following_rate',
		basis: 'following_report',
		inputs: {
			zh: '以百分比表示的水平目标（失业率、参保率）；下一年度报告所述全年数值',
			en: 'a level stated in percent (unemployment, coverage); the full-year rate the following report states'
		},
		comparison: {
			zh: '按百分点比较：以内、以上、左右',
			en: 'compared in points: at most, at least, about'
		},
		tolerance: BOUND_SLACK
	},
	{
		id: 'following_level',
		basis: 'following_report',
		inputs: {
			zh: '总量或数量目标；下一年度报告所述全年总量（换算为同一单位）',
			en: 'an amount or count; the full-year amount the following report states (in the same unit)'
		},
		comparison: {
			zh: '实际 ÷ 目标：达到为完成，否则未完成',
			en: 'actual ÷ target: met when reached, else missed'
		},
		tolerance: BOUND_SLACK
	},
	{
		id: 'following_conflict',
		basis: 'following_report',
		inputs: {
			zh: '同一年度的多个终值（或相关指标）',
			en: 'several final figures for the year (or related indicators)'
		},
		comparison: {
			zh: '各数值结论不一致时为无法判断，列出各数值',
			en: 'when they disagree: unclear, listing each figure'
		},
		tolerance: NONE
	},
	{
		id: 'following_incomparable',
		basis: 'following_report',
		inputs: {
			zh: '下一年度报告提到该指标，但所述数值与目标口径不同（总量对增速、单位不同）',
			en: 'the following report mentions the indicator, but not in the target’s terms (level vs growth, other unit)'
		},
		comparison: {
			zh: '无法比较，判为无法判断（如可由两年总量计算则改用计算规则）',
			en: 'cannot be compared: unclear (a computed rule takes over when two levels allow it)'
		},
		tolerance: NONE
	},
	{
		id: 'computed_growth',
		basis: 'computed',
		inputs: {
			zh: '增长目标；报告未述增速，但有该年与上年的全年总量',
			en: 'growth target; no stated growth, but the year’s and the previous year’s levels'
		},
		comparison: {
			zh: '增速 = 本年 ÷ 上年 − 1，与目标比较：完成或未完成',
			en: 'growth = this year ÷ last year − 1, against the target: met or missed'
		},
		tolerance: BOUND_SLACK
	},
	{
		id: 'computed_level',
		basis: 'computed',
		inputs: {
			zh: '总量目标；报告只述增速，另有上年总量',
			en: 'level target; only a growth stated, and last year’s level'
		},
		comparison: {
			zh: '总量 = 上年 × (1 + 增速)，与目标比较：完成或未完成',
			en: 'level = last year × (1 + growth), against the target: met or missed'
		},
		tolerance: BOUND_SLACK
	},
	{
		id: 'completion_full_year',
		basis: 'stated_completion',
		inputs: {
			zh: '全年“完成全年任务的X%”或“超额完成”',
			en: 'a full-year 完成全年任务的X% or 超额完成'
		},
		comparison: {
			zh: 'X ≥ 100 为完成，否则未完成',
			en: 'X ≥ 100: met, else missed'
		},
		tolerance: NONE
	},
	{
		id: 'completion_share_level',
		basis: 'stated_completion',
		inputs: {
			zh: '总量目标；年中“完成全年目标任务的X%”及已过月份（上半年6/12，前三季度9/12，1—N月N/12）',
			en: 'level target; a mid-year completion share and the months elapsed (H1 6/12, Q1–3 9/12, 1—N月 N/12)'
		},
		comparison: {
			zh: 'X ≥ 时间进度为进度正常，否则进度滞后；X ≥ 100 为提前完成',
			en: 'X ≥ the share of the year elapsed: on track, else behind; X ≥ 100: met early'
		},
		tolerance: NONE
	},
	{
		id: 'completion_share_growth',
		basis: 'stated_completion',
		inputs: {
			zh: '增长目标；年中“完成全年目标任务的X%”（对同一目标的进度）及已过月份',
			en: 'growth target; a mid-year completion share (progress on the same target) and the months elapsed'
		},
		comparison: {
			zh: 'X ≥ 时间进度为进度正常，否则进度滞后',
			en: 'X ≥ the share of the year elapsed: on track, else behind'
		},
		tolerance: NONE
	},
	{
		id: 'completion_ceiling',
		basis: 'stated_completion',
		inputs: {
			zh: '上限目标（下降为好，如能耗、失业率）的“完成任务X%”',
			en: 'a completion share of a ceiling (where a fall is good: energy, unemployment)'
		},
		comparison: {
			zh: '完成比例说明不了是否控制在上限以内：无法判断',
			en: 'a share says nothing certain about staying under a ceiling: unclear'
		},
		tolerance: NONE
	},
	{
		id: 'completion_ambiguous',
		basis: 'stated_completion',
		inputs: {
			zh: '提取结果含“完成”字样，但百分比记成了数值而非完成比例',
			en: 'a completion claim whose percentage was extracted as a value, not as a completion share'
		},
		comparison: {
			zh: '不猜测：判为无法判断，并说明原因',
			en: 'no guess: unclear, with the reason'
		},
		tolerance: NONE
	},
	{
		id: 'midyear_growth',
		basis: 'midyear',
		inputs: {
			zh: '增长目标；年中报告所述累计增速（上半年、前三季度、1—N月）',
			en: 'growth target; the year-to-date growth of a mid-year report (H1, Q1–3, 1—N月)'
		},
		comparison: {
			zh: '增速不按时间进度折算：达到或超过全年目标为进度正常，低于为进度滞后',
			en: 'growth is not paced by the calendar: at or above the annual target on track, below it behind'
		},
		tolerance: {
			zh: '无（年内不放宽“左右”）',
			en: 'none (左右 gets no slack before the year is out)'
		}
	},
	{
		id: 'midyear_level',
		basis: 'midyear',
		inputs: {
			zh: '总量目标；年中累计总量及已过月份（N/12）',
			en: 'level target; the year-to-date amount and the months elapsed (N/12)'
		},
		comparison: {
			zh: '累计 ≥ 目标 × N/12 为进度正常，否则进度滞后；已达全年目标为提前完成',
			en: 'amount ≥ target × N/12: on track, else behind; already past the full target: met early'
		},
		tolerance: NONE
	},
	{
		id: 'five_year_level_pace',
		basis: 'computed',
		inputs: {
			zh: '多年期总量目标；基期与最近一年的总量',
			en: 'multi-year level target; the base-year and the latest levels'
		},
		comparison: {
			zh: '迄今年均增速 ≥ 达标所需年均增速为进度正常，否则进度滞后',
			en: 'average growth so far ≥ the growth still needed each year: on track, else behind'
		},
		tolerance: NONE
	},
	{
		id: 'five_year_average_pace',
		basis: 'computed',
		inputs: {
			zh: '年均增长目标（到期前）；迄今各年总量或增速',
			en: 'average-growth target before its year; the levels or growths so far'
		},
		comparison: {
			zh: '迄今年均增速 ≥ 剩余年份所需年均增速为进度正常，否则进度滞后',
			en: 'average so far ≥ the average needed over the remaining years: on track, else behind'
		},
		tolerance: NONE
	},
	{
		id: 'five_year_average_final',
		basis: 'computed',
		inputs: {
			zh: '年均增长目标（到期年）；整个期间的总量或增速',
			en: 'average-growth target in its year; the levels or growths of the whole term'
		},
		comparison: {
			zh: '期间年均增速与目标比较：完成或未完成',
			en: 'the term’s average growth against the target: met or missed'
		},
		tolerance: BOUND_SLACK
	},
	{
		id: 'manual',
		basis: 'manual',
		inputs: {
			zh: '编辑从其他来源补充的结果（最终核实优先于初步核算、预计）',
			en: 'an outcome an editor added from another source (final before preliminary before estimate)'
		},
		comparison: {
			zh: '与报告所述结果同样比较（年中数据按时间进度）',
			en: 'compared as a report’s outcome would be (mid-year figures paced)'
		},
		tolerance: BOUND_SLACK
	},
	{
		id: 'not_reported',
		basis: null,
		inputs: {
			zh: '已有回顾该年度的报告，但未提及该目标',
			en: 'a report reviewing the year exists and does not mention the target'
		},
		comparison: { zh: '未报告', en: 'not reported' },
		tolerance: NONE
	},
	{
		id: 'pending',
		basis: null,
		inputs: {
			zh: '尚无回顾该年度的报告',
			en: 'no report on the year yet'
		},
		comparison: { zh: '待评估', en: 'pending' },
		tolerance: NONE
	}
];

export const RULE_BY_ID: Record<RuleId, Rule> = Object.fromEntries(
	RULES.map((r) => [r.id, r])
) as Record<RuleId, Rule>;

export function isRuleId(v: unknown): v is RuleId {
	return typeof v === 'string' && v in RULE_BY_ID;
}

/** The figures a rule compared, as stored beside the assessment. */
export interface Figures {
	/** Period of the outcome ('year', 'H1', 'M1-9'…); null for silence. */
	period: Period | null;
	/** The outcome's year (a five-year pace: the latest year used). */
	year: number | null;
	/** The figure compared: growth in %, a level in the target's unit, or a completion %. */
	actual: number | null;
	/** What `actual` was compared with: the target figure, paced for levels (target × N/12), the
	 * elapsed share in % for completion shares, the growth needed for a pace. */
	threshold: number | null;
	/** Share of the year elapsed (N/12) for mid-year rules. */
	share?: number | null;
	/** The reference growth for 与经济增长同步 / 高于经济增长. */
	reference?: number | null;
	/** Base year and level of a computed growth or pace. */
	baseYear?: number | null;
	base?: number | null;
	/** A 预计 estimate superseded by the final figure. */
	estimate?: number | null;
	/** The disagreeing figures of a conflict. */
	values?: number[];
	/** Why no verdict could be given (unclear). */
	reason?: UnclearReason | null;
}

export type UnclearReason = 'incomparable_terms' | 'completion_as_value';

export const REASONS: Record<UnclearReason, Words> = {
	incomparable_terms: {
		zh: '所述数值与目标口径不同（总量对增速，或单位不同）',
		en: 'the outcome is stated in other terms (a level for a growth, or another unit)'
	},
	completion_as_value: {
		zh: '“完成……的X%”被提取为数值而非完成比例，不作推测',
		en: 'a “完成…的X%” share was extracted as a value, not as a completion share; no guess is made'
	}
};

/** What the explanation needs of the target. */
export interface ExplainTarget {
	measure: Measure;
	value: number | null;
	high?: number | null;
	unit: string | null;
	bound: Bound;
}

export interface Explainable {
	rule: RuleId | null;
	figures: Figures | null;
	status: Status;
	target: ExplainTarget;
	/** Unit of `figures.actual` as compared (the target's unit for levels, % for growth). */
	outcomeUnit?: string | null;
}

function periodWords(period: Period | null, year: number | null, lang: Lang): string {
	if (!period) return '';
	if (lang === 'zh') {
		if (period === 'year') return year ? `${year}年` : '全年';
		if (period === 'H1') return '上半年';
		if (period === 'M1-9') return '前三季度';
		if (period === '5y') return '五年';
		const m = /^M1-(\d+)$/.exec(period);
		return m ? `1—${m[1]}月` : period;
	}
	if (period === 'year') return year ? `${year}` : 'the year';
	if (period === 'H1') return 'H1';
	if (period === 'M1-9') return 'Q1–3';
	if (period === '5y') return 'five years';
	const m = /^M1-(\d+)$/.exec(period);
	return m ? `Jan–month ${m[1]}` : period;
}

const pct = (x: number | null | undefined, lang: Lang) => `${formatNumber(x ?? null, lang)}%`;

function growthWords(g: number | null | undefined, lang: Lang): string {
	if (g == null) return '—';
	if (lang === 'zh') return g < 0 ? `下降${pct(-g, lang)}` : `增长${pct(g, lang)}`;
	return `${g < 0 ? '' : '+'}${pct(g, lang)}`;
}

/** 高于 / 低于 / 达到 as the comparison came out (in the target's good direction or not). */
function relation(actual: number, threshold: number, lang: Lang): string {
	const eps = 1e-9;
	if (lang === 'zh')
		return actual > threshold + eps ? '高于' : actual < threshold - eps ? '低于' : '等于';
	return actual > threshold + eps ? 'above' : actual < threshold - eps ? 'below' : 'equal to';
}

/**
 * The verdict in one line of words, e.g. 上半年增长5.1%，低于全年目标6%以上 → 进度滞后 /
 * H1 +5.1%, below the annual target ≥ 6% → Behind.
 */
export function explain(a: Explainable, lang: Lang): string {
	const status = STATUS_LABEL[lang][a.status];
	const f = a.figures;
	if (!a.rule || !f) return status;
	const target = describeTarget(a.target, lang);
	const when = periodWords(f.period, f.year, lang);
	const zh = lang === 'zh';
	const unit = a.outcomeUnit ?? a.target.unit;
	const level = (x: number | null | undefined) => formatValue(x ?? null, unit, lang);
	const rel = f.actual != null && f.threshold != null ? relation(f.actual, f.threshold, lang) : '';
	const estimate =
		f.estimate != null
			? zh
				? `（预计${formatNumber(f.estimate, lang)}已由终值取代）`
				: ` (estimate ${formatNumber(f.estimate, lang)} superseded by the final figure)`
			: '';
	const ref =
		f.reference != null
			? zh
				? `（参照增速${pct(f.reference, lang)}）`
				: ` (reference growth ${pct(f.reference, lang)})`
			: '';
	const arrow = ` → ${status}`;
	switch (a.rule) {
		case 'following_growth':
		case 'computed_growth':
		case 'midyear_growth': {
			const computed =
				a.rule === 'computed_growth' && f.baseYear != null
					? zh
						? `（由${f.baseYear}年${formatNumber(f.base ?? null, lang)}计算）`
						: ` (computed from the ${f.baseYear} level ${formatNumber(f.base ?? null, lang)})`
					: '';
			const goal =
				a.rule === 'midyear_growth'
					? zh
						? '全年目标'
						: 'the annual target'
					: zh
						? '目标'
						: 'the target';
			return zh
				? `${when}${growthWords(f.actual, lang)}${computed}${estimate}，${rel}${goal}${target}${ref}${arrow}`
				: `${when} ${growthWords(f.actual, lang)}${computed}${estimate}, ${rel} ${goal} ${target}${ref}${arrow}`;
		}
		case 'following_rate':
			return zh
				? `${when}${pct(f.actual, lang)}${estimate}，目标${target}${arrow}`
				: `${when} ${pct(f.actual, lang)}${estimate}, target ${target}${arrow}`;
		case 'following_level':
		case 'computed_level':
		case 'manual': {
			const computed =
				a.rule === 'computed_level' && f.baseYear != null
					? zh
						? `（由${f.baseYear}年总量与增速推算）`
						: ` (from the ${f.baseYear} level and the growth)`
					: '';
			const paced =
				f.share != null && f.share < 1
					? zh
						? `，时间进度${pct(f.share * 100, lang)}（应达${level(f.threshold)}）`
						: `, ${pct(f.share * 100, lang)} of the year elapsed (pace ${level(f.threshold)})`
					: '';
			const shown =
				a.target.measure === 'level' && unit !== '%'
					? level(f.actual)
					: growthWords(f.actual, lang);
			return zh
				? `${when}${shown}${computed}${estimate}，目标${target}${paced}${arrow}`
				: `${when} ${shown}${computed}${estimate}, target ${target}${paced}${arrow}`;
		}
		case 'midyear_level':
			return zh
				? `${when}累计${level(f.actual)}，为全年目标${target}的${pct(((f.actual ?? 0) / (a.target.value || 1)) * 100, lang)}，时间进度${pct((f.share ?? 0) * 100, lang)}${arrow}`
				: `${when} ${level(f.actual)} so far, ${pct(((f.actual ?? 0) / (a.target.value || 1)) * 100, lang)} of the annual target ${target}, ${pct((f.share ?? 0) * 100, lang)} of the year elapsed${arrow}`;
		case 'completion_full_year':
			return zh
				? `${when}完成全年任务的${pct(f.actual, lang)}（目标${target}）${arrow}`
				: `${when} ${pct(f.actual, lang)} of the year’s task done (target ${target})${arrow}`;
		case 'completion_share_level':
		case 'completion_share_growth':
			return zh
				? `${when}完成全年目标任务的${pct(f.actual, lang)}，${rel}时间进度${pct(f.threshold, lang)}（全年目标${target}）${arrow}`
				: `${when} ${pct(f.actual, lang)} of the annual target ${target} done, ${rel} the ${pct(f.threshold, lang)} of the year elapsed${arrow}`;
		case 'completion_ceiling':
			return zh
				? `${when}完成任务的${pct(f.actual, lang)}，上限目标${target}无法据此判断${arrow}`
				: `${when} ${pct(f.actual, lang)} of the task done says nothing about the ceiling ${target}${arrow}`;
		case 'completion_ambiguous':
		case 'following_incomparable':
			return zh
				? `${when}无法与目标${target}比较：${REASONS[f.reason ?? 'incomparable_terms'].zh}${arrow}`
				: `${when}: cannot be compared with the target ${target}: ${REASONS[f.reason ?? 'incomparable_terms'].en}${arrow}`;
		case 'following_conflict':
			return zh
				? `${when}所述数值不一致（${(f.values ?? []).map((v) => formatNumber(v, lang)).join('、')}），目标${target}${arrow}`
				: `${when} figures disagree (${(f.values ?? []).map((v) => formatNumber(v, lang)).join(', ')}), target ${target}${arrow}`;
		case 'five_year_level_pace':
		case 'five_year_average_pace':
			return zh
				? `${f.baseYear ?? ''}—${f.year ?? ''}年年均${growthWords(f.actual, lang)}，达到${target}需年均${growthWords(f.threshold, lang)}${arrow}`
				: `${f.baseYear ?? ''}–${f.year ?? ''} average ${growthWords(f.actual, lang)}/yr, ${growthWords(f.threshold, lang)}/yr needed for ${target}${arrow}`;
		case 'five_year_average_final':
			return zh
				? `${f.baseYear ?? ''}—${f.year ?? ''}年年均${growthWords(f.actual, lang)}，目标${target}${arrow}`
				: `${f.baseYear ?? ''}–${f.year ?? ''} average ${growthWords(f.actual, lang)}/yr, target ${target}${arrow}`;
		case 'not_reported':
			return zh
				? `回顾该年度的报告未提及${arrow}`
				: `the report reviewing the year does not mention it${arrow}`;
		case 'pending':
			return zh ? `尚无该年度的报告${arrow}` : `no report on the year yet${arrow}`;
	}
}

export interface Explained {
	rule: RuleId | null;
	figures: Figures | null;
	/** The verdict in words in both languages (the page picks one; the API gives both). */
	explanation: Record<Lang, string>;
}

/** A stored assessment's rule and figures (as the database keeps them), explained. */
export function explainStored(
	rule: string | null | undefined,
	figures: string | null | undefined,
	status: Status,
	target: ExplainTarget,
	outcomeUnit: string | null = null
): Explained {
	const r = isRuleId(rule) ? rule : null;
	let f: Figures | null;
	try {
		f = figures ? (JSON.parse(figures) as Figures) : null;
	} catch {
		// A damaged cell explains nothing rather than failing the page.
		f = null;
	}
	const a: Explainable = { rule: r, figures: f, status, target, outcomeUnit };
	return { rule: r, figures: f, explanation: { zh: explain(a, 'zh'), en: explain(a, 'en') } };
}
