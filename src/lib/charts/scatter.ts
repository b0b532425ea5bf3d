import type { Status } from '../types';
import { formatValue } from '../format/number';
import { STATUS_GLYPH, STATUS_LABEL, statusColors } from '../format/status';
import { translator } from '../i18n';
import { base, escapeHtml, paddedExtent, type ChartOption, type ChartPrefs } from './common';

export interface ScatterPoint {
	label: string;
	target: number;
	actual: number;
	status: Status;
}

/** Target (x) against actual (y) with the diagonal y = x: points above it exceeded the target. */
export function targetScatterOption(
	points: ScatterPoint[],
	unit: string | null,
	prefs: ChartPrefs
): ChartOption {
	const t = translator(prefs.lang);
	const colors = statusColors(prefs.colors);
	const fmt = (v: number) => formatValue(v, unit, prefs.lang);
	const [lo, hi] = paddedExtent(points.flatMap((p) => [p.target, p.actual]));
	return {
		...base(prefs),
		grid: { left: 8, right: 24, top: 16, bottom: 8 },
		tooltip: {
			trigger: 'item',
			formatter: (p: unknown) => {
				const q = p as { seriesIndex: number; dataIndex: number };
				if (q.seriesIndex !== 1) return '';
				const d = points[q.dataIndex];
				return `${escapeHtml(d.label)}<br>${t('common.target')} ${fmt(d.target)} · ${t(
					'common.actual'
				)} ${fmt(d.actual)}<br>${STATUS_GLYPH[d.status]} ${STATUS_LABEL[prefs.lang][d.status]}`;
			}
		},
		xAxis: {
			type: 'value',
			name: t('common.target'),
			nameLocation: 'middle',
			nameGap: 28,
			min: lo,
			max: hi,
			axisLabel: { formatter: (v: number) => fmt(v) }
		},
		yAxis: {
			type: 'value',
			name: t('common.actual'),
			min: lo,
			max: hi,
			axisLabel: { formatter: (v: number) => fmt(v) }
		},
		series: [
			{
				type: 'line',
				silent: true,
				symbol: 'none',
				lineStyle: { type: 'dashed', color: '#777' },
				tooltip: { show: false },
				data: [
					[lo, lo],
					[hi, hi]
				]
			},
			{
				type: 'scatter',
				symbolSize: 12,
				data: points.map((p) => ({
					value: [p.target, p.actual],
					itemStyle: { color: colors[p.status] }
				}))
			}
		]
	};
}
