import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/lib/extract';
import { run } from './helpers';

const pick = <T extends object>(items: T[], keys: (keyof T)[]) =>
	items.map((t) => Object.fromEntries(keys.map((k) => [k, t[k]])));

describe('headline targets', () => {
	it('reads a list under 预期主要指标为: as the headline targets, with no heading above it', () => {
		const text =
			'2031年是规划的开局之年。我们必须紧紧围绕县委总体部署。\n综合分析发展形势,2031年经济社会发展的预期主要指标为:\n——全镇生产总值达2亿元,增长5%;\n——农民人均纯收入达3万元,增长8%;\n根据上述目标,今年重点做好以下工作:\n(一)着力产业推动。';
		const [r] = extractDocument({
			fileName: 't.txt',
			bytes: new TextEncoder().encode(text)
		}).reports;
		expect(pick(r.targets, ['indicator', 'tier', 'measure', 'value'])).toEqual([
			{ indicator: 'gdp', tier: 'headline', measure: 'level', value: 2 },
			{ indicator: 'gdp', tier: 'headline', measure: 'growth', value: 5 },
			{ indicator: 'farmer_income', tier: 'headline', measure: 'level', value: 3 },
			{ indicator: 'farmer_income', tier: 'headline', measure: 'growth', value: 8 }
		]);
		expect(r.results).toHaveLength(0);
	});
	it('reads a fall to a level as that level, a fall by a share as negative', () => {
		const { targets } = run({ plan: '全镇化肥用量下降到300吨,能耗下降3%。' });
		expect(pick(targets, ['measure', 'value'])).toEqual([
			{ measure: 'level', value: 300 },
			{ measure: 'growth', value: -3 }
		]);
	});
	it('leaves out a plan task for the five-year term (在“十三五”期间)', () => {
		const { targets } = run(
			{ plan: '力争在“十三五”期间培育龙头企业3家。全年新建道路5公里。' },
			{ reportYear: 2018 }
		);
		expect(pick(targets, ['value', 'unit'])).toEqual([{ value: 5, unit: '公里' }]);
	});
	it('dates a whole-year targets statement under a review heading to the year reviewed', () => {
		const text = (heading: string) =>
			`青柳镇2030年工作总结及2031年工作计划\n2030年工作回顾\n今年以来,全镇稳步发展。\n${heading}\n截至9月底,完成规上工业总产值10亿元。\n全年预期目标是:规上工业总产值13亿元,同比增长12%。\n二、2031年工作计划\n抓好招商引资。`;
		const years = (heading: string) =>
			extractDocument({
				fileName: 't.txt',
				bytes: new TextEncoder().encode(text(heading))
			}).reports[0].targets.map((t) => t.year);
		expect(years('一、目标完成情况及全年预期目标')).toEqual([2030, 2030]);
		// under the plan's own heading the same words are the coming year's
		expect(years('一、2031年工作安排')).toEqual([2031, 2031]);
	});
	it('reads a statement of main expected targets with a hedge that reaches verbless clauses', () => {
		const { targets } = run({
			plan: '今年主要预期目标为:力争地区生产总值增长7%以上,固定资产投资增长9%;财政总收入增长5%左右。'
		});
		expect(pick(targets, ['indicator', 'tier', 'measure', 'value', 'bound', 'modality'])).toEqual([
			{
				indicator: 'gdp',
				tier: 'headline',
				measure: 'growth',
				value: 7,
				bound: 'at_least',
				modality: '力争'
			},
			{
				indicator: 'fixed_asset_investment',
				tier: 'headline',
				measure: 'growth',
				value: 9,
				bound: 'exactly',
				modality: '力争'
			},
			{
				indicator: 'fiscal_revenue_total',
				tier: 'headline',
				measure: 'growth',
				value: 5,
				bound: 'about',
				modality: undefined
			}
		]);
		for (const t of targets) expect(t.unit).toBe('%');
	});
	it('reads 增长比率 as a growth, a milestone (冲刺…大关) as a floor, and praise as no class', () => {
		const { targets } = run({
			plan: '今年主要预期目标为:财税收入增长比率7%,全镇经济总量冲刺80亿元大关,力争年内新签约优质项目不少于6个。'
		});
		expect(pick(targets, ['indicator', 'measure', 'value', 'unit', 'bound', 'scope'])).toEqual([
			{
				indicator: null,
				measure: 'growth',
				value: 7,
				unit: '%',
				bound: 'exactly',
				scope: undefined
			},
			{
				indicator: 'gdp',
				measure: 'level',
				value: 80,
				unit: '亿元',
				bound: 'at_least',
				scope: undefined
			},
			{
				indicator: 'new_investment_projects',
				measure: 'level',
				value: 6,
				unit: '个',
				bound: 'at_least',
				scope: undefined
			}
		]);
	});
	it('reads the opening paragraph of a plan with no heading (2031年,某街道将…) as the main targets', () => {
		const text =
			'青柳:奋力书写新答卷\n2031年,青柳街道将坚持稳中求进,全年实现地区生产总值增长7%以上,完成固定资产投资85亿元以上。\n一、做强产业\n新引进限上汽车品牌4家以上。';
		const { reports } = extractDocument({
			fileName: 't.txt',
			bytes: new TextEncoder().encode(text)
		});
		expect(reports).toHaveLength(1);
		expect(pick(reports[0].targets, ['indicator', 'tier', 'value'])).toEqual([
			{ indicator: 'gdp', tier: 'headline', value: 7 },
			{ indicator: 'fixed_asset_investment', tier: 'headline', value: 85 },
			{ indicator: null, tier: 'plan', value: 4 }
		]);
	});
	it('pairs a 分别 list of subjects with its values; a closing 以上 applies to each', () => {
		const { targets } = run({
			plan: '主要预期目标是:城镇、农村常住居民可支配收入分别增长5%、8.5%以上。'
		});
		expect(pick(targets, ['indicator', 'value', 'bound'])).toEqual([
			{ indicator: 'urban_disposable_income', value: 5, bound: 'at_least' },
			{ indicator: 'rural_disposable_income', value: 8.5, bound: 'at_least' }
		]);
	});
	it('gives one shared value to each member of a subject list', () => {
		const { targets } = run({ plan: '主要预期目标是:服务业增加值和社零总额增长11%。' });
		expect(targets.map((t) => [t.indicator, t.value])).toEqual([
			['services_value_added', 11],
			['retail_sales', 11]
		]);
	});
	it('reads qualitative targets: in step with, above the reference, positive growth', () => {
		const { targets } = run({
			plan: '主要预期目标是:一般公共预算收入保持正增长,财政收入与经济增长同步,农村居民人均可支配收入增速高于经济增长。'
		});
		expect(pick(targets, ['indicator', 'value', 'bound', 'ref'])).toEqual([
			{ indicator: 'general_budget_revenue', value: 0, bound: 'above', ref: undefined },
			{ indicator: 'fiscal_revenue', value: null, bound: 'in_step_with', ref: 'gdp' },
			{ indicator: 'rural_disposable_income', value: null, bound: 'above_ref', ref: 'gdp' }
		]);
	});
	it('reads 同步增长 alone as growth in step with the economy', () => {
		const { targets } = run({ plan: '主要预期目标是:地区生产总值增长7%,农民人均收入同步增长。' });
		expect(pick(targets, ['indicator', 'value', 'bound', 'ref'])).toEqual([
			{ indicator: 'gdp', value: 7, bound: 'exactly', ref: undefined },
			{ indicator: 'farmer_income', value: null, bound: 'in_step_with', ref: 'gdp' }
		]);
	});
	it('reads a target held level with last year (保持持平) as growth of exactly 0', () => {
		const { targets } = run({
			plan: '今年主要预期目标为:规上工业增加值增长4%,一般公共预算收入与上年保持持平;坚持平安建设,经济保持平稳。'
		});
		expect(pick(targets, ['indicator', 'measure', 'value', 'unit', 'bound'])).toEqual([
			{
				indicator: 'industrial_value_added_above_scale',
				measure: 'growth',
				value: 4,
				unit: '%',
				bound: 'exactly'
			},
			{
				indicator: 'general_budget_revenue',
				measure: 'growth',
				value: 0,
				unit: '%',
				bound: 'exactly'
			}
		]);
	});
	it('reads growth held level with last year’s rate (增长与上年度持平) as a growth of no figure', () => {
		const { targets } = run({
			plan: '今年主要预期目标为:农民人均可支配收入增长基本与上年度持平,一般公共预算收入与上年度持平。'
		});
		expect(pick(targets, ['indicator', 'measure', 'value', 'bound'])).toEqual([
			{ indicator: 'rural_disposable_income', measure: 'growth', value: null, bound: 'exactly' },
			{ indicator: 'general_budget_revenue', measure: 'growth', value: 0, bound: 'exactly' }
		]);
	});
	it('reads a level and the growth that follows it for the same subject', () => {
		const { targets } = run({
			plan: '年度目标是:地区生产总值80亿元、增长5.5%,一般公共预算收入2.6亿元。'
		});
		expect(pick(targets, ['indicator', 'measure', 'value', 'unit'])).toEqual([
			{ indicator: 'gdp', measure: 'level', value: 80, unit: '亿元' },
			{ indicator: 'gdp', measure: 'growth', value: 5.5, unit: '%' },
			{ indicator: 'general_budget_revenue', measure: 'level', value: 2.6, unit: '亿元' }
		]);
	});
	it('dates five-year goals by their horizon year and reads 年均 growth', () => {
		const { targets } = run({
			fiveYear: '到2035年,全镇实现规上工业总产值20亿元,年均增长8%。培育特色村5个。'
		});
		expect(pick(targets, ['indicator', 'year', 'measure', 'value', 'tier'])).toEqual([
			{
				indicator: 'industrial_output_above_scale',
				year: 2035,
				measure: 'level',
				value: 20,
				tier: 'headline'
			},
			{
				indicator: 'industrial_output_above_scale',
				year: 2035,
				measure: 'avg_growth',
				value: 8,
				tier: 'headline'
			}
		]);
	});
	it('quotes the original text with the same offsets', () => {
		const { targets } = run({ plan: '主要预期目标是:全镇生产总值增长５．５％以上。' });
		expect(targets[0].quote).toBe('全镇生产总值增长５．５％以上');
		expect(targets[0].value).toBe(5.5);
	});
});

