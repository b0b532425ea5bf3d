import { describe, expect, it } from 'vitest';
import { run } from './helpers';

describe('uncatalogued statistics kept as text', () => {
	it('reads a tax total after the town that reports it (青柳镇实现税收) without the town', () => {
		const { results } = run({
			review: '2030年,青柳镇实现税收1.23亿元,同比增长12%;乡镇企业税收1.1亿元;青柳镇实现产值3亿元。'
		});
		expect(results.map((r) => [r.indicator, r.text, r.value, r.growth])).toEqual([
			[null, '税收', 1.23, 12],
			[null, '乡镇企业税收', 1.1, null]
		]);
	});
	it('names a completed count by the work written after it (完成7处…修复任务)', () => {
		const { results } = run({ review: '2030年,完成7处废弃矿山整治修复任务。' });
		expect(results.map((r) => [r.text, r.value, r.unit, r.claim, r.quote])).toEqual([
			['废弃矿山整治修复', 7, '处', 'completed', '完成7处废弃矿山整治修复任务']
		]);
	});
	it('leaves out whom the work served (为60家小微企业争取贷款)', () => {
		const { results } = run({ review: '2030年,为60家小微企业争取贷款1.2亿元,新增小微企业20家。' });
		expect(results.map((r) => [r.indicator, r.value])).toEqual([
			['new_small_micro_enterprises', 20]
		]);
	});
});

describe('periods', () => {
	it('reads 截至2030年7月末 as the months to July, its year written or not', () => {
		for (const lead of ['截至2030年7月末', '截至7月末']) {
			const { results } = run(
				{ review: `${lead},全镇完成固定资产投资4.2亿元。` },
				{ kind: 'midyear', reportYear: 2030 }
			);
			expect(results.map((r) => [r.indicator, r.period, r.value])).toEqual([
				['fixed_asset_investment', 'M1-7', 4.2]
			]);
		}
	});
});
