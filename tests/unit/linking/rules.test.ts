/**
 * One test per rule of the judge's table (src/lib/linking/rules.ts), on hand-built items: the
 * judge must give the right verdict whenever extraction is right, including the sentences the
 * extractor misreads today (interposed modifiers, 分别 lists, bare completion shares).
 */
import { describe, expect, it } from 'vitest';
import {
	explain,
	linkTown,
	RULES,
	type LinkedAssessment,
	type RuleId,
	type TownReport
} from '../../../src/lib/linking/index';
import type { TargetItem } from '../../../src/lib/types';
import { annual, midyear, result, target } from './build';

const DOWN = [
	{ id: 'unemployment_rate', upIsGood: false },
	{ id: 'energy_consumption_per_gdp', upIsGood: false }
];

function targetsOf(reports: TownReport[]): LinkedAssessment[] {
	return linkTown(reports, { indicators: DOWN }).assessments.filter(
		(a) => a.target.reportId === reports[0].id && !a.target.implied
	);
}
const primary = (reports: TownReport[], index = 0) =>
	targetsOf(reports).find((a) => a.primary && a.target.index === index)!;
const byRule = (reports: TownReport[], rule: RuleId) =>
	targetsOf(reports).find((a) => a.rule === rule);
const words = (a: LinkedAssessment, t: TargetItem, lang: 'zh' | 'en' = 'zh') =>
	explain({ ...a, target: t }, lang);

const fai = { indicator: 'fixed_asset_investment', text: '固定资产投资' };
const tested = new Set<RuleId>();
function mark<T extends LinkedAssessment | undefined>(a: T): T {
	if (a) tested.add(a.rule);
	return a;
}

describe('following report', () => {
	it('following_growth: a modifier between indicator and figure (按可比价格计算增长3.8%)', () => {
		// Extracted right, the sentence gives a level and the growth; the growth is the report's
		// own figure and wins over one computed from levels (14/13 = 7.7%).
		const t = target({ year: 2023, value: 5 });
		const reps = [
			annual('a', 2023, [t], [result({ year: 2022, value: 13, unit: '亿元' })]),
			annual('b', 2024, [], [result({ year: 2023, value: 14, unit: '亿元', growth: 3.8 })])
		];
		const a = mark(primary(reps));
		expect([a.status, a.basis, a.rule]).toEqual(['missed', 'following_report', 'following_growth']);
		expect(a.figures).toMatchObject({ actual: 3.8, threshold: 5, period: 'year', year: 2023 });
		expect(words(a, t)).toBe('2023年增长3.8%，低于目标增长5%以上 → 未完成');
	});

	it('following_growth: two indicators with one shared head (分别增长5.2%和6.9%)', () => {
		const urban = target({ year: 2022, indicator: 'urban_disposable_income', value: 5 });
		const rural = target({ year: 2022, indicator: 'rural_disposable_income', value: 7 });
		const reps = [
			annual('a', 2022, [urban, rural]),
			annual(
				'b',
				2023,
				[],
				[
					result({
						year: 2022,
						indicator: 'urban_disposable_income',
						value: 52000,
						unit: '元',
						growth: 5.2
					}),
					result({
						year: 2022,
						indicator: 'rural_disposable_income',
						value: 31000,
						unit: '元',
						growth: 6.9
					})
				]
			)
		];
		expect(primary(reps, 0).status).toBe('met');
		expect(mark(primary(reps, 1)).status).toBe('missed');
	});

	it('following_growth: down is good (energy intensity −2.1% against −3%)', () => {
		const t = target({
			year: 2022,
			indicator: 'energy_consumption_per_gdp',
			value: -3,
			bound: 'exactly'
		});
		const reps = (g: number) => [
			annual('a', 2022, [t]),
			annual(
				'b',
				2023,
				[],
				[result({ year: 2022, indicator: 'energy_consumption_per_gdp', growth: g })]
			)
		];
		expect(primary(reps(-2.1)).status).toBe('missed');
		expect(primary(reps(-3.4)).status).toBe('met');
		expect(words(primary(reps(-2.1)), t)).toBe('2022年下降2.1%，高于目标下降3% → 未完成');
	});

	it('following_rate: unemployment at most 3.8%', () => {
		const t = target({
			year: 2023,
			indicator: 'unemployment_rate',
			measure: 'level',
			value: 3.8,
			bound: 'at_most'
		});
		const reps = (v: number) => [
			annual('a', 2023, [t]),
			annual(
				'b',
				2024,
				[],
				[result({ year: 2023, indicator: 'unemployment_rate', value: v, unit: '%' })]
			)
		];
		const a = mark(primary(reps(3.9)))!;
		expect([a.status, a.rule]).toEqual(['missed', 'following_rate']);
		expect(primary(reps(3.6)).status).toBe('met');
		expect(words(a, t, 'en')).toBe('2023 3.9%, target ≤ 3.8% → Missed');
	});

	it('following_level: amount against amount, estimate superseded by the final', () => {
		const t = target({ year: 2022, ...fai, measure: 'level', value: 25, unit: '亿元' });
		const reps = [
			annual('a', 2022, [t]),
			annual(
				'b',
				2023,
				[],
				[result({ year: 2022, ...fai, value: 26, unit: '亿元', estimated: true })]
			),
			annual('c', 2024, [], [result({ year: 2022, ...fai, value: 24.1, unit: '亿元' })])
		];
		const a = mark(primary(reps))!;
		expect([a.status, a.rule]).toEqual(['missed', 'following_level']);
		expect(a.figures.estimate).toBe(26);
		expect(words(a, t)).toBe('2022年24.1亿元（预计26已由终值取代），目标25亿元以上 → 未完成');
	});

	it('following_conflict: two finals disagree → unclear listing both', () => {
		const t = target({ year: 2023, indicator: 'agriculture_output', value: 3 });
		const reps = [
			annual('a', 2023, [t]),
			annual(
				'b',
				2024,
				[],
				[
					result({ year: 2023, indicator: 'agriculture_output', growth: 3.4 }),
					result({ year: 2023, indicator: 'agriculture_output', growth: 2.6 })
				]
			)
		];
		const a = mark(primary(reps))!;
		expect([a.status, a.rule]).toEqual(['unclear', 'following_conflict']);
		expect(a.figures.values).toEqual([3.4, 2.6]);
	});

	it('following_incomparable: a growth stated for a level target, no base level → unclear', () => {
		const t = target({
			year: 2021,
			indicator: 'industrial_investment',
			measure: 'level',
			value: 5,
			unit: '亿元'
		});
		const reps = [
			annual('a', 2021, [t]),
			annual(
				'b',
				2022,
				[],
				[result({ year: 2021, indicator: 'industrial_investment', growth: 15 })]
			)
		];
		const a = mark(primary(reps))!;
		expect([a.status, a.rule, a.figures.reason]).toEqual([
			'unclear',
			'following_incomparable',
			'incomparable_terms'
		]);
		expect(words(a, t)).toBe(
			'2021年无法与目标5亿元以上比较：所述数值与目标口径不同（总量对增速，或单位不同） → 无法判断'
		);
	});
});

