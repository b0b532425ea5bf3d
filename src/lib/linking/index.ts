/**
 * Linking and judging: every target of a town is lined up with the outcomes its later reports
 * state, and judged. Pure: reports in, assessments out. The rules (issue 4 §3):
 *
 * - following report: a target for year Y against the full-year result for Y;
 * - computed: growth from two consecutive years' levels (or a level from last year's level and
 *   this year's growth) when the report states only the other one;
 * - stated completion: 完成全年目标任务的68.1% against 100% (full year) or the elapsed share;
 * - mid-year: year-to-date figures against the share of the year elapsed;
 * - five-year targets: judged in their year; before that, the pace needed against the pace so far;
 * - not_reported when a report reviewing Y exists and says nothing; pending when none exists yet.
 */
import type { Assessment, Basis, ReportKind, ResultItem, Status, TargetItem } from '../types';
import {
	DEFAULT_TOLERANCES,
	margin,
	round,
	satisfies,
	type Comparison,
	type Tolerances
} from './judge';
import { matchResult, type Match } from './match';
import { expectedShare, isPartialPeriod, periodEndMonth } from './periods';
import { convertUnit, isPercent } from './units';
import type { Figures, RuleId } from './rules';

export { expectedShare } from './periods';
export { DEFAULT_TOLERANCES } from './judge';
export { RULES, RULE_BY_ID, explain, type Figures, type RuleId, type Rule } from './rules';

/** Bump when the rules change, so stored assessments are recomputed. */
export const LINKER_VERSION = '4';

export type ReportId = number | string;

export interface TownReport {
	id: ReportId;
	kind: ReportKind;
	reportYear: number;
	reviewYear: number;
	delivered?: string | null;
	targets: TargetItem[];
	results: ResultItem[];
}

export interface IndicatorInfo {
	id: string;
	/** Default true: more is better (false for 失业率, 能耗…). */
	upIsGood?: boolean;
}

/** Vintages of an outcome taken from another source, least to most final. */
export const VINTAGES = ['预计', '初步核算', '最终核实'] as const;
export type Vintage = (typeof VINTAGES)[number];

/**
 * An outcome an editor added from another source (统计公报, a later news release). Its
 * assessments have basis 'manual'; their refs carry reportId MANUAL and the index into
 * `LinkOptions.manual`.
 */
export interface ManualOutcome extends ResultItem {
	vintage: Vintage;
}

export const MANUAL = 'manual';

export interface LinkOptions {
	tolerances?: Partial<Tolerances>;
	indicators?: Iterable<IndicatorInfo>;
	manual?: ManualOutcome[];
}

export interface ItemRef {
	reportId: ReportId;
	index: number;
}

export type EvidenceRole = 'outcome' | 'base' | 'reference' | 'superseded_estimate';

export interface EvidenceRef extends ItemRef {
	role: EvidenceRole;
}

export interface TargetRef extends ItemRef {
	/** True when the target was implied by a result's stated completion; `index` then points
	 * into `impliedTargets`. */
	implied: boolean;
}

export interface LinkedAssessment extends Assessment {
	target: TargetRef;
	/** The main outcome compared with the target. */
	result: ItemRef | null;
	evidence: EvidenceRef[];
	/** The number compared with the target (growth in % for growth targets). */
	outcomeValue: number | null;
	outcomeUnit: string | null;
	/** The one assessment to show first for this target. */
	primary: boolean;
	/** The rule of the table (./rules.ts) that produced the verdict, and what it compared. */
	rule: RuleId;
	figures: Figures;
}

export interface ImpliedTarget {
	reportId: ReportId;
	/** The result whose stated completion implies the target. */
	resultIndex: number;
	target: TargetItem;
}

export interface TownLedger {
	assessments: LinkedAssessment[];
	impliedTargets: ImpliedTarget[];
}

interface Res {
	ref: ItemRef;
	item: ResultItem;
	/** Chronological rank of its report. */
	order: number;
}

interface Cand extends Res {
	match: Match;
}

interface Tgt {
	ref: TargetRef;
	item: TargetItem;
	report: TownReport;
	/** For an implied target: the result that implies it. */
	source?: ItemRef;
}

interface Ctx {
	results: Res[];
	manual: (Res & { vintage: Vintage })[];
	reports: TownReport[];
	tol: Tolerances;
	upIsGood: (id: string | null) => boolean;
}

function reportOrder(a: TownReport, b: TownReport): number {
	// A mid-year report on Y comes before the annual report reviewing Y.
	const ka = a.kind === 'annual' ? 1 : 0;
	const kb = b.kind === 'annual' ? 1 : 0;
	// Equal reports (the same one published twice) keep the caller's order (the sort is stable):
	// the ledger passes them by document path, so verdicts do not depend on load order (row ids).
	return (
		a.reviewYear - b.reviewYear || ka - kb || (a.delivered ?? '').localeCompare(b.delivered ?? '')
	);
}

