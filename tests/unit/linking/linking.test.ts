import { describe, expect, it } from 'vitest';
import {
	expectedShare,
	linkTown,
	type LinkedAssessment,
	type TownReport
} from '../../../src/lib/linking/index';
import { matchResult, phraseSimilarity } from '../../../src/lib/linking/match';
import { annual, midyear, result, target } from './build';

/** The assessments of the first report's `index`-th target. */
function of(reports: TownReport[], index = 0, options = {}): LinkedAssessment[] {
	const { assessments } = linkTown(reports, options);
	return assessments.filter(
		(a) => !a.target.implied && a.target.reportId === reports[0].id && a.target.index === index
	);
}
const primary = (as: LinkedAssessment[]) => as.find((a) => a.primary)!;
const byBasis = (as: LinkedAssessment[], basis: string | null) => as.find((a) => a.basis === basis);

describe('following report', () => {
	it('judges a growth target against the growth stated by the report reviewing its year', () => {
		const reps = [
			annual('a', 2021, [target({ year: 2021, value: 6 })]),
			annual('b', 2022, [], [result({ year: 2021, growth: 7.2, value: 50, unit: '亿元' })])
		];
		const a = primary(of(reps));
		expect(a).toMatchObject({ status: 'met', basis: 'following_report', marginUnit: 'pp' });
		expect(a.margin).toBeCloseTo(1.2, 6);
		expect(a.result).toEqual({ reportId: 'b', index: 0 });
		expect(a.outcomeValue).toBe(7.2);
	});

	it('misses when the outcome falls short', () => {
		const reps = [
			annual('a', 2021, [target({ year: 2021, value: 6 })]),
			annual('b', 2022, [], [result({ year: 2021, growth: 5.2 })])
		];
		const a = primary(of(reps));
		expect(a.status).toBe('missed');
		expect(a.margin).toBeCloseTo(-0.8, 6);
	});

	it('compares levels after converting units, margin as a ratio', () => {
		const reps = [
			annual('a', 2021, [target({ year: 2021, measure: 'level', value: 2, unit: '亿元' })]),
			annual('b', 2022, [], [result({ year: 2021, value: 21000, unit: '万元' })])
		];
		const a = primary(of(reps));
		expect(a).toMatchObject({ status: 'met', marginUnit: 'ratio', basis: 'following_report' });
		expect(a.margin).toBeCloseTo(1.05, 6);
	});

	it('ignores a figure for part of the town (a scope) when the target is the whole town', () => {
		const reps = [
			annual('a', 2021, [target({ year: 2021, value: 6 })]),
			annual('b', 2022, [], [result({ year: 2021, growth: 9, scope: '镇本级' })])
		];
		expect(primary(of(reps)).status).toBe('not_reported');
	});

	it('matches a scope written in traditional characters to the same scope in simplified', () => {
		const reps = [
			annual('a', 2021, [target({ year: 2021, value: 6, scope: '镇本级' })]),
			annual('b', 2022, [], [result({ year: 2021, growth: 9, scope: '鎮本級' })])
		];
		expect(primary(of(reps)).status).toBe('met');
	});

	it('matches a work-plan target without catalogue id on its phrase', () => {
		const t = target({
			year: 2021,
			indicator: null,
			text: '礼堂书屋',
			tier: 'plan',
			measure: 'level',
			value: 4,
			unit: '家',
			bound: 'exactly'
		});
		const reps = [
			annual('a', 2021, [t]),
			annual(
				'b',
				2022,
				[],
				[result({ year: 2021, indicator: null, text: '礼堂书屋建设', value: 3, unit: '家' })]
			)
		];
		const a = primary(of(reps));
		expect(a.status).toBe('missed');
		expect(a.flags).toContain('text_match');
	});
});