describe('a level target with its change', () => {
	it('keeps the level and the growth, not the absolute change after the level', () => {
		const { targets } = run({
			plan: '全年预期目标：全镇地区生产总值达3.5亿元，比上年增加0.3亿元，增长9%；农民人均纯收入达15000元，增加1200元，增长8%。'
		});
		expect(pick(targets, ['measure', 'value', 'unit'])).toEqual([
			{ measure: 'level', value: 3.5, unit: '亿元' },
			{ measure: 'growth', value: 9, unit: '%' },
			{ measure: 'level', value: 15000, unit: '元' },
			{ measure: 'growth', value: 8, unit: '%' }
		]);
	});
});

describe('verbs stripped from a target name', () => {
	it('strips 新开工 as one verb, not 新开 leaving 工 on the name', () => {
		const { targets } = run({ plan: '确保全年新开工标准厂房4万平方米以上。' });
		expect(targets.map((t) => t.text)).toEqual(['标准厂房']);
	});
});

describe('plan targets', () => {
	it('reads quantified tasks with units as written', () => {
		const { targets } = run({
			plan: '新建通信基站60个以上,完成农村公路改造12.5公里,新增就业岗位300个。'
		});
		expect(pick(targets, ['tier', 'value', 'unit', 'bound'])).toEqual([
			{ tier: 'plan', value: 60, unit: '个', bound: 'at_least' },
			{ tier: 'plan', value: 12.5, unit: '公里', bound: 'exactly' },
			{ tier: 'plan', value: 300, unit: '个', bound: 'exactly' }
		]);
	});
	it('reads a decline of at least X% as growth -X at most', () => {
		const { targets } = run({ plan: '确保交通事故数、受伤人数下降15%以上。' });
		expect(pick(targets, ['measure', 'value', 'bound', 'modality'])).toEqual([
			{ measure: 'growth', value: -15, bound: 'at_most', modality: '确保' },
			{ measure: 'growth', value: -15, bound: 'at_most', modality: '确保' }
		]);
	});
	it('stops a hedge at a clause with its own verb', () => {
		const { targets } = run({ plan: '力争培育科技企业6家以上,完成个转企30家。' });
		expect(targets.map((t) => t.modality)).toEqual(['力争', undefined]);
	});
	it('skips thresholds that qualify a noun and portfolio counts', () => {
		const { targets } = run({
			plan: '争取达到5亿元以上产值企业4家。今年共排出重点项目40个。做好20个村的复评工作。'
		});
		expect(pick(targets, ['value', 'unit'])).toEqual([{ value: 4, unit: '家' }]);
	});
	it('reads a range and an object written after the figure', () => {
		const { targets } = run({ plan: '培育3-4个精品民宿村,打造5个口袋公园。' });
		expect(pick(targets, ['value', 'high', 'bound', 'unit'])).toEqual([
			{ value: 3, high: 4, bound: 'range', unit: '个' },
			{ value: 5, high: undefined, bound: 'exactly', unit: '个' }
		]);
		expect(targets[1].text).toContain('口袋公园');
	});
	it('leaves multi-year quantities out of the plan', () => {
		const { targets } = run({ plan: '今后五年,新建公园8个。' });
		expect(targets).toHaveLength(0);
	});
	it('leaves quantities governed by a multi-year horizon out of the plan, keeping the year’s', () => {
		const { targets } = run({
			plan:
				'“十四五”期间,累计打造省级美丽庭院示范村6个,培育农创客团队10支。\n' +
				'两年内完成全域污水零直排改造,2031至2033年新增集体经营性物业4处,其中今年新增集体经营性物业1处。\n' +
				'力争到2034年底前,建成数字乡村示范点7个;今年新建通信基站45个以上,力争新增高标准农田3000亩。\n' +
				'未来三年,我们将持续推进城乡融合发展。新建健身步道9公里,改造农贸市场2家。\n' +
				'全年改造提升农村公路16公里,为今后五年交通网络全面成型打下坚实基础。'
		});
		expect(pick(targets, ['tier', 'year', 'value', 'unit', 'bound'])).toEqual([
			{ tier: 'plan', year: 2031, value: 1, unit: '处', bound: 'exactly' },
			{ tier: 'plan', year: 2031, value: 45, unit: '个', bound: 'at_least' },
			{ tier: 'plan', year: 2031, value: 3000, unit: '亩', bound: 'exactly' },
			{ tier: 'plan', year: 2031, value: 16, unit: '公里', bound: 'exactly' }
		]);
	});
	it('leaves a named project’s total investment out of the plan, keeping planned annual investment', () => {
		const { targets } = run({
			plan:
				'加快建设青枫港航运物流中心,该项目总投资2.4亿元,年内完成投资8000万元。' +
				'推动投资1.6亿元的竹溪康养综合体开工建设,启动总投资9500万元的滨河绿道工程。'
		});
		expect(pick(targets, ['value', 'unit'])).toEqual([{ value: 8000, unit: '万元' }]);
	});
	it('keeps a five-year headline target in a five-year part while the plan drops horizons', () => {
		const { targets } = run({
			fiveYear: '到2035年,规上工业总产值达到15.5亿元,年均增长7%。',
			plan: '到2034年,建成未来社区2个;年内新建公园3个,持续优化全镇人居环境和城镇功能品质。'
		});
		expect(pick(targets, ['tier', 'year', 'value', 'unit'])).toEqual([
			{ tier: 'headline', year: 2035, value: 15.5, unit: '亿元' },
			{ tier: 'headline', year: 2035, value: 7, unit: '%' },
			{ tier: 'plan', year: 2031, value: 3, unit: '个' }
		]);
	});
	it('gives planned investment after a listed portfolio that portfolio as scope', () => {
		const { targets } = run({
			plan: '今年共排出县级重点项目12个,续建类项目5个,计划全年总投资6亿元。'
		});
		expect(pick(targets, ['indicator', 'value', 'unit', 'scope'])).toEqual([
			{ indicator: 'project_investment', value: 6, unit: '亿元', scope: '县级重点项目' }
		]);
	});
	it('counts named items by the words after the count', () => {
		const { targets } = run({ plan: '加快完成东区、西区等4个老旧厂区改造。' });
		expect(targets).toHaveLength(1);
		expect(targets[0].value).toBe(4);
		expect(targets[0].text).toBe('老旧厂区改造');
		expect(targets[0].quote).toBe('4个老旧厂区改造');
	});
	it('reads qualitative plan targets and approximate levels', () => {
		const { targets } = run({
			plan: '推动城镇和农村居民可支配收入与经济增长同步。落实粮播面积3万多亩,整治荒地约90亩。'
		});
		expect(pick(targets, ['indicator', 'value', 'unit', 'bound'])).toEqual([
			{ indicator: 'urban_disposable_income', value: null, unit: '%', bound: 'in_step_with' },
			{ indicator: 'rural_disposable_income', value: null, unit: '%', bound: 'in_step_with' },
			{ indicator: 'grain_area', value: 3, unit: '万亩', bound: 'at_least' },
			{ indicator: null, value: 90, unit: '亩', bound: 'about' }
		]);
	});
	it('takes a hedge written inside the clause', () => {
		const { targets } = run({ plan: '专业市场成交额力争突破80亿元。' });
		expect(pick(targets, ['indicator', 'value', 'bound', 'modality'])).toEqual([
			{ indicator: 'market_turnover', value: 80, bound: 'at_least', modality: '力争' }
		]);
	});
	it('skips existing counts and meeting ordinals', () => {
		const { targets } = run({
			plan: '按照县委十二届三次全会部署,推动全镇21个文明实践站提质增效,对已整治的5个片区开展复查。'
		});
		expect(targets).toHaveLength(0);
	});
	it('splits 城乡 into urban and rural for a pair of values', () => {
		const { targets } = run({ plan: '主要预期目标是:城乡居民可支配收入分别增长5%和8%以上。' });
		expect(pick(targets, ['indicator', 'value', 'bound'])).toEqual([
			{ indicator: 'urban_disposable_income', value: 5, bound: 'at_least' },
			{ indicator: 'rural_disposable_income', value: 8, bound: 'at_least' }
		]);
	});
	it('reads numbered target lists, 涨幅 as growth and 总额 as the same subject', () => {
		const { targets } = run({
			plan: '主要预期目标:\n1.一般公共预算收入保持正增长;\n2.居民消费价格涨幅控制在3%以内;\n3.村集体经营性收入增长9%,总额突破400万元。'
		});
		expect(pick(targets, ['indicator', 'measure', 'value', 'bound'])).toEqual([
			{ indicator: 'general_budget_revenue', measure: 'growth', value: 0, bound: 'above' },
			{ indicator: null, measure: 'growth', value: 3, bound: 'at_most' },
			{ indicator: 'village_collective_income', measure: 'growth', value: 9, bound: 'exactly' },
			{ indicator: 'village_collective_income', measure: 'level', value: 400, bound: 'at_least' }
		]);
	});
	it('reads outcome sentences inside a targets section as results, not targets', () => {
		const text = '年度目标为:地区生产总值增长7%。\n1-6月,实现地区生产总值30亿元,同比增长6%。\n';
		const { targets, results } = run(
			{ review: text },
			{
				kind: 'midyear',
				sections: [{ kind: 'targets', heading: '', start: 0, end: 10_000 }]
			}
		);
		expect(pick(targets, ['indicator', 'value'])).toEqual([{ indicator: 'gdp', value: 7 }]);
		expect(pick(results, ['indicator', 'value', 'growth', 'period'])).toEqual([
			{ indicator: 'gdp', value: 30, growth: 6, period: 'H1' }
		]);
	});
	it('reads every sentence of a paragraph opening with an elapsed period as results', () => {
		const text =
			'年初确定的主要经济指标目标为:财政总收入增长5%。\n' +
			'1-6月,全镇财政总收入2.2亿元,增长4%。新增规上工业企业2家,新增个体户300户。\n' +
			'前三季度,限上消费品零售额8亿元。\n';
		const { targets, results } = run(
			{ review: text },
			{
				kind: 'midyear',
				sections: [{ kind: 'targets', heading: '', start: 0, end: 10_000 }]
			}
		);
		expect(pick(targets, ['indicator', 'value'])).toEqual([
			{ indicator: 'fiscal_revenue_total', value: 5 }
		]);
		expect(pick(results, ['indicator', 'value', 'period'])).toEqual([
			{ indicator: 'fiscal_revenue_total', value: 2.2, period: 'H1' },
			{ indicator: 'new_above_scale_enterprises', value: 2, period: 'H1' },
			{ indicator: 'retail_sales_above_quota', value: 8, period: 'M1-9' }
		]);
	});
	it('reads targets restated after an elapsed-period opening in the same paragraph as targets', () => {
		const opening = '上半年,全镇上下克难攻坚,各项工作稳中有进。';
		const restated =
			'年初乡人代会确定的全年目标任务是:财政总收入增长8%,农村居民人均可支配收入增长7%以上。';
		const after = '\n1至6月,财政总收入1.9亿元,同比增长5%。\n';
		const review = opening + restated + after;
		// Offsets in the report text the helper builds: the review starts after its heading line.
		const base = '各位代表:\n一、2030年工作回顾\n'.length;
		const cut = base + opening.length;
		const end = cut + restated.length;
		const { targets, results } = run(
			{ review },
			{
				kind: 'midyear',
				sections: [
					{ kind: 'review', heading: '', start: 0, end: cut },
					{ kind: 'targets', heading: '', start: cut, end },
					{ kind: 'review', heading: '', start: end, end: 10_000 }
				]
			}
		);
		expect(pick(targets, ['indicator', 'tier', 'year', 'value', 'bound'])).toEqual([
			{
				indicator: 'fiscal_revenue_total',
				tier: 'headline',
				year: 2031,
				value: 8,
				bound: 'exactly'
			},
			{
				indicator: 'rural_disposable_income',
				tier: 'headline',
				year: 2031,
				value: 7,
				bound: 'at_least'
			}
		]);
		expect(pick(results, ['indicator', 'value', 'growth', 'period'])).toEqual([
			{ indicator: 'fiscal_revenue_total', value: 1.9, growth: 5, period: 'H1' }
		]);
	});
	it('reads newly fostered above-scale enterprises and attracted projects of a class', () => {
		const { targets } = run({
			plan: '确保引进超亿元项目3个,新培育规模以上工业企业2家以上,争取新培育规上企业3-4家。'
		});
		expect(pick(targets, ['indicator', 'value', 'bound'])).toEqual([
			{ indicator: 'new_investment_projects', value: 3, bound: 'exactly' },
			{ indicator: 'new_above_scale_enterprises', value: 2, bound: 'at_least' },
			{ indicator: 'new_above_scale_enterprises', value: 3, bound: 'range' }
		]);
	});
	it('reads a bare hedged rate after a growth as a growth of the same subject', () => {
		const { targets } = run({
			plan: '主要预期目标:规上工业增加值增长8%,争取9%;财政总收入增长4%,达到3亿元。'
		});
		expect(pick(targets, ['indicator', 'measure', 'value', 'modality'])).toEqual([
			{
				indicator: 'industrial_value_added_above_scale',
				measure: 'growth',
				value: 8,
				modality: undefined
			},
			{
				indicator: 'industrial_value_added_above_scale',
				measure: 'growth',
				value: 9,
				modality: '争取'
			},
			{ indicator: 'fiscal_revenue_total', measure: 'growth', value: 4, modality: undefined },
			{ indicator: 'fiscal_revenue_total', measure: 'level', value: 3, modality: undefined }
		]);
	});
	it('keeps list numbering out of the subject and the quote', () => {
		const { targets } = run({
			plan: '主要预期目标:1.财政总收入保持正增长;(二)固定资产投资增长8%;三、居民消费价格涨幅控制在3%以内。'
		});
		expect(pick(targets, ['indicator', 'text', 'quote', 'bound'])).toEqual([
			{
				indicator: 'fiscal_revenue_total',
				text: '财政总收入',
				quote: '财政总收入保持正增长',
				bound: 'above'
			},
			{
				indicator: 'fixed_asset_investment',
				text: '固定资产投资',
				quote: '固定资产投资增长8%',
				bound: 'exactly'
			},
			{
				indicator: null,
				text: '居民消费价格',
				quote: '居民消费价格涨幅控制在3%以内',
				bound: 'at_most'
			}
		]);
	});
	it('reads 压缩 as a decline and 转负为正 as positive growth', () => {
		const { targets } = run({
			plan: '行政运行经费压缩8%,力争农业增加值由负转正。'
		});
		expect(pick(targets, ['indicator', 'measure', 'value', 'unit', 'bound'])).toEqual([
			{ indicator: null, measure: 'growth', value: -8, unit: '%', bound: 'exactly' },
			{
				indicator: 'agriculture_value_added',
				measure: 'growth',
				value: 0,
				unit: '%',
				bound: 'above'
			}
		]);
	});
	it('skips who a task touches, planned areas and a portfolio described by its total investment', () => {
		const { targets } = run({
			plan:
				'完成道路改造3条、惠及农户120户,产业园规划面积600亩。' +
				'全年推进重点项目25个,总投资超60亿元,年内计划完成投资12亿元。\n' +
				'实施省级重点项目6个,总投资30亿元,年内计划完成投资5亿元。\n' +
				'安排重点建设项目14个,年度计划投资7亿元。新建污水管网12.5公里,总投资3000万元。'
		});
		expect(pick(targets, ['indicator', 'value', 'unit', 'scope'])).toEqual([
			{ indicator: null, value: 3, unit: '条', scope: undefined },
			{ indicator: 'project_investment', value: 12, unit: '亿元', scope: undefined },
			{ indicator: 'project_investment', value: 5, unit: '亿元', scope: '省级重点项目' },
			{ indicator: 'project_investment', value: 7, unit: '亿元', scope: undefined },
			{ indicator: null, value: 12.5, unit: '公里', scope: undefined }
		]);
	});
	it('reads plan tasks written in Chinese numerals but not slogans', () => {
		const { targets } = run({
			plan: '新建村道十二公里,完成改厕二百户,改造道路七公里,新建充电桩三十个。坚定四个自信,做到两个维护,打通服务群众最后一公里,推进千亩方建设。'
		});
		expect(pick(targets, ['value', 'unit'])).toEqual([
			{ value: 12, unit: '公里' },
			{ value: 200, unit: '户' },
			{ value: 7, unit: '公里' },
			{ value: 30, unit: '个' }
		]);
	});
});