function comparisonOf(t: TargetItem): Comparison {
	if (t.measure !== 'level') return 'growth';
	return isPercent(t.unit) ? 'rate' : 'level';
}

/** The result's number in the target's terms, or null when it cannot be compared. */
function actualFor(t: TargetItem, r: ResultItem): { value: number; loose: boolean } | null {
	const cmp = comparisonOf(t);
	if (cmp === 'growth') return r.growth === null ? null : { value: r.growth, loose: false };
	if (r.value === null) return null;
	if (cmp === 'rate') return isPercent(r.unit) ? { value: r.value, loose: false } : null;
	const conv = convertUnit(r.unit, t.unit);
	return conv ? { value: r.value * conv.factor, loose: conv.loose } : null;
}

const needsRef = (t: TargetItem) => t.bound === 'in_step_with' || t.bound === 'above_ref';

/** The target number to compare with, or null when the target states none. */
function targetNumber(t: TargetItem): number | null {
	if (t.value !== null) return t.value;
	if (t.bound === 'above') return 0;
	return null;
}

function latestFirst(a: Res, b: Res): number {
	return b.order - a.order || a.ref.index - b.ref.index;
}

/** The reference outcome (usually GDP growth) of the same year and period. */
function referenceOutcome(ctx: Ctx, t: TargetItem, year: number, period: string): Res | null {
	const refId = t.ref ?? 'gdp';
	const refs = ctx.results
		.filter(
			(r) =>
				r.item.indicator === refId &&
				r.item.year === year &&
				r.item.period === period &&
				!r.item.scope &&
				r.item.growth !== null
		)
		.sort((a, b) => Number(a.item.estimated) - Number(b.item.estimated) || latestFirst(a, b));
	return refs[0] ?? null;
}

interface Verdict {
	ok: boolean;
	margin: number | null;
	marginUnit: 'pp' | 'ratio';
	actual: number;
	/** What the actual was compared with (a level target paced by the share). */
	threshold: number;
	refRes: Res | null;
	loose: boolean;
}

/**
 * Judges one candidate against the target; `share` scales level targets for partial periods.
 * `tol` overrides the tolerances (mid-year growth is compared with none).
 */
function verdict(
	ctx: Ctx,
	t: Tgt,
	c: Res,
	share: number,
	tol: Tolerances = ctx.tol
): Verdict | 'incomparable' {
	const item = t.item;
	const actual = actualFor(item, c.item);
	if (!actual) return 'incomparable';
	const cmp = comparisonOf(item);
	let value: number | null;
	let refRes: Res | null = null;
	if (needsRef(item)) {
		refRes = referenceOutcome(ctx, item, c.item.year, c.item.period);
		if (!refRes || refRes.item.growth === null) return 'incomparable';
		value = refRes.item.growth;
	} else value = targetNumber(item);
	if (value === null) return 'incomparable';
	const scaled = cmp === 'level' ? value * share : value;
	const high = item.high !== undefined && cmp === 'level' ? item.high * share : item.high;
	const ok = satisfies({
		bound: item.bound,
		value: scaled,
		high,
		actual: actual.value,
		comparison: cmp,
		upIsGood: ctx.upIsGood(item.indicator),
		tolerances: tol
	});
	const m = margin(cmp, value, actual.value);
	return {
		ok,
		margin: m.margin,
		marginUnit: m.unit,
		actual: actual.value,
		threshold: scaled,
		refRes,
		loose: actual.loose
	};
}

function candidates(
	ctx: Ctx,
	t: TargetItem,
	year: number,
	pred: (r: ResultItem) => boolean
): Cand[] {
	const out: Cand[] = [];
	for (const r of ctx.results) {
		if (r.item.year !== year || !pred(r.item)) continue;
		const match = matchResult(t, r.item);
		if (match) out.push({ ...r, match });
	}
	return out;
}

/** Direct matches when there are any, else related ones; text matches keep only the best. */
function preferDirect(cands: Cand[]): Cand[] {
	const direct = cands.filter((c) => c.match.kind !== 'related');
	if (!direct.length) return cands;
	const best = Math.max(...direct.map((c) => c.match.confidence));
	return direct.filter((c) => c.match.kind === 'indicator' || c.match.confidence >= best);
}

function baseConfidence(t: TargetItem, r: ResultItem | null, m: Match | null): number {
	return Math.min(t.confidence ?? 1, r?.confidence ?? 1) * (m?.confidence ?? 1);
}

type Draft = Omit<LinkedAssessment, 'primary' | 'target'>;

function figuresOf(c: Res, v: Verdict, share?: number): Figures {
	return {
		period: c.item.period,
		year: c.item.year,
		actual: round(v.actual, 4),
		threshold: round(v.threshold, 4),
		share: share !== undefined && share < 1 ? round(share, 4) : null,
		reference: v.refRes?.item.growth ?? null
	};
}

