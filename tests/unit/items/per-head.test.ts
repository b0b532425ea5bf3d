import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/lib/extract';
import { findIndicator } from '../../../src/lib/indicators';
import { run } from './helpers';

describe('figures per head and shares of a total', () => {
	it('reads 人均 before a total as another statistic, kept as text', () => {
		expect(findIndicator('人均生产总值')).toBeNull();
		expect(findIndicator('人均GDP')).toBeNull();
		expect(findIndicator('居民人均可支配收入')?.id).toBe('resident_income');
		const { results } = run({ review: '2030年,全镇人均GDP17200元,地区生产总值8.4亿元。' });
		expect(results.map((r) => [r.indicator, r.text, r.value])).toEqual([
			[null, '人均GDP', 17200],
			['gdp', '地区生产总值', 8.4]
		]);
	});
	it('reads a share of a total (甲占规上工业增加值比重) as the share, not the total', () => {
		expect(findIndicator('新材料产业增加值占规模以上工业增加值比重')).toBeNull();
		expect(findIndicator('规模以上工业增加值')?.id).toBe('industrial_value_added_above_scale');
	});
	it('opens the statement of main targets after 主要预期目标，即：', () => {
		const text =
			'某镇2031年政府工作报告\n各位代表:\n一、2030年工作回顾\n2030年,全镇地区生产总值增长5%。\n' +
			'二、2031年工作安排\n报告提出了2031年全镇的主要预期目标,即:地区生产总值增长7.5%,固定资产投资增长6%。\n';
		const targets = extractDocument({
			fileName: 'r.txt',
			bytes: Buffer.from(text)
		}).reports.flatMap((r) => r.targets);
		expect(targets.map((t) => [t.tier, t.indicator, t.value])).toEqual([
			['headline', 'gdp', 7.5],
			['headline', 'fixed_asset_investment', 6]
		]);
	});
});

describe('the firms above the quota as a statistic’s universe', () => {
	it('reads 限上零售企业实现社会消费品零售总额 as the above-quota retail total, with no part', () => {
		const { results } = run({
			review:
				'2030年,25家限上零售企业实现社会消费品零售总额3.1亿元,同比增长12%;31家限上商贸企业实现批发零售业商品销售额9.5亿元。'
		});
		expect(results.map((r) => [r.indicator, r.scope ?? null, r.value])).toEqual([
			['retail_sales_above_quota', null, 3.1],
			['wholesale_retail_sales', null, 9.5]
		]);
	});
});