describe('plan target subjects', () => {
	it('keeps the stage that says which projects a count is of (新开工亿元以上项目)', () => {
		const { targets } = run({ plan: '全年新开工亿元以上项目6个以上,竣工项目4个,新建道路3公里。' });
		expect(pick(targets, ['tier', 'text', 'value'])).toEqual([
			{ tier: 'plan', text: '新开工亿元以上项目', value: 6 },
			{ tier: 'plan', text: '竣工项目', value: 4 },
			{ tier: 'plan', text: '道路', value: 3 }
		]);
	});
});

describe('hard-wrapped text', () => {
	it('reads a target statement across the line breaks of a fixed-width copy', () => {
		const wrap = (t: string) => t.match(/.{1,22}/g)!.join('\n');
		const { targets } = run({
			review: wrap(
				'全镇上下团结一心，克服困难，各项事业取得新进展，产业发展稳中有进，民生保障持续加强，社会大局保持和谐稳定，干部作风明显转变，群众满意度不断提升，' +
					'乡村面貌持续改善，基层治理更加有效，营商环境不断优化，文化事业繁荣发展'
			),
			plan: wrap(
				'今年主要预期目标为：固定资产投资增长9%左右，地区生产总值增长7%以上，一般公共预算收入要增长4%，农村居民人均可支配收入增长6%，城乡面貌进一步改善，群众获得感进一步增强。'
			)
		});
		expect(pick(targets, ['indicator', 'tier', 'value'])).toEqual([
			{ indicator: 'fixed_asset_investment', tier: 'headline', value: 9 },
			{ indicator: 'gdp', tier: 'headline', value: 7 },
			{ indicator: 'general_budget_revenue', tier: 'headline', value: 4 },
			{ indicator: 'rural_disposable_income', tier: 'headline', value: 6 }
		]);
	});
});