function followingRule(t: TargetItem): RuleId {
	const cmp = comparisonOf(t);
	return cmp === 'growth'
		? 'following_growth'
		: cmp === 'rate'
			? 'following_rate'
			: 'following_level';
}

function fullYearAssessment(ctx: Ctx, t: Tgt): Draft | null {
	const all = preferDirect(candidates(ctx, t.item, t.item.year, (r) => r.period === 'year'));
	if (!all.length) return null;
	const finals = all.filter((c) => !c.item.estimated);
	const estimates = all.filter((c) => c.item.estimated);
	const pool = (finals.length ? finals : estimates).sort(latestFirst);
	const judged = pool
		.map((c) => ({ c, v: verdict(ctx, t, c, 1) }))
		.filter((x): x is { c: Cand; v: Verdict } => x.v !== 'incomparable');
	const flags: string[] = [];
	const evidence: EvidenceRef[] = [];
	if (!judged.length) {
		// Something was said, but not in comparable terms: computed growth may still resolve it.
		const c = pool[0];
		return {
			status: 'unclear',
			basis: 'following_report',
			margin: null,
			marginUnit: null,
			confidence: round(baseConfidence(t.item, c.item, c.match) * 0.5, 3),
			flags: ['incomparable'],
			note: 'outcome stated in terms that cannot be compared with the target',
			result: c.ref,
			evidence: [{ ...c.ref, role: 'outcome' }],
			outcomeValue: null,
			outcomeUnit: null,
			rule: 'following_incomparable',
			figures: {
				period: 'year',
				year: c.item.year,
				actual: null,
				threshold: null,
				reason: 'incomparable_terms'
			}
		};
	}
	const main = judged[0];
	const related = main.c.match.kind === 'related';
	let status: Status = main.v.ok ? 'met' : 'missed';
	let note: string | undefined;
	// Conflicting evidence: several finals (or the related pair) disagree.
	const conflicting = judged.some((x) => x.v.ok !== main.v.ok);
	if (conflicting) {
		status = 'unclear';
		flags.push('conflicting_evidence');
		note = 'outcomes disagree: ' + judged.map((x) => `${x.c.item.text} ${x.v.actual}`).join('; ');
	}
	if (related) flags.push('related_indicator');
	if (main.c.match.kind === 'text') flags.push('text_match');
	if (main.c.item.estimated) flags.push('estimate');
	if (main.v.loose) flags.push('unit_loose');
	evidence.push({ ...main.c.ref, role: 'outcome' });
	for (const x of judged.slice(1))
		if (related || conflicting) evidence.push({ ...x.c.ref, role: 'outcome' });
	if (main.v.refRes) evidence.push({ ...main.v.refRes.ref, role: 'reference' });
	const figures = figuresOf(main.c, main.v);
	if (conflicting) figures.values = judged.map((x) => round(x.v.actual, 4));
	if (finals.length && estimates.length) {
		flags.push('estimate_superseded');
		const e = estimates.sort(latestFirst)[0];
		evidence.push({ ...e.ref, role: 'superseded_estimate' });
		const ev = actualFor(t.item, e.item);
		if (ev) figures.estimate = round(ev.value, 4);
		note = [note, `预计 ${ev?.value ?? '—'} superseded by final ${main.v.actual}`]
			.filter(Boolean)
			.join('; ');
	}
	let conf = baseConfidence(t.item, main.c.item, main.c.match);
	if (main.c.item.estimated) conf *= 0.85;
	if (main.v.loose) conf *= 0.8;
	// With related indicators every one counts: the worst margin is shown.
	const worst = related
		? judged.reduce((a, b) => ((b.v.margin ?? Infinity) < (a.v.margin ?? Infinity) ? b : a))
		: main;
	return {
		status,
		basis: 'following_report',
		margin: worst.v.margin,
		marginUnit: worst.v.marginUnit,
		confidence: round(conf, 3),
		flags,
		note,
		result: main.c.ref,
		evidence,
		outcomeValue: main.v.actual,
		outcomeUnit: comparisonOf(t.item) === 'level' ? t.item.unit : '%',
		rule: conflicting ? 'following_conflict' : followingRule(t.item),
		figures
	};
}

/** A full-year level of the target's own indicator for `year`: finals first, latest report first. */
function levelOf(ctx: Ctx, t: TargetItem, year: number): { res: Res; value: number } | null {
	const cands = candidates(ctx, t, year, (r) => r.period === 'year' && r.value !== null)
		.filter((c) => c.match.kind !== 'related')
		.sort((a, b) => Number(a.item.estimated) - Number(b.item.estimated) || latestFirst(a, b));
	for (const c of cands) {
		// Levels are compared with each other, so they are brought to the target's unit (or, for
		// a growth target, to the unit of the first level found).
		const unit = t.measure === 'level' ? t.unit : c.item.unit;
		const conv = convertUnit(c.item.unit, unit);
		if (conv && c.item.value !== null) return { res: c, value: c.item.value * conv.factor };
	}
	return null;
}

