import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/lib/extract';

const results = (text: string) =>
	extractDocument({ fileName: 't.txt', bytes: new TextEncoder().encode(text) }).reports[0].results;

describe('completion wording', () => {
	it('超额完成x% is a completion of 100 + x', () => {
		const [r] = results('一、2021年工作回顾\n全镇全年完成固定资产投资8亿元，超额完成6%。');
		expect(r).toMatchObject({ indicator: 'fixed_asset_investment', value: 8, completion: 106 });
	});
	it('为年度计划的x% states the completion', () => {
		const [r] = results('一、2021年工作回顾\n全镇重点项目完成投资2亿元，为年度计划的120%。');
		expect(r).toMatchObject({ indicator: 'project_investment', value: 2, completion: 120 });
	});
	it('a bare 为x% after a figure is not a completion', () => {
		const rs = results('一、2021年工作回顾\n全镇城镇化率为61%。');
		expect(rs.every((r) => r.completion === null)).toBe(true);
	});
});

describe('wording between an indicator and its figure', () => {
	it('a measuring modifier does not hide the growth', () => {
		const [r] = results('一、2021年工作回顾\n全镇实现地区生产总值20亿元，按可比价格计算增长6%。');
		expect(r).toMatchObject({ indicator: 'gdp', value: 20, growth: 6 });
	});
	it('a completion share right after its indicator is a result without a level', () => {
		const [r] = results('一、2021年工作回顾\n全镇财政总收入完成全年任务的104%。');
		expect(r).toMatchObject({ indicator: 'fiscal_revenue_total', value: null, completion: 104 });
	});
});
