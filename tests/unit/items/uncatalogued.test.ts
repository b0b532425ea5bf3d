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
});
