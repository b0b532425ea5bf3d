import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const pick = <T extends object>(items: T[], keys: (keyof T)[]) =>
	items.map((t) => Object.fromEntries(keys.map((k) => [k, t[k]])));

describe('results', () => {
	it('reads catalogued levels with the growth that follows them', () => {
		const { results } = run({
			review: '全年实现地区生产总值88.6亿元,同比增长5.1%;社会消费品零售总额21.4亿元,比增7.2%。'
		});
		expect(pick(results, ['indicator', 'year', 'period', 'value', 'unit', 'growth'])).toEqual([
			{ indicator: 'gdp', year: 2030, period: 'year', value: 88.6, unit: '亿元', growth: 5.1 },
			{
				indicator: 'retail_sales',
				year: 2030,
				period: 'year',
				value: 21.4,
				unit: '亿元',
				growth: 7.2
			}
		]);
	});
	it('skips the level a figure is compared with, so the growth after it stays with the level', () => {
		const { results } = run({
			review:
				'全年粮食总产量5200万公斤,比上年的5100万公斤增加100万公斤,同比增长2%;' +
				'财政收入800万元,比去年同期700万元增长14.3%;' +
				'固定资产投资9亿元,比上年同期(8亿元)增长12.5%。'
		});
		expect(pick(results, ['indicator', 'value', 'growth'])).toEqual([
			{ indicator: 'grain_output', value: 5200, growth: 2 },
			{ indicator: 'fiscal_revenue', value: 800, growth: 14.3 },
			{ indicator: 'fixed_asset_investment', value: 9, growth: 12.5 }
		]);
	});
	it('reads no result from a clause of aims (确保/力争 with a figure) until one reports again', () => {
		const { results } = run({
			review:
				'落实耕地保护,确保粮食播种面积2万亩以上,总产量0.8万吨以上,实现财政收入3000万元。' +
				'确保经济平稳运行,实现税收收入1.2亿元。'
		});
		expect(pick(results, ['indicator', 'value'])).toEqual([
			{ indicator: 'fiscal_revenue', value: 3000 },
			{ indicator: null, value: 1.2 }
		]);
	});
	it('tells the parts of an investment total apart by sector (投入 as 投资)', () => {
		const { results } = run({
			review: '固定资产投资5亿元,其中工业投入3亿元,农业投入0.5亿元,服务业投入1.5亿元。'
		});
		expect(results.map((r) => r.indicator)).toEqual([
			'fixed_asset_investment',
			'industrial_investment',
			'agricultural_investment',
			'services_investment'
		]);
	});
	it('reads a count of firms before what they were recognised as', () => {
		const { results } = run({
			review:
				'全年3家企业成功申报国家高新技术企业,2家企业被认定为省科技型中小企业,指导6家企业申报国家高新技术企业。'
		});
		expect(pick(results, ['indicator', 'value', 'unit'])).toEqual([
			{ indicator: 'high_tech_enterprises', value: 3, unit: '家' },
			{ indicator: 'tech_smes', value: 2, unit: '家' }
		]);
	});
	it('reads the share done of a target whose size stands in brackets, 进度的 between', () => {
		const { results } = run({
			review: '一般公共预算收入完成6200万元,完成全年任务(8000万元)进度的77.5%。'
		});
		expect(pick(results, ['indicator', 'value', 'completion'])).toEqual([
			{ indicator: 'general_budget_revenue', value: 6200, completion: 77.5 }
		]);
	});
	it("reads no subject in the year compared with (比上年决算增加…): the change stays the level's", () => {
		const { results } = run({
			review: '财政收入2.2亿元,比上年决算增加0.1亿元,增长4.8%,完成预算的100%。'
		});
		expect(pick(results, ['indicator', 'value', 'growth', 'completion'])).toEqual([
			{ indicator: 'fiscal_revenue', value: 2.2, growth: 4.8, completion: 100 }
		]);
	});
	it('reads 完成任务率 after a figure as its completion, and 已 as part of the verb', () => {
		const { results } = run({ review: '国税已完成2200万元,完成任务率139%。' });
		expect(pick(results, ['text', 'value', 'completion'])).toEqual([
			{ text: '国税', value: 2200, completion: 139 }
		]);
	});
	it('reads no result from a figure that describes the project named after it', () => {
		const { results } = run({
			review: '全年固定资产投资9亿元,其中,总投资20亿元的光伏项目并网发电。'
		});
		expect(pick(results, ['indicator', 'value'])).toEqual([
			{ indicator: 'fixed_asset_investment', value: 9 }
		]);
	});
	it('joins a growth to the level just before it when the clause names the same indicator again', () => {
		const { results } = run({
			review: '完成技改投资2.6亿元,技改投资同比增长31%;完成固定资产投资5亿元,工业投资增长8%。'
		});
		expect(pick(results, ['indicator', 'value', 'growth'])).toEqual([
			{ indicator: 'tech_upgrade_investment', value: 2.6, growth: 31 },
			{ indicator: 'fixed_asset_investment', value: 5, growth: null },
			{ indicator: 'industrial_investment', value: null, growth: 8 }
		]);
		expect(results[0].quote).toBe('完成技改投资2.6亿元,技改投资同比增长31%');
	});
	it('reads 与上年持平 and its variants after a figure as growth 0, not after a later figure', () => {
		const { results } = run({
			review:
				'全年财政总收入3.1亿元,与去年持平;规上工业总产值46亿元,较上年基本持平;' +
				'社会消费品零售总额9.8亿元,同比增长4%,固定资产投资7亿元。经济运行保持平稳。'
		});
		expect(pick(results, ['indicator', 'value', 'growth'])).toEqual([
			{ indicator: 'fiscal_revenue_total', value: 3.1, growth: 0 },
			{ indicator: 'industrial_output_above_scale', value: 46, growth: 0 },
			{ indicator: 'retail_sales', value: 9.8, growth: 4 },
			{ indicator: 'fixed_asset_investment', value: 7, growth: null }
		]);
		expect(results[1].quote).toBe('规上工业总产值46亿元,较上年基本持平');
	});
	it('leaves uncatalogued figures out unless they state completion', () => {
		const { results } = run({
			review:
				'召开座谈会12次,新增贷款3.5亿元。完成危房改造任务36户。新建公厕8座,完成年度任务的133%。'
		});
		expect(pick(results, ['indicator', 'value', 'unit', 'completion', 'claim'])).toEqual([
			{ indicator: null, value: 36, unit: '户', completion: null, claim: 'completed' },
			{ indicator: null, value: 8, unit: '座', completion: 133, claim: undefined }
		]);
	});
	it('attaches a completion of a target set by a higher level, written after any figure', () => {
		const { results } = run({
			review:
				'建成高标准农田二千四百亩,完成市定任务的112.5%。实际利用外资1500万美元,完成区下达任务的98%;' +
				'一般公共预算收入2.1亿元,完成年度预算的61.2%。'
		});
		expect(pick(results, ['indicator', 'value', 'unit', 'completion'])).toEqual([
			{ indicator: 'high_standard_farmland', value: 2400, unit: '亩', completion: 112.5 },
			{ indicator: 'foreign_investment', value: 1500, unit: '万美元', completion: 98 },
			{ indicator: 'general_budget_revenue', value: 2.1, unit: '亿元', completion: 61.2 }
		]);
	});
	it('reads the target size inside a completion claim as the target, not a figure', () => {
		const { results } = run({
			review:
				'新建高标准农田6000亩,超额完成区下达的5000亩任务。新增耕地1.6万亩,超额完成市定1.4万亩的年度任务。'
		});
		expect(pick(results, ['indicator', 'value', 'claim'])).toEqual([
			{ indicator: 'high_standard_farmland', value: 6000, claim: 'exceeded' },
			{ indicator: null, value: 1.6, claim: 'exceeded' }
		]);
	});
	it('attaches a completion rate to the nearest figure', () => {
		const { results } = run({ review: '完成工业投资6340万元,完成全年目标任务的82.6%。' });
		expect(pick(results, ['indicator', 'value', 'completion'])).toEqual([
			{ indicator: 'industrial_investment', value: 6340, completion: 82.6 }
		]);
	});
	it('reads a growth-only statement and a decline', () => {
		const { results } = run({ review: '农业增加值增长3.2%,工业投资同比下降4.5%。' });
		expect(pick(results, ['indicator', 'value', 'growth'])).toEqual([
			{ indicator: 'agriculture_value_added', value: null, growth: 3.2 },
			{ indicator: 'industrial_investment', value: null, growth: -4.5 }
		]);
	});
	it('marks figures under a 预计 as estimates, across semicolons', () => {
		const { results } = run({
			review: '全年预计实现地区生产总值42亿元;财政总收入2.1亿元。固定资产投资9亿元。'
		});
		expect(results.map((r) => [r.indicator, r.estimated])).toEqual([
			['gdp', true],
			['fiscal_revenue_total', true],
			['fixed_asset_investment', false]
		]);
	});
	it('reads year-to-date periods', () => {
		const { results } = run({
			review: '1-9月,规上工业总产值12亿元。截至11月底,固定资产投资6亿元。上半年,财政总收入1.2亿元。'
		});
		expect(results.map((r) => r.period)).toEqual(['M1-9', 'M1-11', 'H1']);
	});
	it("keeps a year-to-date period past a share of the whole year's target", () => {
		const { results } = run({
			review: '截至9月底,财政总收入1800万元,占全年工作目标的80%;固定资产投资4亿元,增长9%。'
		});
		expect(results.map((r) => [r.indicator, r.period])).toEqual([
			['fiscal_revenue_total', 'M1-9'],
			['fixed_asset_investment', 'M1-9']
		]);
	});
	it('reads a bare percentage after value added as its growth, not after a share', () => {
		const { results } = run({
			review: '全年规上工业增加值8.5%,规上工业增加值占地区生产总值比重40%,限上社销零总额增幅6%。'
		});
		expect(pick(results, ['indicator', 'value', 'growth'])).toEqual([
			{ indicator: 'industrial_value_added_above_scale', value: null, growth: 8.5 },
			{ indicator: 'retail_sales_above_quota', value: null, growth: 6 }
		]);
	});
	it('reads year-to-date spans written with 至 or in Chinese numerals', () => {
		const { results } = run({
			review:
				'一至五月,固定资产投资6亿元。1至8月,财政总收入1.9亿元。截至十月底,规上工业总产值40亿元。'
		});
		expect(results.map((r) => r.period)).toEqual(['M1-5', 'M1-8', 'M1-10']);
	});
	it('defaults to the first half in a mid-year report', () => {
		const { results } = run(
			{ review: '全镇实现规上工业总产值3.3亿元。' },
			{ kind: 'midyear', reportYear: 2031 }
		);
		expect(pick(results, ['year', 'period'])).toEqual([{ year: 2031, period: 'H1' }]);
	});
	it('gives a 其中 part and a per-village average their scope', () => {
		const { results } = run({
			review:
				'工业产值50亿元,其中镇本级20亿元。村集体经营性收入合计900万元,村均60万元,同比增长12%。'
		});
		expect(pick(results, ['indicator', 'value', 'scope', 'growth'])).toEqual([
			{ indicator: 'industrial_output', value: 50, scope: undefined, growth: null },
			{ indicator: 'industrial_output', value: 20, scope: '镇本级', growth: null },
			{ indicator: 'village_collective_income', value: 900, scope: undefined, growth: 12 },
			{ indicator: 'village_collective_income', value: 60, scope: '村均', growth: 12 }
		]);
	});
	it('reads five-year figures in a 五年来 paragraph', () => {
		const { results } = run({
			review: '——五年来,经济实力稳步增强。累计完成固定资产投资36亿元,社会消费品零售总额增幅达35%。'
		});
		expect(pick(results, ['indicator', 'period', 'value', 'growth'])).toEqual([
			{ indicator: 'fixed_asset_investment', period: '5y', value: 36, growth: null },
			{ indicator: 'retail_sales', period: '5y', value: null, growth: 35 }
		]);
	});
	it('reads a five-year change as an end level with its average growth and a dated base level', () => {
		const { results } = run({
			review:
				'——五年来,发展基础更加坚实。财政总收入从2024年的2.5亿元提高到3.4亿元,年均增长6.3%;' +
				'规上工业总产值三年累计完成120亿元,年均增长8%;累计完成工业投资15亿元。' +
				'农民人均可支配收入由15000元增加到21000元。工业投资由2025年的4亿元提高到2030年的6亿元。'
		});
		expect(pick(results, ['indicator', 'year', 'period', 'value', 'growth'])).toEqual([
			{ indicator: 'fiscal_revenue_total', year: 2024, period: 'year', value: 2.5, growth: null },
			{ indicator: 'fiscal_revenue_total', year: 2030, period: '5y', value: 3.4, growth: 6.3 },
			{
				indicator: 'industrial_output_above_scale',
				year: 2030,
				period: '5y',
				value: 120,
				growth: 8
			},
			{ indicator: 'industrial_investment', year: 2030, period: '5y', value: 15, growth: null },
			// (由15000元: a base with no year of its own is the start of the change, not a level)
			{
				indicator: 'rural_disposable_income',
				year: 2030,
				period: '5y',
				value: 21000,
				growth: null
			},
			{ indicator: 'industrial_investment', year: 2025, period: 'year', value: 4, growth: null },
			{ indicator: 'industrial_investment', year: 2030, period: '5y', value: 6, growth: null }
		]);
	});
	it('reads an explicit earlier year and 超额完成 claims', () => {
		const { results } = run({
			review: '2029年度研发投入达1.1亿元。新增耕地88亩,超额完成任务。'
		});
		expect(pick(results, ['indicator', 'year', 'value', 'claim'])).toEqual([
			{ indicator: 'rd_expenditure', year: 2029, value: 1.1, claim: undefined },
			{ indicator: null, year: 2030, value: 88, claim: 'exceeded' }
		]);
	});
	it('keeps counts out of a money indicator and skips thresholds', () => {
		const { results } = run({
			review: '全镇9个村集体经营性收入均超30万元,消除集体收入10万元以下村的目标。'
		});
		expect(results).toHaveLength(0);
	});
	it('reads a rate named by the clause before it, and one rate for a pair', () => {
		const { results } = run({
			review: '参加基本医疗保险,参保率达97%以上。城乡居民养老保险和城乡居民医疗保险率达98%。'
		});
		expect(pick(results, ['indicator', 'value', 'unit'])).toEqual([
			{ indicator: 'medical_insurance_coverage', value: 97, unit: '%' },
			{ indicator: 'pension_coverage', value: 98, unit: '%' },
			{ indicator: 'medical_insurance_coverage', value: 98, unit: '%' }
		]);
	});
	it('pairs a 分别 list of subjects with its values and a 分别 growth list with the figures', () => {
		const { results } = run({
			review:
				'城镇、农村居民人均可支配收入分别为3.1万元、1.9万元,分别增长4.2%、6.3%。' +
				'进出口总额5亿元,其中出口3亿元,分别增长2%和9%。城乡居民可支配收入分别达到41200元和23700元。'
		});
		expect(pick(results, ['indicator', 'value', 'unit', 'growth'])).toEqual([
			{ indicator: 'urban_disposable_income', value: 3.1, unit: '万元', growth: 4.2 },
			{ indicator: 'rural_disposable_income', value: 1.9, unit: '万元', growth: 6.3 },
			{ indicator: 'foreign_trade', value: 5, unit: '亿元', growth: 2 },
			{ indicator: 'exports', value: 3, unit: '亿元', growth: 9 },
			{ indicator: 'urban_disposable_income', value: 41200, unit: '元', growth: null },
			{ indicator: 'rural_disposable_income', value: 23700, unit: '元', growth: null }
		]);
	});
	it('reads newly attracted projects of a class with the class as scope, and 新农合 coverage', () => {
		const { results } = run({
			review:
				'全年新引进5000万元以上制造业项目4个,引进招商项目9个。新型农村合作医疗参保率达到97.5%。'
		});
		expect(pick(results, ['indicator', 'value', 'scope'])).toEqual([
			{ indicator: 'new_investment_projects', value: 4, scope: '5000万元以上制造业项目' },
			{ indicator: 'new_investment_projects', value: 9, scope: undefined },
			{ indicator: 'medical_insurance_coverage', value: 97.5, scope: undefined }
		]);
	});
	it('reads a level held steady (稳定在) as the level', () => {
		const { results } = run({ review: '粮食播种面积稳定在5.8万亩,医疗保险参保率稳定在97%以上。' });
		expect(pick(results, ['indicator', 'value', 'unit', 'bound'])).toEqual([
			{ indicator: 'grain_area', value: 5.8, unit: '万亩', bound: undefined },
			{ indicator: 'medical_insurance_coverage', value: 97, unit: '%', bound: 'at_least' }
		]);
	});
	it('takes the figure reached over a milestone passed, and a growth after its cause', () => {
		const { results } = run({
			review:
				'规上工业总产值突破80亿元,达到82.4亿元,增长6%。社会消费品零售总额6.1亿元,受市场需求疲弱影响下降1.8%。'
		});
		expect(pick(results, ['indicator', 'value', 'growth', 'bound'])).toEqual([
			{ indicator: 'industrial_output_above_scale', value: 82.4, growth: 6, bound: undefined },
			{ indicator: 'retail_sales', value: 6.1, growth: -1.8, bound: undefined }
		]);
	});
	it('reads a catalogued name followed by 总额, and leaves a revenue component out of its total', () => {
		const { results } = run({
			review: '村级集体经营性收入总额530万元,增长11%。一般公共预算收入3.1亿元,其中税收收入2.2亿元。'
		});
		expect(pick(results, ['indicator', 'value', 'growth', 'scope'])).toEqual([
			{ indicator: 'village_collective_income', value: 530, growth: 11, scope: undefined },
			{ indicator: 'general_budget_revenue', value: 3.1, growth: null, scope: undefined }
		]);
	});
	it('gives a generic 总额 after a growth-only clause to the subject of that clause', () => {
		const { results } = run({
			review: '工业投资增长5%,总额突破3亿元。农业总产值同比增长4%,全年达到9.5亿元。'
		});
		expect(pick(results, ['indicator', 'value', 'unit', 'growth', 'bound'])).toEqual([
			{ indicator: 'industrial_investment', value: 3, unit: '亿元', growth: 5, bound: 'at_least' },
			{ indicator: 'agriculture_output', value: 9.5, unit: '亿元', growth: 4, bound: undefined }
		]);
	});
	it('reads a village statistic whose owner the sentence names once', () => {
		const { results } = run({
			review: '村组两级总资产12.3亿元,同比增长4%;总收入2.1亿元,同比增长9%;纯收入1.4亿元。'
		});
		expect(pick(results, ['indicator', 'text', 'value', 'growth'])).toEqual([
			{ indicator: 'village_collective_income', text: '村组两级总收入', value: 2.1, growth: 9 }
		]);
	});
	it('leaves another statistic under 其中 and an absolute change out, keeping a channel as scope', () => {
		const { results } = run({
			review:
				'全镇实现地区生产总值52.3亿元,比上年增长5.8%;其中,第二产业增加值30.1亿元,增长6.2%。' +
				'市场成交额260亿元,其中网上成交额90亿元。农民人均可支配收入2.83万元,比上年增加2150元,增长7.0%。'
		});
		expect(pick(results, ['indicator', 'value', 'growth', 'scope'])).toEqual([
			{ indicator: 'gdp', value: 52.3, growth: 5.8, scope: undefined },
			{ indicator: 'market_turnover', value: 260, growth: null, scope: undefined },
			{ indicator: 'market_turnover', value: 90, growth: null, scope: '网上' },
			{ indicator: 'rural_disposable_income', value: 2.83, growth: 7, scope: undefined }
		]);
	});
	it('does not read results from the plan', () => {
		const { results } = run({ plan: '全年实现地区生产总值100亿元。' });
		expect(results).toHaveLength(0);
	});
});
