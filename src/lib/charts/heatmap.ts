import { formatNumber } from '../format/number';
import { shareRamp } from '../format/status';
import { translator } from '../i18n';
import { base, escapeHtml, mixColor, textOn, type ChartOption, type ChartPrefs } from './common';

export interface HeatmapInput {
	towns: { key: string; label: string; synthetic: boolean }[];
	years: number[];
	/** share in [0, 1], or null when no target of that year has a final verdict. */
	cells: { town: string; year: number; share: number | null; met: number; judged: number }[];
}

/** Towns × years, coloured by the share of targets met; the value is also printed in each cell. */
export function heatmapOption(input: HeatmapInput, prefs: ChartPrefs): ChartOption {
	const t = translator(prefs.lang);
	const years = input.years.map(String);
	const townIndex = new Map(input.towns.map((tw, i) => [tw.key, i]));
	const labels = input.towns.map((tw) =>
		tw.synthetic ? `${tw.label}（${t('common.synthetic')}）` : tw.label
	);
	const [lo, hi] = shareRamp(prefs.colors);
	const data: {
		value: [number, number, number, number, number];
		itemStyle: { color: string };
		label: { color: string };
	}[] = [];
	for (const c of input.cells) {
		const y = townIndex.get(c.town);
		const x = input.years.indexOf(c.year);
		if (y === undefined || x < 0 || c.share == null) continue;
		// Colour is computed here rather than by a visualMap component (smaller client bundle).
		const color = mixColor(lo, hi, c.share);
		data.push({
			value: [x, y, Math.round(c.share * 1000) / 10, c.met, c.judged],
			itemStyle: { color },
			label: { color: textOn(color) }
		});
	}
	return {
		...base(prefs),
		grid: { left: 8, right: 16, top: 8, bottom: 8 },
		tooltip: {
			formatter: (p: unknown) => {
				const v = (p as { value: [number, number, number, number, number] }).value;
				const share = `${formatNumber(v[2], prefs.lang, 1)}%`;
				return `${escapeHtml(labels[v[1]])} · ${years[v[0]]}<br>${t('common.shareMet')} ${share}（${v[3]}/${v[4]}）`;
			}
		},
		xAxis: { type: 'category', data: years, splitArea: { show: true } },
		yAxis: {
			type: 'category',
			data: labels,
			inverse: true,
			splitArea: { show: true },
			// A long town name must not squeeze the cells; the tooltip and the table keep it whole.
			axisLabel: { width: 112, overflow: 'truncate' }
		},
		series: [
			{
				type: 'heatmap',
				name: t('common.shareMet'),
				data,
				label: {
					show: true,
					formatter: (p: unknown) =>
						`${formatNumber((p as { value: number[] }).value[2], prefs.lang, 0)}%`
				},
				emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } }
			}
		]
	};
}
