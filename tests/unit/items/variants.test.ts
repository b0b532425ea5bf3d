import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const pick = <T extends object>(items: T[], keys: (keyof T)[]) =>
	items.map((t) => Object.fromEntries(keys.map((k) => [k, t[k]])));

// Wording variants of catalogued indicators and growth clauses (fictional sentences).
describe('indicator name variants', () => {
	it('reads 到账外资, 协议总投资 and 集体经济总收入 as their catalogued indicators', () => {
		const { results } = run({
			review: '全年到账外资2300万美元。招引项目9个,协议总投资31.5亿元。村集体经济总收入4.2亿元。'
		});
		const ids = results.map((r) => r.indicator);
		expect(ids).toContain('foreign_investment');
		expect(ids).toContain('investment_signed');
		expect(ids).toContain('village_collective_income');
	});
	it('reads 实际到账外资 as a headline target of foreign investment', () => {
		const { targets } = run({ plan: '主要预期目标是:实际到账外资达到9000万美元。' });
		expect(pick(targets, ['indicator', 'value', 'unit'])).toEqual([
			{ indicator: 'foreign_investment', value: 9000, unit: '万美元' }
		]);
	});
});

describe('growth wording', () => {
	it('attaches 增长率为, 比上年同期增长 and an adjusted 同口径 growth to the level before', () => {
		const { results } = run({
			review:
				'地区生产总值63.2亿元,增长率为6.4%。社会消费品零售总额18亿元,比上年同期增长9.1%。' +
				'一般公共预算收入2.3亿元,扣除留抵退税因素后同口径增长3.3%。'
		});
		expect(pick(results, ['indicator', 'value', 'growth'])).toEqual([
			{ indicator: 'gdp', value: 63.2, growth: 6.4 },
			{ indicator: 'retail_sales', value: 18, growth: 9.1 },
			{ indicator: 'general_budget_revenue', value: 2.3, growth: 3.3 }
		]);
	});
	it('attaches a growth over the term (五年增长) to the five-year figure', () => {
		const { results } = run({
			review: '五年来,规上工业总产值由2025年的40亿元增加到58亿元,五年增长45%。'
		});
		const end = results.find((r) => r.value === 58);
		expect(end).toMatchObject({ period: '5y', growth: 45 });
	});
});

describe('new projects of a class', () => {
	it('reads 新签约…项目 with the class as scope, in targets and results', () => {
		const { targets, results } = run({
			review: '全年新签约5000万元以上项目11个。',
			plan: '新签约5000万元以上项目12个。'
		});
		expect(pick(results, ['indicator', 'scope', 'value'])).toEqual([
			{ indicator: 'new_investment_projects', scope: '5000万元以上项目', value: 11 }
		]);
		expect(pick(targets, ['indicator', 'scope', 'value'])).toEqual([
			{ indicator: 'new_investment_projects', scope: '5000万元以上项目', value: 12 }
		]);
	});
});

describe('plan targets', () => {
	it('scopes a per-village average (村均) target', () => {
		const { targets } = run({
			plan: '确保村均集体经济收入达到30万元,村集体经营性收入村均增长6%。'
		});
		expect(pick(targets, ['indicator', 'scope', 'measure', 'value'])).toEqual([
			{ indicator: 'village_collective_income', scope: '村均', measure: 'level', value: 30 },
			{ indicator: 'village_collective_income', scope: '村均', measure: 'growth', value: 6 }
		]);
	});
	it('reads 重点项目计划完成投资 as project investment', () => {
		const { targets } = run({ plan: '全年重点项目计划完成投资4.8亿元。' });
		expect(pick(targets, ['indicator', 'value', 'unit'])).toEqual([
			{ indicator: 'project_investment', value: 4.8, unit: '亿元' }
		]);
	});
	it('keeps a named share held at a level, not a share of another figure', () => {
		const { targets } = run({
			plan: '教育支出占比保持在20%以上。高新技术产业产值占规上工业产值的比重达到40%。'
		});
		expect(pick(targets, ['text', 'value', 'bound'])).toEqual([
			{ text: '教育支出占比', value: 20, bound: 'at_least' }
		]);
	});
});

describe('results stated in other words', () => {
	it('reads a village income with an aside and the per-village average after it', () => {
		const { results } = run({
			review: '村(居)集体经济总收入3.1亿元,同比增长2.2%,村均收入1550万元。'
		});
		expect(pick(results, ['indicator', 'scope', 'value', 'growth'])).toEqual([
			{ indicator: 'village_collective_income', scope: undefined, value: 3.1, growth: 2.2 },
			{ indicator: 'village_collective_income', scope: '村均', value: 1550, growth: null }
		]);
	});
	it('reads a count of projects that met its investment plan as project investment', () => {
		const { results } = run({ review: '实施市级重点项目12个,完成年度投资计划的96.5%。' });
		expect(pick(results, ['indicator', 'scope', 'value', 'completion'])).toEqual([
			{ indicator: 'project_investment', scope: '市级重点项目', value: null, completion: 96.5 }
		]);
	});
	it('reads 完成投资 against the year plan as project investment', () => {
		const { results } = run({ review: '1-9月完成投资7.7亿元,占年度计划的80.2%。' });
		expect(pick(results, ['indicator', 'period', 'value', 'completion'])).toEqual([
			{ indicator: 'project_investment', period: 'M1-9', value: 7.7, completion: 80.2 }
		]);
	});
	it('reads a seasonal grain output with its season as scope', () => {
		const { results } = run({ review: '秋粮总产3.4万吨。' });
		expect(pick(results, ['indicator', 'scope', 'value', 'unit'])).toEqual([
			{ indicator: 'grain_output', scope: '秋粮', value: 3.4, unit: '万吨' }
		]);
	});
	it('reads the new ones after a stock of above-scale firms', () => {
		const { results } = run({ review: '规模以上工业企业达到52家,当年新增4家。' });
		expect(pick(results, ['indicator', 'value', 'unit'])).toEqual([
			{ indicator: 'new_above_scale_enterprises', value: 4, unit: '家' }
		]);
	});
});

describe('counts in Chinese numerals', () => {
	it('reads a count written after what it counts, not a slogan or a batch', () => {
		const { targets } = run({
			plan: '新建村级养老服务站三个。培育示范合作社四家以上。牢固树立四个意识。新建口袋公园一批。'
		});
		expect(pick(targets, ['value', 'unit', 'bound'])).toEqual([
			{ value: 3, unit: '个', bound: 'exactly' },
			{ value: 4, unit: '家', bound: 'at_least' }
		]);
	});
});
