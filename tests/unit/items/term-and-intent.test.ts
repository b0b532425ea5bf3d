import { describe, expect, it } from 'vitest';
import { run } from './helpers';

describe('figures of the whole term', () => {
	it('reads a change from a base years back (由2025年底的…增加到…) as the term’s figure', () => {
		const { results } = run({
			review: '全镇地区生产总值由2025年底的7.3亿元增加到2030年的10.4亿元，年均增长7.2%。'
		});
		expect(results.map((r) => [r.value, r.year, r.period])).toEqual([
			[7.3, 2025, 'year'],
			[10.4, 2030, '5y']
		]);
		// without a rate over the term, the end is the last year's level
		const { results: plain } = run({
			review: '社会消费品零售总额由2025年底的3.4亿元增加到2030年的4.8亿元。'
		});
		expect(plain.map((r) => [r.value, r.period])).toEqual([
			[3.4, 'year'],
			[4.8, 'year']
		]);
	});
	it('gives the end of a change to its own subject, even when that subject is left out', () => {
		const { results } = run({
			review: '五年来,农民人均纯收入由7400元提高到12700元;税收由2100万元增加至4200万元。'
		});
		// (the bases, given no year, are only where the changes start)
		expect(results.map((r) => [r.indicator, r.value])).toEqual([
			['farmer_income', 12700],
			[null, 4200]
		]);
		// the tax total (uncatalogued, kept as text) keeps its name through the change
		expect(results.slice(1).map((r) => r.text)).toEqual(['税收']);
	});
	it('reads 五年累计 and 五年年均 as the term’s, and leaves 五年 off the name', () => {
		const { results } = run({
			review:
				'固定资产投资五年累计完成37亿元。社会消费品零售总额、工业总产值五年年均增长分别为3.6%、5.3%。'
		});
		expect(results.map((r) => [r.indicator, r.text, r.period, r.value ?? r.growth])).toEqual([
			['fixed_asset_investment', '固定资产投资', '5y', 37],
			['retail_sales', '社会消费品零售总额', '5y', 3.6],
			['industrial_output', '工业总产值', '5y', 5.3]
		]);
	});
	it('reads 完成计划投资的X% as the completion of the investment before it', () => {
		const { results } = run({ review: '全镇重点项目累计完成投资4.3亿元，完成计划投资的72.46%。' });
		expect(results[0]).toMatchObject({
			indicator: 'project_investment',
			value: 4.3,
			completion: 72.46
		});
	});
});

describe('intent in a news article', () => {
	it('reads 预计将实现…增长 as the year’s targets, not a multi-year goal', () => {
		const { targets, results } = run(
			{
				review:
					'1月6日，青石镇七届人大一次会议开幕。2031年，青石镇预计将实现全镇工农业总产值增长6.4%，财政总收入增长4%。全乡总体目标将实现全社会固定资产投资年均增长12%以上。'
			},
			{ genre: 'news' }
		);
		expect(targets.map((t) => [t.indicator, t.tier, t.value])).toEqual([
			['industrial_agricultural_output', 'headline', 6.4],
			['fiscal_revenue_total', 'headline', 4]
		]);
		expect(results).toEqual([]);
	});
});

describe('the term ahead in a news article', () => {
	it('dates the goals of 未来五年 to the term’s last year', () => {
		const { targets } = run(
			{
				review:
					'选举产生新一届乡长。\n未来五年，是青石乡发展的关键五年。全乡总体目标将实现全社会固定资产投资年均增长12%以上；农民人均可支配收入达到4.1万元。'
			},
			{ genre: 'news', reportYear: 2032 }
		);
		expect(targets.map((t) => [t.indicator, t.year, t.measure, t.value])).toEqual([
			['fixed_asset_investment', 2036, 'avg_growth', 12],
			['rural_disposable_income', 2036, 'level', 4.1]
		]);
	});
});

describe('a copy that broke lines inside clauses', () => {
	it('reads each figure with its subject and growth across the breaks', () => {
		const { results } = run({
			review: '全镇完成地区生产总值\n13.8\n亿元,增长\n6%\n;财政收入\n7200\n万元,增长\n12.3%\n。'
		});
		expect(results.map((r) => [r.indicator, r.value, r.unit, r.growth])).toEqual([
			['gdp', 13.8, '亿元', 6],
			['fiscal_revenue', 7200, '万元', 12.3]
		]);
	});
	it('does not run a heading into the paragraph under it', () => {
		const { results } = run({ review: '(一)全面完成\n1-9月完成投资7.7亿元,占年度计划的80.2%。' });
		expect(results.map((r) => [r.indicator, r.period])).toEqual([['project_investment', 'M1-9']]);
	});
});

describe('a template’s placeholder levels', () => {
	it('give no level, but the real growth after one is the statistic’s', () => {
		const { results } = run({
			review: '全年完成财政收入XX万元,增长12.3%;地区生产总值XX亿元,增长6%;新建道路XX公里,增长4%。'
		});
		expect(results.map((r) => [r.indicator, r.value, r.growth])).toEqual([
			['fiscal_revenue', null, 12.3],
			['gdp', null, 6]
		]);
	});
});

describe('a period mark broken across lines', () => {
	it('still dates the figures after it (1—10\\n月份)', () => {
		const { results } = run({ review: '1—10\n月份,完成固定资产投资4亿元,增长7%。' });
		expect(results.map((r) => [r.indicator, r.period])).toEqual([
			['fixed_asset_investment', 'M1-10']
		]);
	});
});

describe('change wording', () => {
	it('reads 较去年增长 and 逆势比增 as the year’s growth', () => {
		const { results } = run({
			review: '全年财政收入466万元,较去年增长24.7%。完成公共财政总收入1066万元,逆势比增20.8%。'
		});
		expect(results.map((r) => [r.indicator, r.growth])).toEqual([
			['fiscal_revenue', 24.7],
			['fiscal_revenue_total', 20.8]
		]);
	});
	it('reads 年均增长 in a review as a rate over the term, with the level it follows', () => {
		const { results } = run({
			review: '规模工业增加值年均增长7.5%,固定资产投资累计45.2亿元,年均增长3%。'
		});
		expect(results.map((r) => [r.indicator, r.period, r.value, r.growth])).toEqual([
			['industrial_value_added_above_scale', '5y', null, 7.5],
			['fixed_asset_investment', '5y', 45.2, 3]
		]);
	});
});

describe('a news article’s quoted intent', () => {
	it('reads 增长幅度均超X% as growth, and the counts it quotes as tasks', () => {
		const { targets } = run(
			{
				review:
					'1月9日,青石镇九届人大三次会议开幕。2031年,青石镇将确保一般公共预算收入增长幅度超12%,力争全年新签约重大项目4个,农民人均可支配收入达到4万元。'
			},
			{ genre: 'news' }
		);
		expect(targets.map((t) => [t.indicator, t.tier, t.measure, t.value])).toEqual([
			['general_budget_revenue', 'headline', 'growth', 12],
			['new_investment_projects', 'plan', 'level', 4],
			['rural_disposable_income', 'headline', 'level', 4]
		]);
	});
});