function levelInUnit(ctx: Ctx, t: TargetItem, year: number, unit: string | null) {
	const found = levelOf(ctx, { ...t, measure: 'level', unit }, year);
	return found;
}

/** Growth from two consecutive years' levels, or a level from a growth and last year's level. */
function computedAssessment(ctx: Ctx, t: Tgt): Draft | null {
	const item = t.item;
	const y = item.year;
	if (item.measure === 'growth' && !needsRef(item)) {
		const cur = levelOf(ctx, item, y);
		if (!cur) return null;
		const prev = levelInUnit(ctx, item, y - 1, cur.res.item.unit);
		if (!prev || prev.value === 0) return null;
		const growth = round((cur.value / prev.value - 1) * 100, 2);
		return judgeComputed(ctx, t, growth, cur.res, prev, 'computed_growth');
	}
	if (item.measure === 'level' && comparisonOf(item) === 'level') {
		const grown = candidates(ctx, item, y, (r) => r.period === 'year' && r.growth !== null)
			.filter((c) => c.match.kind !== 'related')
			.sort(latestFirst)[0];
		if (!grown || grown.item.growth === null) return null;
		const prev = levelOf(ctx, item, y - 1);
		if (!prev) return null;
		const level = prev.value * (1 + grown.item.growth / 100);
		return judgeComputed(ctx, t, level, grown, prev, 'computed_level');
	}
	return null;
}

function judgeComputed(
	ctx: Ctx,
	t: Tgt,
	actual: number,
	outcome: Res,
	baseLevel: { res: Res; value: number },
	flag: 'computed_growth' | 'computed_level'
): Draft | null {
	const base = baseLevel.res;
	const item = t.item;
	const value = targetNumber(item);
	if (value === null) return null;
	const cmp = comparisonOf(item);
	const ok = satisfies({
		bound: item.bound,
		value,
		high: item.high,
		actual,
		comparison: cmp,
		upIsGood: ctx.upIsGood(item.indicator),
		tolerances: ctx.tol
	});
	const m = margin(cmp, value, actual);
	const flags: string[] = [flag];
	if (outcome.item.estimated || base.item.estimated) flags.push('estimate');
	return {
		status: ok ? 'met' : 'missed',
		basis: 'computed',
		margin: m.margin,
		marginUnit: m.unit,
		confidence: round(baseConfidence(item, outcome.item, null) * 0.9, 3),
		flags,
		note:
			flag === 'computed_growth'
				? `growth computed from ${base.item.year} and ${outcome.item.year} levels`
				: `level computed from ${base.item.year} level and ${outcome.item.year} growth`,
		result: outcome.ref,
		evidence: [
			{ ...outcome.ref, role: 'outcome' },
			{ ...base.ref, role: 'base' }
		],
		outcomeValue: round(actual, 4),
		outcomeUnit: cmp === 'level' ? item.unit : '%',
		rule: flag,
		figures: {
			period: 'year',
			year: outcome.item.year,
			actual: round(actual, 4),
			threshold: value,
			baseYear: base.item.year,
			base: round(baseLevel.value, 4)
		}
	};
}

/**
 * The latest statement of completion (完成全年目标任务的68.1%, 超额完成) for the target. A share
 * stated on a growth target is progress on the same target (the amount the growth implies), so
 * it is paced like a level target's.
 */