describe('computed', () => {
	it('computed_growth: from two years’ levels when no growth is stated', () => {
		const t = target({ year: 2021, indicator: 'industrial_output_above_scale', value: 10 });
		const reps = [
			annual(
				'a',
				2021,
				[t],
				[
					result({
						year: 2020,
						indicator: 'industrial_output_above_scale',
						value: 82,
						unit: '亿元'
					})
				]
			),
			annual(
				'b',
				2022,
				[],
				[
					result({
						year: 2021,
						indicator: 'industrial_output_above_scale',
						value: 89,
						unit: '亿元'
					})
				]
			)
		];
		const a = mark(primary(reps))!;
		expect([a.status, a.rule]).toEqual(['missed', 'computed_growth']);
		expect(a.figures).toMatchObject({ baseYear: 2020, base: 82, threshold: 10 });
		expect(a.figures.actual).toBeCloseTo(8.54, 2);
	});

	it('computed_level: last year’s level grown by the stated growth', () => {
		const t = target({ year: 2021, ...fai, measure: 'level', value: 20, unit: '亿元' });
		const reps = [
			annual('a', 2021, [t], [result({ year: 2020, ...fai, value: 19, unit: '亿元' })]),
			annual('b', 2022, [], [result({ year: 2021, ...fai, growth: 6 })])
		];
		const a = mark(primary(reps))!;
		expect([a.status, a.rule]).toEqual(['met', 'computed_level']);
	});
});