describe('computed outcomes', () => {
	it('computes growth from two consecutive years of levels and marks it', () => {
		const reps = [
			annual(
				'a',
				2021,
				[target({ year: 2021, value: 8 })],
				[result({ year: 2020, value: 40, unit: '亿元' })]
			),
			annual('b', 2022, [], [result({ year: 2021, value: 430000, unit: '万元' })])
		];
		const as = of(reps);
		const c = byBasis(as, 'computed')!;
		expect(c.status).toBe('missed'); // 43/40 → 7.5%
		expect(c.flags).toContain('computed_growth');
		expect(c.outcomeValue).toBeCloseTo(7.5, 6);
		expect(c.evidence.map((e) => e.role).sort()).toEqual(['base', 'outcome']);
		expect(primary(as).basis).toBe('computed');
	});

	it('computes a level from last year’s level and this year’s growth', () => {
		const reps = [
			annual(
				'a',
				2021,
				[target({ year: 2021, measure: 'level', value: 45, unit: '亿元' })],
				[result({ year: 2020, value: 40, unit: '亿元' })]
			),
			annual('b', 2022, [], [result({ year: 2021, growth: 15 })])
		];
		const c = byBasis(of(reps), 'computed')!;
		expect(c.status).toBe('met'); // 46 ≥ 45
		expect(c.flags).toContain('computed_level');
	});
});

describe('bounds', () => {
	const judge = (t: Parameters<typeof target>[0], growth: number, extra = {}, options = {}) =>
		primary(
			of(
				[
					annual('a', 2021, [target(t)]),
					annual(
						'b',
						2022,
						[],
						[
							result({
								year: 2021,
								growth,
								indicator: t.indicator ?? 'gdp',
								text: t.text ?? '地区生产总值'
							}),
							...((extra as { results?: [] }).results ?? [])
						]
					)
				],
				0,
				options
			)
		);

	it('at_most: a decline of at least 20% is met by −25%, missed by −10%', () => {
		expect(judge({ year: 2021, value: -20, bound: 'at_most' }, -25).status).toBe('met');
		expect(judge({ year: 2021, value: -20, bound: 'at_most' }, -10).status).toBe('missed');
	});

	it('about: within the default 0.5 point tolerance is met, beyond it missed', () => {
		expect(judge({ year: 2021, value: 6, bound: 'about' }, 5.6).status).toBe('met');
		expect(judge({ year: 2021, value: 6, bound: 'about' }, 5.4).status).toBe('missed');
	});

	it('about: the tolerance is configurable', () => {
		const t = { year: 2021, value: 6, bound: 'about' as const };
		expect(judge(t, 5.4, {}, { tolerances: { growth: 1 } }).status).toBe('met');
		expect(judge(t, 5.8, {}, { tolerances: { growth: 0.1 } }).status).toBe('missed');
	});

	it('about on a level: ±2% by default', () => {
		const reps = (v: number) => [
			annual('a', 2021, [
				target({ year: 2021, measure: 'level', value: 100, unit: '亿元', bound: 'about' })
			]),
			annual('b', 2022, [], [result({ year: 2021, value: v, unit: '亿元' })])
		];
		expect(primary(of(reps(98.5))).status).toBe('met');
		expect(primary(of(reps(97))).status).toBe('missed');
	});

	it('exactly: judged by the indicator’s good direction', () => {
		const t = {
			year: 2021,
			indicator: 'unemployment_rate',
			text: '城镇调查失业率',
			measure: 'level' as const,
			value: 3.5,
			unit: '%',
			bound: 'exactly' as const
		};
		const reps = (v: number) => [
			annual('a', 2021, [target(t)]),
			annual(
				'b',
				2022,
				[],
				[
					result({
						year: 2021,
						indicator: 'unemployment_rate',
						text: '失业率',
						value: v,
						unit: '%'
					})
				]
			)
		];
		const down = { indicators: [{ id: 'unemployment_rate', upIsGood: false }] };
		expect(primary(of(reps(3.2), 0, down)).status).toBe('met');
		expect(primary(of(reps(3.8), 0, down)).status).toBe('missed');
		expect(primary(of(reps(3.8))).status).toBe('met'); // up is good by default
		expect(judge({ year: 2021, value: 6, bound: 'exactly' }, 6.5).status).toBe('met');
	});

	it('range: reaching the low end is met for an up-is-good indicator', () => {
		const t = { year: 2021, value: 6, high: 7, bound: 'range' as const };
		expect(judge(t, 6.4).status).toBe('met');
		expect(judge(t, 8).status).toBe('met');
		expect(judge(t, 5.9).status).toBe('missed');
	});

	it('above (正增长): strictly above zero', () => {
		const t = { year: 2021, value: 0, bound: 'above' as const };
		expect(judge(t, 0.3).status).toBe('met');
		expect(judge(t, 0).status).toBe('missed');
		expect(judge({ ...t, value: null }, -1.2).status).toBe('missed');
	});

	it('in_step_with: against the same year’s GDP growth, with tolerance', () => {
		const t = {
			year: 2021,
			indicator: 'farmer_income',
			text: '农民人均收入',
			value: null,
			bound: 'in_step_with' as const,
			ref: 'gdp'
		};
		const reps = (g: number) => [
			annual('a', 2021, [target(t)]),
			annual(
				'b',
				2022,
				[],
				[
					result({ year: 2021, growth: 7 }),
					result({ year: 2021, indicator: 'farmer_income', text: '农民人均收入', growth: g })
				]
			)
		];
		const met = primary(of(reps(6.7)));
		expect(met.status).toBe('met');
		expect(met.evidence.some((e) => e.role === 'reference' && e.index === 0)).toBe(true);
		expect(primary(of(reps(6))).status).toBe('missed');
	});

	it('in_step_with without a reference outcome is unclear', () => {
		const t = {
			year: 2021,
			indicator: 'farmer_income',
			text: '农民人均收入',
			value: null,
			bound: 'in_step_with' as const,
			ref: 'gdp'
		};
		const reps = [
			annual('a', 2021, [target(t)]),
			annual(
				'b',
				2022,
				[],
				[result({ year: 2021, indicator: 'farmer_income', text: '农民人均收入', growth: 8 })]
			)
		];
		expect(primary(of(reps)).status).toBe('unclear');
	});

	it('above_ref: must beat the reference', () => {
		const t = {
			year: 2021,
			indicator: 'general_budget_revenue',
			text: '一般公共预算收入',
			value: null,
			bound: 'above_ref' as const,
			ref: 'gdp'
		};
		const reps = (g: number) => [
			annual('a', 2021, [target(t)]),
			annual(
				'b',
				2022,
				[],
				[
					result({ year: 2021, growth: 7 }),
					result({
						year: 2021,
						indicator: 'general_budget_revenue',
						text: '一般公共预算收入',
						growth: g
					})
				]
			)
		];
		expect(primary(of(reps(7.5))).status).toBe('met');
		expect(primary(of(reps(7))).status).toBe('missed');
	});
});