function completionAssessment(ctx: Ctx, t: Tgt): Draft | null {
	if (t.item.measure === 'avg_growth') return null;
	const cands = candidates(
		ctx,
		t.item,
		t.item.year,
		(r) => r.completion !== null || r.claim !== undefined
	).filter((c) => c.match.kind !== 'related');
	if (!cands.length) return null;
	const endMonth = (c: Cand) => periodEndMonth(c.item.period) ?? 0;
	const c = cands.sort((a, b) => endMonth(b) - endMonth(a) || latestFirst(a, b))[0];
	const share = expectedShare(c.item.year, c.item.period);
	const partial = isPartialPeriod(c.item.period);
	const upIsGood = ctx.upIsGood(t.item.indicator);
	const flags: string[] = [];
	const figures: Figures = {
		period: c.item.period,
		year: c.item.year,
		actual: c.item.completion,
		threshold: round((partial ? share : 1) * 100, 4),
		share: partial ? round(share, 4) : null
	};
	const base = {
		basis: 'stated_completion' as const,
		expectedShare: partial ? round(share, 4) : null,
		result: c.ref,
		evidence: [{ ...c.ref, role: 'outcome' as const }],
		outcomeUnit: '%'
	};
	// 完成全年任务的104% read as a value of 104% beside a bare 完成 claim: whether it is a share,
	// a rate or a growth cannot be told from the item, so no verdict is guessed from it.
	if (c.item.completion === null && c.item.value !== null && isPercent(c.item.unit)) {
		return {
			...base,
			status: 'unclear',
			margin: null,
			marginUnit: null,
			confidence: round(baseConfidence(t.item, c.item, c.match) * 0.5, 3),
			flags: ['completion_as_value'],
			note: 'a completion share was extracted as a value: no verdict guessed',
			outcomeValue: null,
			rule: 'completion_ambiguous',
			figures: { ...figures, actual: c.item.value, reason: 'completion_as_value' }
		};
	}
	const ratio =
		c.item.completion !== null ? c.item.completion / 100 : c.item.claim === 'exceeded' ? 1.0001 : 1;
	if (c.item.completion === null) flags.push('claimed');
	if (c.item.estimated) flags.push('estimate');
	let status: Status;
	let rule: RuleId;
	if (!upIsGood) {
		// "完成任务的80%" on a ceiling says nothing certain about staying under it.
		status = 'unclear';
		rule = 'completion_ceiling';
		flags.push('completion_of_ceiling');
	} else if (!partial) {
		rule = 'completion_full_year';
		status = ratio >= 1 - 1e-9 ? 'met' : 'missed';
	} else {
		rule = t.item.measure === 'growth' ? 'completion_share_growth' : 'completion_share_level';
		if (ratio >= 1 - 1e-9) {
			status = 'met';
			flags.push('reached_early');
		} else status = ratio >= share - 1e-9 ? 'on_track' : 'behind';
	}
	return {
		...base,
		status,
		margin: round(ratio, 4),
		marginUnit: 'ratio',
		confidence: round(baseConfidence(t.item, c.item, c.match) * (c.item.estimated ? 0.85 : 1), 3),
		flags,
		outcomeValue: c.item.completion,
		rule,
		figures: { ...figures, actual: c.item.completion ?? round(ratio * 100, 4) }
	};
}

/** Mid-year growth is compared with the annual target as stated: no slack before the year is out. */
const NO_SLACK = (tol: Tolerances): Tolerances => ({ ...tol, growth: 0 });

/**
 * Year-to-date figures: amounts against the share of the year elapsed (时间过半、任务过半);
 * growth rates against the annual target itself, since growth is not paced by the calendar.
 */
function midyearAssessment(ctx: Ctx, t: Tgt): Draft | null {
	const all = preferDirect(candidates(ctx, t.item, t.item.year, (r) => isPartialPeriod(r.period)));
	const endMonth = (c: Cand) => periodEndMonth(c.item.period) ?? 0;
	const sorted = all.sort((a, b) => endMonth(b) - endMonth(a) || latestFirst(a, b));
	const cmp = comparisonOf(t.item);
	for (const c of sorted) {
		const share = expectedShare(c.item.year, c.item.period);
		const v =
			cmp === 'level' ? verdict(ctx, t, c, share) : verdict(ctx, t, c, 1, NO_SLACK(ctx.tol));
		if (v === 'incomparable') continue;
		const flags: string[] = [];
		let status: Status = v.ok ? 'on_track' : 'behind';
		const full = targetNumber(t.item);
		// A cumulative amount already past the full-year target has met it.
		if (
			cmp === 'level' &&
			full !== null &&
			ctx.upIsGood(t.item.indicator) &&
			t.item.bound !== 'at_most' &&
			v.actual >= full - 1e-9
		) {
			status = 'met';
			flags.push('reached_early');
		}
		if (c.match.kind === 'related') flags.push('related_indicator');
		if (c.match.kind === 'text') flags.push('text_match');
		if (v.loose) flags.push('unit_loose');
		const evidence: EvidenceRef[] = [{ ...c.ref, role: 'outcome' }];
		if (v.refRes) evidence.push({ ...v.refRes.ref, role: 'reference' });
		return {
			status,
			basis: 'midyear',
			margin: v.margin,
			marginUnit: v.marginUnit,
			confidence: round(baseConfidence(t.item, c.item, c.match) * (v.loose ? 0.8 : 1), 3),
			expectedShare: round(share, 4),
			flags,
			note:
				cmp === 'level'
					? `${c.item.period}: ${round((v.margin ?? 0) * 100, 1)}% of the target, ${round(share * 100, 1)}% of the year elapsed`
					: undefined,
			result: c.ref,
			evidence,
			outcomeValue: v.actual,
			outcomeUnit: cmp === 'level' ? t.item.unit : '%',
			rule: cmp === 'level' ? 'midyear_level' : 'midyear_growth',
			figures: { ...figuresOf(c, v), share: round(share, 4) }
		};
	}
	return null;
}

/** Annual growths stated (or computable from levels) for the years from..to, or null. */
function annualGrowths(ctx: Ctx, t: TargetItem, from: number, to: number): Res[] | null {
	const out: Res[] = [];
	for (let y = from; y <= to; y++) {
		const c = candidates(ctx, t, y, (r) => r.period === 'year' && r.growth !== null)
			.filter((x) => x.match.kind !== 'related')
			.sort((a, b) => Number(a.item.estimated) - Number(b.item.estimated) || latestFirst(a, b))[0];
		if (!c) return null;
		out.push(c);
	}
	return out;
}