describe('stated completion', () => {
	const fiscal = { indicator: 'fiscal_revenue_total', text: '财政总收入' };
	const t = target({ year: 2023, ...fiscal, measure: 'level', value: 5.6, unit: '亿元' });

	it('completion_full_year: 完成全年任务的104% → met', () => {
		const reps = [
			annual('a', 2023, [t]),
			annual('b', 2024, [], [result({ year: 2023, ...fiscal, completion: 104 })])
		];
		const a = mark(primary(reps))!;
		expect([a.status, a.basis, a.rule]).toEqual([
			'met',
			'stated_completion',
			'completion_full_year'
		]);
		expect(words(a, t)).toBe('2023年完成全年任务的104%（目标5.6亿元以上） → 完成');
	});

	it('completion_share_level: 完成全年目标任务的80% after 前三季度 (9/12) → on track', () => {
		const reps = (c: number) => [
			annual('a', 2023, [t]),
			midyear('m', 2023, [result({ year: 2023, ...fiscal, period: 'M1-9', completion: c })])
		];
		const a = mark(byRule(reps(80), 'completion_share_level'))!;
		expect(a.status).toBe('on_track');
		expect(a.figures).toMatchObject({ actual: 80, threshold: 75, share: 0.75 });
		expect(byRule(reps(70), 'completion_share_level')!.status).toBe('behind');
	});

	it('completion_share_growth: 完成全年目标任务的41% on a growth target after 上半年 → behind', () => {
		const g = target({ year: 2022, ...fai, value: 10 });
		const reps = (c: number, period: 'H1' | 'M1-9') => [
			annual('a', 2022, [g]),
			midyear('m', 2022, [
				result({ year: 2022, ...fai, period, value: 9.1, unit: '亿元', completion: c })
			])
		];
		const a = mark(byRule(reps(41, 'H1'), 'completion_share_growth'))!;
		expect([a.status, a.basis]).toEqual(['behind', 'stated_completion']);
		expect(words(a, g)).toBe(
			'上半年完成全年目标任务的41%，低于时间进度50%（全年目标增长10%以上） → 进度滞后'
		);
		expect(byRule(reps(71, 'M1-9'), 'completion_share_growth')!.status).toBe('behind');
		expect(byRule(reps(76, 'M1-9'), 'completion_share_growth')!.status).toBe('on_track');
	});

	it('completion_ceiling: a completion share of a ceiling is unclear', () => {
		const c = target({
			year: 2023,
			indicator: 'energy_consumption_per_gdp',
			measure: 'level',
			value: 0.5,
			unit: '吨标准煤'
		});
		const reps = [
			annual('a', 2023, [c]),
			annual(
				'b',
				2024,
				[],
				[result({ year: 2023, indicator: 'energy_consumption_per_gdp', completion: 90 })]
			)
		];
		expect(mark(byRule(reps, 'completion_ceiling'))!.status).toBe('unclear');
	});

	it('completion_ambiguous: a bare 完成…104% extracted as a value is unclear, never guessed', () => {
		const bare = result({
			year: 2023,
			indicator: null,
			text: '财政总收入完成全年任务',
			value: 104,
			unit: '%',
			claim: 'completed'
		});
		const reps = [annual('a', 2023, [t]), annual('b', 2024, [], [bare])];
		const a = mark(byRule(reps, 'completion_ambiguous'))!;
		expect([a.status, a.figures.reason]).toEqual(['unclear', 'completion_as_value']);
		expect(primary(reps).status).toBe('unclear');
		expect(words(a, t, 'en')).toContain('no guess');
	});
});

describe('mid-year', () => {
	it('midyear_growth: first-half growth below the annual target is behind, not paced', () => {
		const g = target({ year: 2022, value: 6 });
		const reps = (x: number, bound: TargetItem['bound'] = 'at_least') => [
			annual('a', 2022, [{ ...g, bound }]),
			midyear('m', 2022, [
				result({ year: 2022, period: 'H1', value: 24.6, unit: '亿元', growth: x })
			])
		];
		const a = mark(byRule(reps(5.1), 'midyear_growth'))!;
		expect(a.status).toBe('behind');
		expect(words(a, g)).toBe('上半年增长5.1%，低于全年目标增长6%以上 → 进度滞后');
		expect(words(a, g, 'en')).toBe('H1 +5.1%, below the annual target ≥ 6% growth → Behind');
		expect(byRule(reps(6), 'midyear_growth')!.status).toBe('on_track');
		// 左右 gets no slack before the year is out.
		expect(byRule(reps(5.8, 'about'), 'midyear_growth')!.status).toBe('behind');
	});

	it('midyear_growth: 1—8月 and 前三季度 periods', () => {
		const g = target({
			year: 2023,
			indicator: 'retail_sales',
			text: '社会消费品零售总额',
			value: 7
		});
		const reps = [
			annual('a', 2023, [g]),
			midyear('m', 2023, [
				result({
					year: 2023,
					indicator: 'retail_sales',
					text: '社会消费品零售总额',
					period: 'M1-8',
					growth: 6.2
				})
			])
		];
		const a = byRule(reps, 'midyear_growth')!;
		expect([a.status, a.expectedShare]).toEqual(['behind', 0.6667]);
		expect(words(a, g)).toBe('1—8月增长6.2%，低于全年目标增长7%以上 → 进度滞后');
	});

	it('midyear_level: the year-to-date amount against target × N/12', () => {
		const l = target({ year: 2023, ...fai, measure: 'level', value: 25, unit: '亿元' });
		const reps = (v: number) => [
			annual('a', 2023, [l]),
			midyear('m', 2023, [result({ year: 2023, ...fai, period: 'M1-9', value: v, unit: '亿元' })])
		];
		const a = mark(byRule(reps(19.6), 'midyear_level'))!;
		expect(a.status).toBe('on_track');
		expect(a.figures).toMatchObject({ actual: 19.6, threshold: 18.75, share: 0.75 });
		expect(byRule(reps(18), 'midyear_level')!.status).toBe('behind');
		expect(byRule(reps(26), 'midyear_level')!.status).toBe('met');
		expect(words(a, l)).toBe(
			'前三季度累计19.6亿元，为全年目标25亿元以上的78.4%，时间进度75% → 进度正常'
		);
	});
});

