import { describe, expect, it } from 'vitest';
import { intentStart, namedGoal, WORK_AREAS } from '../../../src/lib/items/targets';
import { run } from './helpers';

const pick = <T extends object>(items: T[], keys: (keyof T)[]) =>
	items.map((t) => Object.fromEntries(keys.map((k) => [k, t[k]])));

describe('news articles quoting targets', () => {
	it('reads a quoted list of the main indicators (主要指标还包括…) as headline targets', () => {
		const { targets, results } = run(
			{
				review:
					'今年是换届后的开局之年,青柳镇的其他主要指标还包括净增高新技术企业超15家;工业投资增长12%以上。'
			},
			{ genre: 'news' }
		);
		expect(results).toEqual([]);
		expect(pick(targets, ['indicator', 'value', 'unit', 'tier'])).toEqual([
			{ indicator: 'high_tech_enterprises', value: 15, unit: '家', tier: 'headline' },
			{ indicator: 'industrial_investment', value: 12, unit: '%', tier: 'headline' }
		]);
	});
	it('starts the intent at the clause holding the cue, not at the narration before it', () => {
		const s = '会议邀请了52名代表列席,确保全年地区生产总值增长6%。';
		expect(s.slice(intentStart(s))).toBe('确保全年地区生产总值增长6%。');
		expect(intentStart('去年地区生产总值增长6%。')).toBe(-1);
	});
	it('finds the figures named as the goal of a sentence', () => {
		const s = '为实现今年地区生产总值增长7%、财政收入增长5%的目标,全镇上下要真抓实干。';
		const g = namedGoal(s);
		expect(g && s.slice(g.start, g.end)).toBe('地区生产总值增长7%、财政收入增长5%');
		expect(namedGoal('全镇地区生产总值增长7%。')).toBeNull();
	});
	it('knows the turn from main targets to the work areas', () => {
		expect(WORK_AREAS.test('今年重点抓好以下六项工作')).toBe(true);
		expect(WORK_AREAS.test('今年地区生产总值增长6%')).toBe(false);
	});
	it('reads the targets of a news article; the narrated count of delegates is not a target', () => {
		const { targets } = run(
			{ review: '会议邀请了52名代表列席,力争今年地区生产总值增长6%以上。' },
			{ genre: 'news' }
		);
		expect(pick(targets, ['indicator', 'value', 'unit', 'bound'])).toEqual([
			{ indicator: 'gdp', value: 6, unit: '%', bound: 'at_least' }
		]);
	});
	it('keeps one main target stated twice in an article', () => {
		const { targets } = run(
			{
				review:
					'大会提出,力争今年地区生产总值增长7%。今年主要预期目标是:财政总收入增长4%,地区生产总值增长7%。'
			},
			{ genre: 'news' }
		);
		expect(targets.filter((t) => t.indicator === 'gdp')).toHaveLength(1);
	});
});

describe('bare shares and units', () => {
	it('reads a growth whose % sign was dropped at the end of its clause as a percentage', () => {
		const { results } = run({ review: '全年实现地区生产总值12亿元,同比增长7.5,经济平稳。' });
		expect(pick(results, ['indicator', 'value', 'unit', 'growth'])).toEqual([
			{ indicator: 'gdp', value: 12, unit: '亿元', growth: 7.5 }
		]);
	});
	it('reads a per-mille target with its unit', () => {
		const { targets } = run({ plan: '今年主要预期目标:人口自然增长率控制在5‰以内。' });
		expect(pick(targets, ['value', 'unit', 'bound'])).toEqual([
			{ value: 5, unit: '‰', bound: 'at_most' }
		]);
	});
	it('reads 绝对额 as part of the wording and 限额以上 catering under its catalogue name', () => {
		const { results } = run({
			review: '全年一般公共预算收入绝对额增长8.2%,限额以上餐饮业营业额1.2亿元,同比增长5%。'
		});
		expect(pick(results, ['indicator', 'growth'])).toEqual([
			{ indicator: 'general_budget_revenue', growth: 8.2 },
			{ indicator: 'catering_revenue_above_quota', growth: 5 }
		]);
	});
});
