import { describe, expect, it } from 'vitest';
import { INDICATORS, findIndicator, lookupIndicator, unitFits } from '../../../src/lib/indicators';

describe('indicator catalogue', () => {
	it('gives every entry a unit family and a direction', () => {
		for (const ind of INDICATORS) {
			expect(['currency', 'count', 'area', 'rate', 'mass', 'energy', 'length', 'other']).toContain(
				ind.unitFamily
			);
			expect(typeof ind.upIsGood).toBe('boolean');
		}
		expect(INDICATORS.find((i) => i.id === 'unemployment_rate')?.upIsGood).toBe(false);
	});
	it('matches the longest alias, preferring the end of the phrase', () => {
		expect(findIndicator('全镇实现规上工业总产值')?.id).toBe('industrial_output_above_scale');
		expect(findIndicator('全镇实现工业总产值')?.id).toBe('industrial_output');
		expect(findIndicator('规上工业企业研发经费支出')?.id).toBe('rd_expenditure');
		expect(findIndicator('开展文化活动')).toBeNull();
	});
	it('matches on the matching form (full-width brackets, traditional characters)', () => {
		expect(lookupIndicator('規（限）上服務業營收')).toBe('services_revenue_above_scale');
	});
	it('checks units against the unit family', () => {
		expect(unitFits('village_collective_income', '万元')).toBe(true);
		expect(unitFits('village_collective_income', '个')).toBe(false);
		expect(unitFits('high_standard_farmland', '万亩')).toBe(true);
		expect(unitFits('pension_coverage', '%')).toBe(true);
		// 21.4亿 with its 元 left out, 7330万美金
		expect(unitFits('fixed_asset_investment', '亿')).toBe(true);
		expect(unitFits('foreign_investment', '万美金')).toBe(true);
		expect(unitFits('fixed_asset_investment', '个')).toBe(false);
	});
	it('names other reports use: 一般公共预算总收入, 粮食年总产量, 限额以上商业销售额, 新增四上企业', () => {
		expect(findIndicator('全镇一般公共预算总收入')?.id).toBe('general_budget_revenue');
		expect(findIndicator('粮食年总产量')?.id).toBe('grain_output');
		expect(findIndicator('限额以上商业销售额')?.id).toBe('wholesale_retail_sales');
		expect(findIndicator('新增四上企业')?.id).toBe('new_enterprises_above_scale_or_quota');
	});
	it('names the level of a budget (一般公共预算本级收入) and a short 固定投资', () => {
		expect(findIndicator('一般公共预算本级收入')?.id).toBe('general_budget_revenue');
		expect(findIndicator('全年固定投资')?.id).toBe('fixed_asset_investment');
		expect(findIndicator('地方财政总财力')?.id).toBe('disposable_fiscal_revenue');
		expect(findIndicator('限上商品零售额')?.id).toBe('retail_sales_above_quota');
		expect(findIndicator('限上零售额')?.id).toBe('retail_sales_above_quota');
		expect(findIndicator('限额以上企业销售额')?.id).toBe('wholesale_retail_sales');
		expect(findIndicator('完成规上总产值')?.id).toBe('industrial_output_above_scale');
		expect(findIndicator('招商引资实到内资')?.id).toBe('investment_attracted');
		expect(findIndicator('新进规企业')?.id).toBe('new_above_scale_enterprises');
		expect(findIndicator('新增“四上”单位')?.id).toBe('new_enterprises_above_scale_or_quota');
		expect(findIndicator('商品销售总额')?.id).toBe('wholesale_retail_sales');
		// contracts: 合同金额, 合同资金, 合同利用资金 are investment signed; 合同项目 the projects
		expect(findIndicator('总合同资金')?.id).toBe('investment_signed');
		expect(findIndicator('合同利用资金')?.id).toBe('investment_signed');
		expect(findIndicator('合同项目')?.id).toBe('new_investment_projects');
		expect(findIndicator('共引进资金')?.id).toBe('investment_attracted');
		expect(findIndicator('低效利用土地再开发')?.id).toBe('inefficient_land_cleared');
		expect(findIndicator('村均集体经济经常性收入')?.id).toBe('village_collective_income');
	});
	it('reads a name with a quoted word (新增“五上”企业) and 粮食播面', () => {
		expect(findIndicator('新增“四上”企业')).toMatchObject({
			id: 'new_enterprises_above_scale_or_quota',
			start: 0,
			end: 8
		});
		expect(findIndicator('新增“五上”企业')?.id).toBe('new_enterprises_above_scale_or_quota');
		expect(findIndicator('粮食播面')?.id).toBe('grain_area');
		expect(findIndicator('“双招双引”工作')).toBeNull();
	});
});