describe('related indicators', () => {
	it('links 财政收入 to 财政总收入 with lower confidence and a flag', () => {
		const reps = [
			annual('a', 2021, [
				target({ year: 2021, indicator: 'fiscal_revenue', text: '财政收入', value: 8 })
			]),
			annual(
				'b',
				2022,
				[],
				[result({ year: 2021, indicator: 'fiscal_revenue_total', text: '财政总收入', growth: 9 })]
			)
		];
		const a = primary(of(reps));
		expect(a.status).toBe('met');
		expect(a.flags).toContain('related_indicator');
		expect(a.confidence).toBeLessThan(1);
	});

	it('prefers the same indicator over a related one', () => {
		const reps = [
			annual('a', 2021, [
				target({ year: 2021, indicator: 'fiscal_revenue', text: '财政收入', value: 8 })
			]),
			annual(
				'b',
				2022,
				[],
				[
					result({ year: 2021, indicator: 'fiscal_revenue_total', text: '财政总收入', growth: 9 }),
					result({ year: 2021, indicator: 'fiscal_revenue', text: '财政收入', growth: 7 })
				]
			)
		];
		const a = primary(of(reps));
		expect(a.status).toBe('missed');
		expect(a.flags).not.toContain('related_indicator');
	});

	it('城乡居民收入 against urban and rural incomes: unclear when they disagree', () => {
		const t = target({ year: 2021, indicator: 'resident_income', text: '城乡居民收入', value: 8 });
		const reps = (u: number, r: number) => [
			annual('a', 2021, [t]),
			annual(
				'b',
				2022,
				[],
				[
					result({
						year: 2021,
						indicator: 'urban_disposable_income',
						text: '城镇居民人均可支配收入',
						growth: u
					}),
					result({
						year: 2021,
						indicator: 'rural_disposable_income',
						text: '农村居民人均可支配收入',
						growth: r
					})
				]
			)
		];
		const both = primary(of(reps(8.5, 9)));
		expect(both.status).toBe('met');
		expect(both.evidence.filter((e) => e.role === 'outcome')).toHaveLength(2);
		expect(both.margin).toBeCloseTo(0.5, 6);
		expect(primary(of(reps(7, 9))).status).toBe('unclear');
	});
});

