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