describe('lists of counts in the plan', () => {
	it('give the verb heading the list to each member, and an amount before 企业 names a class', () => {
		const { targets } = run({
			plan: '全年新开工重大项目4个、重点项目5个;年内新增20亿元企业2家、3亿元企业3家、规模企业6家以上。'
		});
		expect(pick(targets, ['indicator', 'text', 'value', 'unit'])).toEqual([
			{ indicator: null, text: '新开工重大项目', value: 4, unit: '个' },
			{ indicator: null, text: '新开工重点项目', value: 5, unit: '个' },
			{ indicator: null, text: '新增20亿元企业', value: 2, unit: '家' },
			{ indicator: null, text: '新增3亿元企业', value: 3, unit: '家' },
			{ indicator: 'new_above_scale_enterprises', text: '新增规模企业', value: 6, unit: '家' }
		]);
	});
});

describe('a news article’s aims for the year', () => {
	it('go on in the sentences after its intent, without the actor, hedge or summary word', () => {
		const { targets } = run(
			{
				review:
					'1月9日,青石镇九届人大二次会议开幕。\n2031年,青石镇将确保工业开票销售、一般公共预算收入等主体指标增长幅度均超12%。力争全年新签约重大项目5个。紧盯项目建设,全年新开工重大项目4个。'
			},
			{ genre: 'news', reportYear: 2031 }
		);
		expect(pick(targets, ['indicator', 'text', 'tier', 'value'])).toEqual([
			{ indicator: 'industrial_sales', text: '工业开票销售', tier: 'headline', value: 12 },
			{
				indicator: 'general_budget_revenue',
				text: '一般公共预算收入',
				tier: 'headline',
				value: 12
			},
			{ indicator: 'new_investment_projects', text: '新签约重大项目', tier: 'plan', value: 5 },
			{ indicator: null, text: '新开工重大项目', tier: 'plan', value: 4 }
		]);
	});
});
