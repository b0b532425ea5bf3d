import { formatValue } from '../format/number';
import { seriesColors } from '../format/status';
import { translator } from '../i18n';
import { base, type ChartOption, type ChartPrefs } from './common';

export interface HistoryInput {
	years: number[];
	/** Target per year (null where none was set). */
	target: (number | null)[];
	/** Reported full-year value per year (null where none was reported). */
	actual: (number | null)[];
	unit: string | null;
}

/** Reported values as bars with the targets as a line across the years. */
export function historyOption(input: HistoryInput, prefs: ChartPrefs): ChartOption {
	const t = translator(prefs.lang);
	const sc = seriesColors(prefs.colors);
	const fmt = (v: unknown) =>
		typeof v === 'number' ? formatValue(v, input.unit, prefs.lang) : '—';
	return {
		...base(prefs),
		grid: { left: 8, right: 16, top: 36, bottom: 8 },
		legend: { top: 0 },
		tooltip: { trigger: 'axis', valueFormatter: fmt },
		xAxis: { type: 'category', data: input.years.map(String) },
		yAxis: { type: 'value', axisLabel: { formatter: (v: number) => fmt(v) }, scale: false },
		series: [
			{
				type: 'bar',
				name: t('common.actual'),
				itemStyle: { color: sc.actual },
				data: input.actual,
				barMaxWidth: 40
			},
			{
				type: 'line',
				name: t('common.target'),
				itemStyle: { color: sc.target },
				lineStyle: { type: 'dashed', width: 2 },
				symbol: 'diamond',
				symbolSize: 10,
				connectNulls: false,
				data: input.target
			}
		]
	};
}