describe('five-year pace', () => {
	const gdp60 = target({ year: 2025, measure: 'level', value: 60, unit: '亿元' });
	const gdp = (year: number, value: number) => result({ year, value, unit: '亿元' });

	it('five_year_level_pace: pace so far against the pace needed', () => {
		const reps = (last: number) => [
			annual('a', 2021, [gdp60], [gdp(2020, 45)]),
			annual('b', 2024, [], [gdp(2023, last)])
		];
		const a = mark(primary(reps(54.1)))!;
		expect([a.status, a.rule]).toEqual(['on_track', 'five_year_level_pace']);
		expect(primary(reps(48)).status).toBe('behind');
		expect(words(a, gdp60)).toBe(
			'2020—2023年年均增长6.33%，达到60亿元以上需年均增长5.31% → 进度正常'
		);
	});

	it('five_year_average_pace and five_year_average_final', () => {
		const avg = target({
			year: 2023,
			indicator: 'general_budget_revenue',
			measure: 'avg_growth',
			value: 7
		});
		const rev = (year: number, value: number) =>
			result({ year, indicator: 'general_budget_revenue', value, unit: '亿元' });
		const before = [
			annual('a', 2021, [avg], [rev(2020, 2.6)]),
			annual('b', 2022, [], [rev(2021, 2.81)])
		];
		expect(mark(primary(before))!.rule).toBe('five_year_average_pace');
		const done = [
			...before,
			annual('c', 2023, [], [rev(2022, 3.0)]),
			annual('d', 2024, [], [rev(2023, 3.25)])
		];
		const a = mark(primary(done))!;
		expect([a.status, a.rule]).toEqual(['met', 'five_year_average_final']);
	});
});

describe('manual, silence', () => {
	it('manual: an editor’s outcome from another source', () => {
		const t = target({ year: 2023, value: 6 });
		const { assessments } = linkTown([annual('a', 2023, [t])], {
			manual: [{ ...result({ year: 2023, growth: 6.4 }), vintage: '最终核实' }]
		});
		const a = mark(assessments.find((x) => x.primary))!;
		expect([a.status, a.rule]).toEqual(['met', 'manual']);
	});

	it('not_reported and pending', () => {
		const t = target({
			year: 2023,
			indicator: 'new_urban_jobs',
			measure: 'level',
			value: 1200,
			unit: '人'
		});
		const silent = [annual('a', 2023, [t]), annual('b', 2024, [], [])];
		expect(mark(primary(silent))!.rule).toBe('not_reported');
		expect(words(primary(silent), t)).toBe('回顾该年度的报告未提及 → 未报告');
		expect(mark(primary([annual('a', 2023, [t])]))!.rule).toBe('pending');
	});
});

describe('the table', () => {
	it('every assessment names a rule of the table; every rule is exercised above', () => {
		const ids = new Set(RULES.map((r) => r.id));
		expect(ids.size).toBe(RULES.length);
		for (const id of tested) expect(ids.has(id)).toBe(true);
		expect([...ids].filter((id) => !tested.has(id))).toEqual([]);
		for (const r of RULES)
			for (const w of [r.inputs, r.comparison, r.tolerance]) expect(w.zh && w.en).toBeTruthy();
	});
});