describe('estimates', () => {
	it('a later final figure supersedes a December estimate; both stay as evidence', () => {
		const t = target({ year: 2021, value: 6 });
		const dec: TownReport = {
			id: 'dec',
			kind: 'annual',
			reportYear: 2022,
			reviewYear: 2021,
			delivered: '2021-12-20',
			targets: [],
			results: [result({ year: 2021, growth: 6.5, estimated: true })]
		};
		const next: TownReport = {
			id: 'next',
			kind: 'annual',
			reportYear: 2023,
			reviewYear: 2022,
			targets: [],
			results: [result({ year: 2021, growth: 5.5 })]
		};
		const a = primary(of([annual('a', 2021, [t]), dec, next]));
		expect(a.status).toBe('missed');
		expect(a.result?.reportId).toBe('next');
		expect(a.flags).toContain('estimate_superseded');
		expect(a.evidence.find((e) => e.role === 'superseded_estimate')?.reportId).toBe('dec');
	});

	it('an estimate alone is used, flagged, with lower confidence', () => {
		const reps = [
			annual('a', 2021, [target({ year: 2021, value: 6 })]),
			annual('b', 2022, [], [result({ year: 2021, growth: 6.5, estimated: true })])
		];
		const a = primary(of(reps));
		expect(a.status).toBe('met');
		expect(a.flags).toContain('estimate');
		expect(a.confidence).toBeLessThan(1);
	});
});

describe('mid-year', () => {
	it('expected share of the year in months: H1 6/12, 1-9月 9/12, 1-8月 8/12 (leap years alike)', () => {
		expect(expectedShare(2023, 'H1')).toBe(6 / 12);
		expect(expectedShare(2024, 'H1')).toBe(6 / 12);
		expect(expectedShare(2023, 'M1-9')).toBe(9 / 12);
		expect(expectedShare(2023, 'M1-8')).toBe(8 / 12);
		expect(expectedShare(2023, 'year')).toBe(1);
	});

	it('a level target is on track when the year-to-date share keeps pace with the calendar', () => {
		const t = target({
			year: 2023,
			measure: 'level',
			value: 10,
			unit: '亿元',
			indicator: 'fixed_asset_investment',
			text: '固定资产投资'
		});
		const reps = (v: number) => [
			annual('a', 2023, [t]),
			midyear('m', 2023, [
				result({
					year: 2023,
					period: 'H1',
					indicator: 'fixed_asset_investment',
					text: '固定资产投资',
					value: v,
					unit: '亿元'
				})
			])
		];
		const on = byBasis(of(reps(5.2)), 'midyear')!;
		expect(on.status).toBe('on_track');
		expect(on.expectedShare).toBe(0.5);
		expect(on.margin).toBeCloseTo(0.52, 6);
		expect(byBasis(of(reps(4.1)), 'midyear')!.status).toBe('behind');
		expect(byBasis(of(reps(11)), 'midyear')!.status).toBe('met');
	});

	it('a growth target compares year-to-date growth directly', () => {
		const t = target({ year: 2023, value: 6 });
		const reps = (g: number) => [
			annual('a', 2023, [t]),
			midyear('m', 2023, [result({ year: 2023, period: 'H1', growth: g })])
		];
		expect(primary(of(reps(6.3))).status).toBe('on_track');
		expect(primary(of(reps(4))).status).toBe('behind');
	});

	it('uses the latest year-to-date period', () => {
		const t = target({ year: 2023, measure: 'level', value: 100, unit: '亿元' });
		const reps = [
			annual('a', 2023, [t]),
			midyear('m', 2023, [result({ year: 2023, period: 'H1', value: 52, unit: '亿元' })]),
			{
				...midyear('q3', 2023, [result({ year: 2023, period: 'M1-9', value: 70, unit: '亿元' })]),
				delivered: '2023-10-20'
			}
		];
		const m = byBasis(of(reps), 'midyear')!;
		expect(m.status).toBe('behind'); // 70% < 75%
		expect(m.expectedShare).toBe(0.75);
	});

	it('a mid-year report alone leaves the annual verdict pending, not not_reported', () => {
		const t = target({
			year: 2023,
			value: 6,
			indicator: 'retail_sales',
			text: '社会消费品零售总额'
		});
		const as = of([
			annual('a', 2023, [t]),
			midyear('m', 2023, [result({ year: 2023, period: 'H1', growth: 5 })])
		]);
		expect(as.map((a) => a.status)).toEqual(['pending']);
	});

	it('the final verdict outranks the mid-year one', () => {
		const t = target({ year: 2023, value: 6 });
		const as = of([
			annual('a', 2023, [t]),
			midyear('m', 2023, [result({ year: 2023, period: 'H1', growth: 7 })]),
			annual('b', 2024, [], [result({ year: 2023, growth: 5 })])
		]);
		expect(as.map((a) => a.basis).sort()).toEqual(['following_report', 'midyear']);
		expect(primary(as)).toMatchObject({ basis: 'following_report', status: 'missed' });
	});
});