/**
 * A multi-year target: in its year it is judged like any other (computed from the years'
 * growths for 年均 targets); before that, the pace needed to reach it against the pace so far.
 */
function paceAssessment(ctx: Ctx, t: Tgt, lastReviewed: number | null): Draft | null {
	const item = t.item;
	const base = t.report.reviewYear;
	const y = item.year;
	const target = targetNumber(item);
	if (target === null || lastReviewed === null || lastReviewed < base) return null;
	const upTo = Math.min(lastReviewed, y);
	const comparison = comparisonOf(item);
	if (comparison === 'rate') return null;
	// Pace so far: the average growth since the base year, or (in the plan's first year) the
	// growth of the year just reviewed.
	const baseLevel = upTo > base ? levelOf(ctx, item, base) : null;
	const lastLevel = baseLevel ? levelInUnit(ctx, item, upTo, baseLevel.res.item.unit) : null;
	let soFar: number;
	const evidence: EvidenceRef[] = [];
	if (baseLevel && lastLevel && baseLevel.value > 0) {
		soFar = ((lastLevel.value / baseLevel.value) ** (1 / (upTo - base)) - 1) * 100;
		evidence.push(
			{ ...lastLevel.res.ref, role: 'outcome' },
			{ ...baseLevel.res.ref, role: 'base' }
		);
	} else {
		const gs = annualGrowths(ctx, item, upTo > base ? base + 1 : base, upTo);
		if (!gs) return null;
		const prod = gs.reduce((p, g) => p * (1 + (g.item.growth ?? 0) / 100), 1);
		soFar = (prod ** (1 / gs.length) - 1) * 100;
		for (const g of gs) evidence.push({ ...g.ref, role: 'outcome' });
	}
	const upIsGood = ctx.upIsGood(item.indicator);
	let needed: number;
	if (item.measure === 'avg_growth') {
		if (upTo >= y) {
			// The year has come: the average over the whole term against the target.
			const ok = satisfies({
				bound: item.bound,
				value: target,
				high: item.high,
				actual: soFar,
				comparison: 'growth',
				upIsGood,
				tolerances: ctx.tol
			});
			return {
				status: ok ? 'met' : 'missed',
				basis: 'computed',
				margin: round(soFar - target, 2),
				marginUnit: 'pp',
				confidence: round(baseConfidence(item, null, null) * 0.85, 3),
				flags: ['average_growth_computed'],
				note: `average growth ${base + 1}–${y}: ${round(soFar, 2)}%`,
				result: evidence[0] ?? null,
				evidence,
				outcomeValue: round(soFar, 2),
				outcomeUnit: '%',
				rule: 'five_year_average_final',
				figures: {
					period: 'year',
					year: upTo,
					actual: round(soFar, 2),
					threshold: target,
					baseYear: base
				}
			};
		}
		const prodSoFar = (1 + soFar / 100) ** (upTo - base);
		needed = (((1 + target / 100) ** (y - base) / prodSoFar) ** (1 / (y - upTo)) - 1) * 100;
	} else if (comparison === 'level') {
		if (upTo >= y) return null; // judged by the following report in its year
		const last = levelOf(ctx, item, upTo);
		if (!last || last.value <= 0) return null;
		needed = ((target / last.value) ** (1 / (y - upTo)) - 1) * 100;
		if (
			!evidence.some((e) => e.reportId === last.res.ref.reportId && e.index === last.res.ref.index)
		)
			evidence.unshift({ ...last.res.ref, role: 'outcome' });
	} else return null;
	const onTrack = upIsGood ? soFar >= needed - 1e-9 : soFar <= needed + 1e-9;
	return {
		status: onTrack ? 'on_track' : 'behind',
		basis: 'computed',
		margin: round(soFar - needed, 2),
		marginUnit: 'pp',
		confidence: round(baseConfidence(item, null, null) * 0.8, 3),
		flags: ['five_year_pace'],
		note: `pace so far ${round(soFar, 2)}%/yr, needed ${round(needed, 2)}%/yr to ${y}`,
		result: evidence[0] ?? null,
		evidence,
		outcomeValue: round(soFar, 2),
		outcomeUnit: '%',
		rule: item.measure === 'avg_growth' ? 'five_year_average_pace' : 'five_year_level_pace',
		figures: {
			period: 'year',
			year: upTo,
			actual: round(soFar, 2),
			threshold: round(needed, 2),
			baseYear: base
		}
	};
}

/**
 * The target against outcomes an editor added from other sources: the most final vintage
 * first, then the one added last. Only direct matches count (same indicator or phrase).
 */
