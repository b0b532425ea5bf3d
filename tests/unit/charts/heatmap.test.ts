import { describe, expect, it } from 'vitest';
import { heatmapOption } from '../../../src/lib/charts/heatmap';

describe('heatmap labels', () => {
	it('truncates long town names on the axis but keeps them whole in the data', () => {
		const long = '某某省某某市某某县某某某某某某某某某某某某镇';
		const o = heatmapOption(
			{
				towns: [{ key: 'a', label: long, synthetic: false }],
				years: [2021],
				cells: [{ town: 'a', year: 2021, share: 0.5, met: 1, judged: 2 }]
			},
			{ lang: 'zh', colors: 'intl' }
		) as { yAxis: { data: string[]; axisLabel: { width: number; overflow: string } } };
		expect(o.yAxis.data[0]).toBe(long);
		expect(o.yAxis.axisLabel.overflow).toBe('truncate');
		expect(o.yAxis.axisLabel.width).toBeGreaterThan(0);
	});
});