describe('stated completion', () => {
	const t = target({
		year: 2020,
		measure: 'level',
		value: 5000,
		unit: '万元',
		indicator: 'industrial_investment',
		text: '工业投资',
		tier: 'plan'
	});
	const res = (completion: number | null, period: 'H1' | 'year', claim?: 'exceeded') =>
		result({
			year: 2020,
			period,
			indicator: 'industrial_investment',
			text: '工业投资',
			value: 3400,
			unit: '万元',
			completion,
			claim
		});

	it('partial period: against the elapsed share', () => {
		expect(
			byBasis(
				of([annual('a', 2020, [t]), midyear('m', 2020, [res(68.1, 'H1')])]),
				'stated_completion'
			)!
		).toMatchObject({ status: 'on_track', margin: 0.681 });
		expect(
			byBasis(
				of([annual('a', 2020, [t]), midyear('m', 2020, [res(40, 'H1')])]),
				'stated_completion'
			)!.status
		).toBe('behind');
	});

	it('full year: against 100%, and 超额完成 without a figure is met', () => {
		expect(
			byBasis(
				of([annual('a', 2020, [t]), annual('b', 2021, [], [res(95, 'year')])]),
				'stated_completion'
			)!.status
		).toBe('missed');
		expect(
			byBasis(
				of([annual('a', 2020, [t]), annual('b', 2021, [], [res(null, 'year', 'exceeded')])]),
				'stated_completion'
			)!.status
		).toBe('met');
	});

	it('a completion with no stated target implies one, judged from the report’s own figures', () => {
		const { assessments, impliedTargets } = linkTown([
			midyear('m', 2020, [
				res(68.1, 'H1'),
				result({
					year: 2020,
					period: 'H1',
					indicator: null,
					text: '个转企',
					value: 11,
					unit: '家',
					completion: 122
				})
			])
		]);
		expect(impliedTargets).toHaveLength(2);
		expect(impliedTargets[0].target.value).toBeCloseTo(4993, 0);
		const statuses = assessments.filter((a) => a.primary).map((a) => a.status);
		expect(statuses).toEqual(['on_track', 'met']);
		expect(assessments.every((a) => a.flags.includes('implied_target'))).toBe(true);
	});
});