function manualAssessment(ctx: Ctx, t: Tgt): Draft | null {
	const cands = ctx.manual
		.filter((r) => r.item.year === t.item.year)
		.map((r) => ({ ...r, match: matchResult(t.item, r.item) }))
		.filter((c): c is Cand & { vintage: Vintage } => !!c.match && c.match.kind !== 'related')
		.sort(
			(a, b) =>
				VINTAGES.indexOf(b.vintage) - VINTAGES.indexOf(a.vintage) ||
				(periodEndMonth(b.item.period) ?? 12) - (periodEndMonth(a.item.period) ?? 12) ||
				b.ref.index - a.ref.index
		);
	for (const c of cands) {
		const partial = isPartialPeriod(c.item.period);
		const share = partial ? expectedShare(c.item.year, c.item.period) : 1;
		const cmp = comparisonOf(t.item);
		// As in midyearAssessment: a year-to-date growth gets no slack.
		const v = verdict(ctx, t, c, share, partial && cmp !== 'level' ? NO_SLACK(ctx.tol) : ctx.tol);
		if (v === 'incomparable') continue;
		const flags: string[] = [`vintage:${c.vintage}`];
		if (c.vintage === '预计') flags.push('estimate');
		if (c.match.kind === 'text') flags.push('text_match');
		if (v.loose) flags.push('unit_loose');
		const evidence: EvidenceRef[] = [{ ...c.ref, role: 'outcome' }];
		if (v.refRes) evidence.push({ ...v.refRes.ref, role: 'reference' });
		return {
			status: partial ? (v.ok ? 'on_track' : 'behind') : v.ok ? 'met' : 'missed',
			basis: 'manual',
			margin: v.margin,
			marginUnit: v.marginUnit,
			confidence: round(
				baseConfidence(t.item, null, c.match) * (c.vintage === '预计' ? 0.85 : 1),
				3
			),
			expectedShare: partial ? round(share, 4) : null,
			flags,
			note: `outcome added by an editor from another source (${c.vintage})`,
			result: c.ref,
			evidence,
			outcomeValue: v.actual,
			outcomeUnit: cmp === 'level' ? t.item.unit : '%',
			rule: 'manual',
			figures: figuresOf(c, v, share)
		};
	}
	return null;
}

const FULL_YEAR_BASES = new Set<Basis | null>([
	'following_report',
	'computed',
	'stated_completion'
]);

function rank(a: Draft): number {
	const fullYear = !a.flags.includes('five_year_pace') && a.expectedShare == null;
	let r: number;
	if (a.basis === 'manual' && fullYear) r = 0;
	else if (a.basis === 'following_report') r = 1;
	else if (a.basis === 'computed' && fullYear) r = 2;
	else if (a.basis === 'stated_completion' && fullYear) r = 3;
	else if (a.status === 'not_reported') r = 4;
	else if (a.basis === 'computed') r = 5;
	else if (a.basis === 'stated_completion' || a.basis === 'manual') r = 6;
	else if (a.basis === 'midyear') r = 7;
	else r = 8;
	// A definite verdict is shown before an unclear one.
	return a.status === 'unclear' ? r + 10 : r;
}

function assessTarget(ctx: Ctx, t: Tgt): Draft[] {
	const drafts: Draft[] = [];
	// An implied target is not judged by the very figure it was derived from (only its stated
	// completion speaks to it).
	const src = t.source;
	const others: Ctx = src
		? {
				...ctx,
				results: ctx.results.filter(
					(r) => !(r.ref.reportId === src.reportId && r.ref.index === src.index)
				)
			}
		: ctx;
	const manual = manualAssessment(ctx, t);
	if (manual) drafts.push(manual);
	// An average over a term is judged on the term (paceAssessment), never on one year's figure.
	const full = t.item.measure === 'avg_growth' ? null : fullYearAssessment(others, t);
	if (full) drafts.push(full);
	if (t.item.measure !== 'avg_growth' && (!full || full.status === 'unclear')) {
		const computed = computedAssessment(others, t);
		if (computed) drafts.push(computed);
	}
	const completion = completionAssessment(ctx, t);
	if (completion) drafts.push(completion);
	// An implied target's value comes from the year-to-date figure itself: comparing the two
	// again would only restate the stated completion.
	const mid = t.ref.implied ? null : midyearAssessment(ctx, t);
	if (mid) drafts.push(mid);
	const reviewed = ctx.reports
		.filter((r) => r.kind === 'annual')
		.map((r) => r.reviewYear)
		.filter((y) => y >= t.report.reviewYear);
	const lastReviewed = reviewed.length ? Math.max(...reviewed) : null;
	const multiYear =
		t.item.measure === 'avg_growth' ||
		(t.report.kind === 'annual' && t.item.year > t.report.reportYear);
	const hasFullYear = drafts.some(
		(d) => (FULL_YEAR_BASES.has(d.basis) || d.basis === 'manual') && d.expectedShare == null
	);
	if (multiYear && !hasFullYear) {
		const pace = paceAssessment(ctx, t, lastReviewed);
		if (pace) drafts.push(pace);
	}
	const fullYearNow = drafts.some(
		(d) =>
			(FULL_YEAR_BASES.has(d.basis) || d.basis === 'manual') &&
			d.expectedShare == null &&
			!d.flags.includes('five_year_pace')
	);
	if (!fullYearNow) {
		const reviewedThatYear = ctx.reports.some(
			(r) => r.kind === 'annual' && r.reviewYear === t.item.year
		);
		if (reviewedThatYear)
			drafts.push(silence(t, 'not_reported', 'the report reviewing this year does not state it'));
		else if (!drafts.length) drafts.push(silence(t, 'pending', 'no report on this year yet'));
	}
	return drafts;
}

