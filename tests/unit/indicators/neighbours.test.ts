import { describe, expect, it } from 'vitest';
import { findIndicator } from '../../../src/lib/indicators';

const id = (p: string) => findIndicator(p)?.id ?? null;

describe('near neighbours are told apart', () => {
	it('a sector word before a general name is another indicator', () => {
		expect(id('旅游业生产总值')).toBeNull();
		expect(id('外资到位资金')).toBeNull();
		expect(id('全镇生产总值')).toBe('gdp');
	});
	it('older names of the budget revenue and the rural medical scheme’s rate are catalogued', () => {
		expect(id('财政预算收入')).toBe('general_budget_revenue');
		expect(id('合作医疗参合率')).toBe('medical_insurance_coverage');
		expect(id('实到外资')).toBe('foreign_investment');
		expect(id('经济增速')).toBe('gdp');
		expect(id('固定资产总投资')).toBe('fixed_asset_investment');
	});
	it('short names of above-quota trade and of high-tech firms are catalogued', () => {
		expect(id('限上批发')).toBe('wholesale_retail_sales');
		expect(id('批零住餐销售额')).toBe('wholesale_retail_sales');
		expect(id('限上零售')).toBe('retail_sales_above_quota');
		expect(id('限上餐饮')).toBe('catering_revenue_above_quota');
		expect(id('新增国家高新企业')).toBe('high_tech_enterprises');
		expect(id('规上工业生产总值')).toBe('industrial_output_above_scale');
		// 限下零售 stays below the quota
		expect(id('限下零售')).toBeNull();
	});
	it('below-scale enterprises (规下, 限额以下) are not the whole industry or trade', () => {
		expect(id('规下工业产值')).toBeNull();
		expect(id('规模以下工业总产值')).toBeNull();
		expect(id('限额以下社会消费品零售总额')).toBeNull();
		expect(id('规上工业产值')).toBe('industrial_output_above_scale');
	});
	it('a catalogued compound still wins by length', () => {
		expect(id('农业生产总值')).toBe('agriculture_output');
		expect(id('规模工业增加值')).toBe('industrial_value_added_above_scale');
		expect(id('限额以上社会消费品零售总额')).toBe('retail_sales_above_quota');
		expect(id('工业总产值')).toBe('industrial_output');
	});
});
