import { describe, expect, it } from 'vitest';
import { heatmapOption } from '../../../src/lib/charts/heatmap';
import { scorecardOption, statusBarOption, usedStatuses } from '../../../src/lib/charts/scorecard';
import { dumbbellOption } from '../../../src/lib/charts/dumbbell';
import { historyOption } from '../../../src/lib/charts/history';
import { midyearOption } from '../../../src/lib/charts/midyear';
import { targetScatterOption } from '../../../src/lib/charts/scatter';
import { binValues, histogramOption, niceStep } from '../../../src/lib/charts/histogram';
import { escapeHtml, mixColor, paddedExtent, textOn } from '../../../src/lib/charts/common';
import { renderSvg } from '../../../src/lib/charts/ssr';
import { shareRamp, statusColors } from '../../../src/lib/format/status';
import type { ChartPrefs } from '../../../src/lib/charts/common';

const zh: ChartPrefs = { lang: 'zh', colors: 'intl' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

describe('heatmap', () => {
	const input = {
		towns: [
			{ key: 'a', label: '甲镇', synthetic: false },
			{ key: 'b', label: '乙镇', synthetic: true }
		],
		years: [2021, 2022],
		cells: [
			{ town: 'a', year: 2021, share: 0.5, met: 2, judged: 4 },
			{ town: 'b', year: 2022, share: 1, met: 3, judged: 3 },
			{ town: 'a', year: 2022, share: null, met: 0, judged: 0 },
			{ town: 'zzz', year: 2022, share: 1, met: 1, judged: 1 }
		]
	};
	it('places cells by town and year, skipping empty and unknown ones', () => {
		const o = heatmapOption(input, zh) as Any;
		expect(o.series[0].data.map((d: Any) => d.value)).toEqual([
			[0, 0, 50, 2, 4],
			[1, 1, 100, 3, 3]
		]);
		expect(o.xAxis.data).toEqual(['2021', '2022']);
	});
	it('colours cells along the scheme ramp with readable labels', () => {
		const [lo, hi] = shareRamp('intl');
		const o = heatmapOption(
			{ ...input, cells: [...input.cells, { town: 'a', year: 2022, share: 0, met: 0, judged: 2 }] },
			zh
		) as Any;
		const full = o.series[0].data.find((d: Any) => d.value[2] === 100);
		const none = o.series[0].data.find((d: Any) => d.value[2] === 0);
		expect(full.itemStyle.color.toLowerCase()).toBe(hi.toLowerCase());
		expect(none.itemStyle.color.toLowerCase()).toBe(lo.toLowerCase());
		expect(full.label.color).toBe('#ffffff');
		expect(none.label.color).toBe('#000000');
	});
	it('badges synthetic towns in the axis labels', () => {
		const o = heatmapOption(input, zh) as Any;
		expect(o.yAxis.data[1]).toContain('合成数据');
		expect(o.yAxis.data[0]).toBe('甲镇');
		expect((heatmapOption(input, { lang: 'en', colors: 'intl' }) as Any).yAxis.data[1]).toContain(
			'synthetic'
		);
	});
	it('formats the tooltip in Chinese with the counts', () => {
		const o = heatmapOption(input, zh) as Any;
		const tip = o.tooltip.formatter({ value: [0, 0, 62.5, 5, 8] });
		expect(tip).toContain('62.5%');
		expect(tip).toContain('5/8');
	});
});

describe('scorecard', () => {
	it('stacks only the statuses that occur, coloured by the scheme', () => {
		const o = scorecardOption(
			{
				years: [2021, 2022],
				counts: { 2021: { met: 2, missed: 1 }, 2022: { met: 1, pending: 4 } }
			},
			{ lang: 'zh', colors: 'cn' }
		) as Any;
		expect(o.series.map((s: Any) => s.name)).toEqual(['✓ 完成', '✗ 未完成', '… 待评估']);
		expect(o.series[0].data).toEqual([2, 1]);
		expect(o.series[2].data).toEqual([0, 4]);
		expect(o.series[0].itemStyle.color).toBe(statusColors('cn').met);
	});
	it('lists used statuses in canonical order', () => {
		expect(usedStatuses([{ unclear: 1 }, { met: 1, behind: 0 }])).toEqual(['met', 'unclear']);
	});
	it('brief bars carry labels and counts', () => {
		const o = statusBarOption({ missed: 3, not_reported: 2 }, zh) as Any;
		expect(o.yAxis.data).toEqual(['✗ 未完成', '∅ 未报告']);
		expect(o.series[0].data.map((d: Any) => d.value)).toEqual([3, 2]);
	});
});

describe('dumbbell', () => {
	const rows = [
		{ label: '地区生产总值', target: 6.5, actual: 5.1, status: 'missed' as const },
		{ label: '固定资产投资', target: 8, actual: null, status: 'not_reported' as const }
	];
	it('joins target and actual only where an actual exists', () => {
		const o = dumbbellOption(rows, zh) as Any;
		const lines = o.series.filter((s: Any) => s.type === 'line');
		expect(lines).toHaveLength(1);
		expect(lines[0].data).toEqual([
			[6.5, '地区生产总值'],
			[5.1, '地区生产总值']
		]);
		const actual = o.series.find((s: Any) => s.name === '实际');
		expect(actual.data[0].itemStyle.color).toBe(statusColors('intl').missed);
		expect(o.xAxis.min).toBeLessThanOrEqual(5.1);
		expect(o.xAxis.max).toBeGreaterThanOrEqual(8);
	});
	it('escapes labels in tooltips', () => {
		const o = dumbbellOption(
			[{ label: '<b>x</b>', target: 1, actual: 2, status: 'met' }],
			zh
		) as Any;
		expect(o.tooltip.formatter({ dataIndex: 0 })).toContain('&lt;b&gt;');
	});
	it('adds a reference line across all rows on request', () => {
		const o = dumbbellOption(rows, zh, { referenceLine: 100 }) as Any;
		const ref = o.series.find(
			(s: Any) => s.type === 'line' && s.data.every((p: Any) => p[0] === 100)
		);
		expect(ref.data.map((p: Any) => p[1])).toEqual(['地区生产总值', '固定资产投资']);
		expect(o.xAxis.max).toBeGreaterThanOrEqual(8);
		expect(
			(dumbbellOption(rows, zh) as Any).series.filter((s: Any) => s.type === 'line')
		).toHaveLength(1);
	});
});

describe('history, mid-year, scatter', () => {
	it('shows actual as bars and targets as a line, with money tooltips', () => {
		const o = historyOption(
			{ years: [2021, 2022], target: [10, null], actual: [12000, 13000], unit: '万元' },
			zh
		) as Any;
		expect(o.series.map((s: Any) => s.type)).toEqual(['bar', 'line']);
		expect(o.series[1].data).toEqual([10, null]);
		expect(o.tooltip.valueFormatter(12000)).toBe('1.2亿元');
	});
	it('marks time elapsed next to each completion bar', () => {
		const o = midyearOption(
			[{ label: '固定资产投资', completion: 130, expected: 50, status: 'on_track' }],
			zh
		) as Any;
		expect(o.series[0].data[0].value).toBe(130);
		expect(o.series[1].data).toEqual([50]);
		expect(o.xAxis.max).toBeGreaterThanOrEqual(130);
	});
	it('draws the diagonal across the full extent of both axes', () => {
		const o = targetScatterOption(
			[
				{ label: 'a', target: 6, actual: 7, status: 'met' },
				{ label: 'b', target: 8, actual: 3, status: 'missed' }
			],
			'%',
			zh
		) as Any;
		const [p0, p1] = o.series[0].data;
		expect(p0[0]).toBe(p0[1]);
		expect(p1[0]).toBe(p1[1]);
		expect(p0[0]).toBeLessThan(3);
		expect(p1[0]).toBeGreaterThan(8);
		expect(o.xAxis.min).toBe(o.yAxis.min);
	});
});

describe('histogram', () => {
	it('chooses 1-2-5 steps', () => {
		expect(niceStep(10, 10)).toBe(1);
		expect(niceStep(30, 8)).toBe(5);
		expect(niceStep(0)).toBe(1);
	});
	it('puts every value in exactly one bin', () => {
		const values = [-3.2, -1, 0, 0.4, 2.5, 7];
		const bins = binValues(values);
		expect(bins.reduce((s, b) => s + b.count, 0)).toBe(values.length);
		expect(bins[0].from).toBeLessThanOrEqual(-3.2);
		expect(bins.at(-1)!.to).toBeGreaterThan(7);
		for (let i = 1; i < bins.length; i++) expect(bins[i].from).toBe(bins[i - 1].to);
		expect(binValues([])).toEqual([]);
		expect(binValues([2, 2, 2])).toEqual([{ from: 2, to: 3, count: 3 }]);
	});
	it('labels bins with their range and unit', () => {
		const o = histogramOption([{ from: -2, to: 0, count: 3 }], '个百分点', zh) as Any;
		expect(o.xAxis.data[0]).toBe('-2～0个百分点');
		expect(o.series[0].data).toEqual([3]);
	});
});

describe('helpers and server rendering', () => {
	it('mixes colours and picks readable text', () => {
		expect(mixColor('#000000', '#ffffff', 0.5)).toBe('#808080');
		expect(mixColor('#000000', '#ffffff', 2)).toBe('#ffffff');
		expect(textOn('#0072B2')).toBe('#ffffff');
		expect(textOn('#F0E442')).toBe('#000000');
	});
	it('pads extents and escapes html', () => {
		expect(paddedExtent([])).toEqual([0, 1]);
		const [lo, hi] = paddedExtent([0, 10]);
		expect(lo).toBeLessThan(0);
		expect(hi).toBeGreaterThan(10);
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'
		);
	});
	it('renders an SVG on the server with untrusted labels escaped', () => {
		const svg = renderSvg(
			statusBarOption({ missed: 2, met: 1 }, { ...zh, animation: false }),
			400,
			200
		);
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toContain('未完成');
		const evil = renderSvg(
			dumbbellOption([{ label: '<script>x</script>', target: 1, actual: 2, status: 'met' }], zh),
			400,
			200
		);
		expect(evil).not.toContain('<script>');
	});
});