function silence(t: Tgt, status: Status, note: string): Draft {
	return {
		status,
		basis: null,
		margin: null,
		marginUnit: null,
		confidence: round(t.item.confidence ?? 1, 3),
		flags: [],
		note,
		result: null,
		evidence: [],
		outcomeValue: null,
		outcomeUnit: null,
		rule: status === 'pending' ? 'pending' : 'not_reported',
		figures: { period: null, year: null, actual: null, threshold: null }
	};
}

const sig = (x: number, digits: number) => (x === 0 ? 0 : Number(x.toPrecision(digits)));

/**
 * Results that state completion of a target the reports never state (浬浦镇's mid-year report
 * gives 完成全年目标任务的68.1% without the target): one implied target per quantity and year,
 * its value derived from the figure and the share when both are given.
 */
function impliedTargets(reports: TownReport[], results: Res[]): ImpliedTarget[] {
	const stated = reports.flatMap((r) => r.targets);
	const out: ImpliedTarget[] = [];
	const seen = new Set<string>();
	const ordered = [...results].sort(
		(a, b) =>
			a.order - b.order ||
			(periodEndMonth(a.item.period) ?? 0) - (periodEndMonth(b.item.period) ?? 0) ||
			a.ref.index - b.ref.index
	);
	for (const r of ordered) {
		const it = r.item;
		if (it.completion === null && it.claim === undefined) continue;
		if (it.period === '5y') continue;
		const probe: TargetItem = {
			indicator: it.indicator,
			text: it.text,
			year: it.year,
			tier: 'plan',
			measure: 'level',
			value: it.value !== null && it.completion ? sig((it.value * 100) / it.completion, 4) : null,
			unit: it.unit,
			bound: 'at_least',
			scope: it.scope,
			quote: it.quote,
			start: it.start,
			end: it.end,
			section: it.section,
			confidence: 0.6
		};
		const covered = stated.some((t) => {
			if (t.year !== it.year) return false;
			const m = matchResult(t, it);
			return m !== null && m.kind !== 'related';
		});
		if (covered) continue;
		const key = `${it.year}|${it.indicator ?? it.text}|${it.scope ?? ''}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push({ reportId: r.ref.reportId, resultIndex: r.ref.index, target: probe });
	}
	return out;
}

/** Links and judges every target of one town's reports. */
export function linkTown(reports: TownReport[], options: LinkOptions = {}): TownLedger {
	const tol: Tolerances = { ...DEFAULT_TOLERANCES, ...options.tolerances };
	const good = new Map<string, boolean>();
	for (const ind of options.indicators ?? []) good.set(ind.id, ind.upIsGood ?? true);
	const ordered = [...reports].sort(reportOrder);
	const results: Res[] = [];
	ordered.forEach((rep, order) =>
		rep.results.forEach((item, index) =>
			results.push({ ref: { reportId: rep.id, index }, item, order })
		)
	);
	const manual = (options.manual ?? []).map((item, index) => ({
		ref: { reportId: MANUAL, index },
		item,
		order: ordered.length,
		vintage: item.vintage
	}));
	const ctx: Ctx = {
		results,
		manual,
		reports: ordered,
		tol,
		upIsGood: (id) => (id ? (good.get(id) ?? true) : true)
	};
	const implied = impliedTargets(ordered, results);
	const targets: Tgt[] = [];
	for (const rep of ordered)
		rep.targets.forEach((item, index) =>
			targets.push({ ref: { reportId: rep.id, index, implied: false }, item, report: rep })
		);
	implied.forEach((imp, index) => {
		const rep = ordered.find((r) => r.id === imp.reportId)!;
		targets.push({
			ref: { reportId: imp.reportId, index, implied: true },
			item: imp.target,
			report: rep,
			source: { reportId: imp.reportId, index: imp.resultIndex }
		});
	});
	const assessments: LinkedAssessment[] = [];
	for (const t of targets) {
		const drafts = assessTarget(ctx, t);
		if (t.ref.implied) for (const d of drafts) d.flags.push('implied_target');
		const best = drafts.reduce((a, b) => (rank(b) < rank(a) ? b : a));
		for (const d of drafts) assessments.push({ ...d, target: t.ref, primary: d === best });
	}
	return { assessments, impliedTargets: implied };
}