describe('five-year targets', () => {
	it('before their year: pace needed against pace so far', () => {
		const t = target({
			year: 2026,
			measure: 'level',
			value: 5,
			unit: '万元',
			indicator: 'farmer_income',
			text: '农民人均收入'
		});
		const reps = (g: number) => [
			annual(
				'a',
				2022,
				[t],
				[
					result({
						year: 2021,
						indicator: 'farmer_income',
						text: '农民人均收入',
						value: 4,
						unit: '万元',
						growth: g
					})
				]
			)
		];
		const on = primary(of(reps(8)));
		expect(on).toMatchObject({ status: 'on_track', basis: 'computed' });
		expect(on.flags).toContain('five_year_pace');
		expect(on.note).toMatch(/needed 4\.5/);
		expect(primary(of(reps(3))).status).toBe('behind');
	});

	it('年均 growth: judged in its year from the years’ growths', () => {
		const t = target({
			year: 2023,
			measure: 'avg_growth',
			value: 6,
			indicator: 'retail_sales',
			text: '社会消费品零售总额'
		});
		const g = (year: number, growth: number) =>
			result({ year, indicator: 'retail_sales', text: '社会消费品零售总额', growth });
		const reps = (last: number) => [
			annual('a', 2021, [t]),
			annual('b', 2022, [], [g(2021, 7)]),
			annual('c', 2023, [], [g(2022, 6)]),
			annual('d', 2024, [], [g(2023, last)])
		];
		expect(primary(of(reps(6))).status).toBe('met');
		expect(primary(of(reps(2))).status).toBe('missed');
		// Before 2023 is reviewed: pace so far.
		expect(primary(of(reps(6).slice(0, 3)))).toMatchObject({
			status: 'on_track',
			basis: 'computed'
		});
	});
});

describe('silence and doubt', () => {
	it('not_reported when the report reviewing the year exists but says nothing', () => {
		const reps = [
			annual('a', 2021, [target({ year: 2021 })]),
			annual(
				'b',
				2022,
				[],
				[result({ year: 2021, indicator: 'retail_sales', text: '社零', growth: 3 })]
			)
		];
		expect(of(reps)).toMatchObject([{ status: 'not_reported', basis: null, primary: true }]);
	});

	it('pending when no report on that year exists yet', () => {
		expect(of([annual('a', 2021, [target({ year: 2021 })])])).toMatchObject([
			{ status: 'pending', basis: null }
		]);
	});

	it('unclear when two final figures disagree', () => {
		const reps = [
			annual('a', 2021, [target({ year: 2021, value: 6 })]),
			annual('b', 2022, [], [result({ year: 2021, growth: 7 })]),
			annual('c', 2023, [], [result({ year: 2021, growth: 5 })])
		];
		const a = primary(of(reps));
		expect(a.status).toBe('unclear');
		expect(a.flags).toContain('conflicting_evidence');
	});

	it('unclear when the outcome is in units that cannot be compared', () => {
		const reps = [
			annual('a', 2021, [target({ year: 2021, measure: 'level', value: 5, unit: '亿元' })]),
			annual('b', 2022, [], [result({ year: 2021, value: 3, unit: '家' })])
		];
		expect(primary(of(reps)).status).toBe('unclear');
	});
});

describe('phrase matches', () => {
	it('a phrase inside another is the same quantity unless the extra words name another statistic', () => {
		expect(phraseSimilarity('垃圾分类覆盖率', '全镇垃圾分类覆盖率')).toBeGreaterThan(0.6);
		expect(phraseSimilarity('人均生产总值', '生产总值')).toBe(0);
		expect(phraseSimilarity('规上工业产值', '工业产值')).toBe(0);
		expect(phraseSimilarity('农村居民收入', '居民收入')).toBe(0);
	});

	it('a per-capita target is not judged against the total', () => {
		const t = target({
			year: 2022,
			indicator: null,
			text: '人均生产总值',
			measure: 'growth',
			value: 6
		});
		const r = result({ year: 2022, indicator: 'gdp', text: '生产总值', growth: 8 });
		expect(matchResult(t, r)).toBeNull();
	});
});
