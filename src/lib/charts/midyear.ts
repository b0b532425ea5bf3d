import type { Status } from '../types';
import { formatNumber } from '../format/number';
import { STATUS_GLYPH, STATUS_LABEL, statusColors } from '../format/status';
import { translator } from '../i18n';
import { base, escapeHtml, type ChartOption, type ChartPrefs } from './common';

export interface MidyearRow {
	label: string;
	/** Share of the annual target completed, in percent. */
	completion: number;
	/** Share of the year elapsed at the end of the period, in percent. */
	expected: number;
	status: Status;
}

/** Completion bars with a tick at the share of the year elapsed. */
export function midyearOption(rows: MidyearRow[], prefs: ChartPrefs): ChartOption {
	const t = translator(prefs.lang);
	const colors = statusColors(prefs.colors);
	const pct = (v: number) => `${formatNumber(v, prefs.lang, 1)}%`;
	const max = Math.max(100, ...rows.map((r) => r.completion), ...rows.map((r) => r.expected));
	return {
		...base(prefs),
		grid: { left: 8, right: 40, top: 32, bottom: 8 },
		legend: { top: 0, data: [t('town.completion'), t('town.expected')] },
		tooltip: {
			trigger: 'item',
			formatter: (p: unknown) => {
				const r = rows[(p as { dataIndex: number }).dataIndex];
				return `${escapeHtml(r.label)}<br>${t('town.completion')} ${pct(r.completion)} · ${t(
					'town.expected'
				)} ${pct(r.expected)}<br>${STATUS_GLYPH[r.status]} ${STATUS_LABEL[prefs.lang][r.status]}`;
			}
		},
		xAxis: {
			type: 'value',
			min: 0,
			max: Math.ceil(max / 10) * 10,
			axisLabel: { formatter: (v: number) => `${v}%` }
		},
		yAxis: { type: 'category', data: rows.map((r) => r.label), inverse: true },
		series: [
			{
				type: 'bar',
				name: t('town.completion'),
				barMaxWidth: 22,
				data: rows.map((r) => ({ value: r.completion, itemStyle: { color: colors[r.status] } })),
				label: {
					show: true,
					position: 'right',
					formatter: (p: unknown) => pct((p as { value: number }).value)
				}
			},
			{
				type: 'scatter',
				name: t('town.expected'),
				symbol: 'rect',
				symbolSize: [4, 26],
				itemStyle: { color: '#222' },
				data: rows.map((r) => r.expected)
			}
		]
	};
}
