import type { Status } from '../types';
import { formatNumber } from '../format/number';
import { STATUS_GLYPH, STATUS_LABEL, seriesColors, statusColors } from '../format/status';
import { translator } from '../i18n';
import { base, escapeHtml, paddedExtent, type ChartOption, type ChartPrefs } from './common';

export interface DumbbellRow {
	label: string;
	target: number;
	actual: number | null;
	status: Status;
}

/**
 * Target against actual per row, on one percent axis: a grey diamond for the target, a dot in
 * the status colour for the actual, joined by a line. Used for growth targets (both in %) and
 * for quantity targets as a share of target (target = 100%).
 */
export function dumbbellOption(
	rows: DumbbellRow[],
	prefs: ChartPrefs,
	opts: { referenceLine?: number } = {}
): ChartOption {
	const t = translator(prefs.lang);
	const colors = statusColors(prefs.colors);
	const sc = seriesColors(prefs.colors);
	const labels = rows.map((r) => r.label);
	const pct = (v: number) => `${formatNumber(v, prefs.lang, 1)}%`;
	const [min, max] = paddedExtent(
		rows.flatMap((r) => (r.actual == null ? [r.target] : [r.target, r.actual]))
	);
	const connectors = rows
		.filter((r) => r.actual != null)
		.map((r) => ({
			type: 'line' as const,
			silent: true,
			symbol: 'none',
			lineStyle: { color: '#9a9a9a', width: 3 },
			tooltip: { show: false },
			data: [
				[r.target, r.label],
				[r.actual as number, r.label]
			]
		}));
	const tip = (i: number) => {
		const r = rows[i];
		return `${escapeHtml(r.label)}<br>${t('common.target')} ${pct(r.target)} · ${t('common.actual')} ${
			r.actual == null ? '—' : pct(r.actual)
		}<br>${STATUS_GLYPH[r.status]} ${STATUS_LABEL[prefs.lang][r.status]}`;
	};
	return {
		...base(prefs),
		grid: { left: 8, right: 24, top: 32, bottom: 8 },
		legend: { top: 0, data: [t('common.target'), t('common.actual')] },
		tooltip: {
			trigger: 'item',
			formatter: (p: unknown) => tip((p as { dataIndex: number }).dataIndex)
		},
		xAxis: {
			type: 'value',
			min: Math.floor(min),
			max: Math.ceil(max),
			axisLabel: { formatter: (v: number) => `${formatNumber(v, prefs.lang)}%` }
		},
		yAxis: { type: 'category', data: labels, inverse: true },
		series: [
			// A dashed vertical line at the reference value (e.g. 100% of target), drawn as a
			// series across the first and last category.
			...(opts.referenceLine != null && labels.length
				? [
						{
							type: 'line' as const,
							silent: true,
							symbol: 'none',
							lineStyle: { type: 'dashed' as const, color: '#555', width: 1 },
							tooltip: { show: false },
							data: [
								[opts.referenceLine, labels[0]],
								[opts.referenceLine, labels[labels.length - 1]]
							]
						}
					]
				: []),
			...connectors,
			{
				type: 'scatter',
				name: t('common.target'),
				symbol: 'diamond',
				symbolSize: 14,
				itemStyle: { color: sc.target },
				data: rows.map((r) => [r.target, r.label])
			},
			{
				type: 'scatter',
				name: t('common.actual'),
				symbol: 'circle',
				symbolSize: 12,
				itemStyle: { color: sc.actual },
				data: rows.map((r) =>
					r.actual == null
						? [null, r.label]
						: { value: [r.actual, r.label], itemStyle: { color: colors[r.status] } }
				)
			}
		]
	} as ChartOption;
}
