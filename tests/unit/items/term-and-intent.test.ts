import { describe, expect, it } from 'vitest';
import { run } from './helpers';

describe('figures of the whole term', () => {
	it('reads a change from a base years back (由2025年底的…增加到…) as the term’s figure', () => {
		const { results } = run({
			review: '全镇地区生产总值由2025年底的6.6亿元增加到2030年的11.2亿元，年均增长9.8%。'
		});
		expect(results.map((r) => [r.value, r.year, r.period])).toEqual([
			[6.6, 2025, 'year'],
			[11.2, 2030, '5y']
		]);
		// without a rate over the term, the end is the last year's level
		const { results: plain } = run({
			review: '社会消费品零售总额由2025年底的2.9亿元增加到2030年的5.6亿元。'
		});
		expect(plain.map((r) => [r.value, r.period])).toEqual([
			[2.9, 'year'],
			[5.6, 'year']
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
				'固定资产投资五年累计完成44亿元。工业总产值、社会消费品零售总额五年年均增长分别为6.8%、2.5%。'
		});
		expect(results.map((r) => [r.indicator, r.text, r.period, r.value ?? r.growth])).toEqual([
			['fixed_asset_investment', '固定资产投资', '5y', 44],
			['industrial_output', '工业总产值', '5y', 6.8],
			['retail_sales', '社会消费品零售总额', '5y', 2.5]
		]);
	});
	it('reads 完成计划投资的X% as the completion of the investment before it', () => {
		const { results } = run({ review: '区重点项目累计完成投资5.6亿元，完成计划投资的65.58%。' });
		expect(results[0]).toMatchObject({
			indicator: 'project_investment',
			value: 5.6,
			completion: 65.58
		});
	});
});

describe('intent in a news article', () => {
	it('reads 预计将实现…增长 as the year’s targets, not a multi-year goal', () => {
		const { targets, results } = run(
			{
				review:
					'1月7日，青石镇第十七届人民代表大会第一次会议召开。2031年，青石镇预计将实现工农业总产值增长7.8%，财政总收入增长5%。全乡的总体目标将实现固定资产投资年均增长10%以上。'
			},
			{ genre: 'news' }
		);
		expect(targets.map((t) => [t.indicator, t.tier, t.value])).toEqual([
			['industrial_agricultural_output', 'headline', 7.8],
			['fiscal_revenue_total', 'headline', 5]
		]);
		expect(results).toEqual([]);
	});
});

describe('the term ahead in a news article', () => {
	it('dates the goals of 未来五年 to the term’s last year', () => {
		const { targets } = run(
			{
				review:
					'选举产生新一届乡长。\n未来五年，是青石乡发展的关键五年。全乡的总体目标将实现固定资产投资年均增长10%以上；农村居民人均可支配收入达到3.3万元。'
			},
			{ genre: 'news', reportYear: 2032 }
		);
		expect(targets.map((t) => [t.indicator, t.year, t.measure, t.value])).toEqual([
			['fixed_asset_investment', 2036, 'avg_growth', 10],
			['rural_disposable_income', 2036, 'level', 3.3]
		]);
	});
});

describe('a copy that broke lines inside clauses', () => {
	it('reads each figure with its subject and growth across the breaks', () => {
		const { results } = run({
			review: '全镇完成地区生产总值\n12.5\n亿元,增长\n5%\n;财政收入\n8000\n万元,增长\n14.9%\n。'
		});
		expect(results.map((r) => [r.indicator, r.value, r.unit, r.growth])).toEqual([
			['gdp', 12.5, '亿元', 5],
			['fiscal_revenue', 8000, '万元', 14.9]
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
			review: '全年完成地区生产总值XX亿元,增长5%;财政收入XX万元,增长14.9%;新建道路XX公里,增长3%。'
		});
		expect(results.map((r) => [r.indicator, r.value, r.growth])).toEqual([
			['gdp', null, 5],
			['fiscal_revenue', null, 14.9]
		]);
	});
});

describe('a period mark broken across lines', () => {
	it('still dates the figures after it (1—10\\n月份)', () => {
		const { results } = run({ review: '1—10\n月份,完成固定资产投资3亿元,增长8%。' });
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
					'1月5日,青石镇第十八届人民代表大会第三次会议召开。2031年,青石镇将确保一般公共预算收入增长幅度超10%,力争全年新签约重大项目2个,农村居民人均可支配收入达到3万元。'
			},
			{ genre: 'news' }
		);
		expect(targets.map((t) => [t.indicator, t.tier, t.measure, t.value])).toEqual([
			['general_budget_revenue', 'headline', 'growth', 10],
			['new_investment_projects', 'plan', 'level', 2],
			['rural_disposable_income', 'headline', 'level', 3]
		]);
	});
});
