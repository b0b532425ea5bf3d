import { formatNumber } from '../format/number';
import { seriesColors } from '../format/status';
import { translator } from '../i18n';
import { base, type ChartOption, type ChartPrefs } from './common';

export interface Bin {
	from: number;
	to: number;
	count: number;
}

/** A "nice" step (1, 2 or 5 × 10^k) giving about `target` bins over `span`. */
export function niceStep(span: number, target = 8): number {
	if (!(span > 0)) return 1;
	const raw = span / target;
	const mag = 10 ** Math.floor(Math.log10(raw));
	const f = raw / mag;
	return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
}

/** Equal-width bins on nice boundaries covering every finite value; [from, to) except the last. */
export function binValues(values: number[], target = 8): Bin[] {
	const xs = values.filter((v) => Number.isFinite(v));
	if (xs.length === 0) return [];
	const lo = Math.min(...xs);
	const hi = Math.max(...xs);
	const step = niceStep(hi - lo, target);
	const start = Math.floor(lo / step) * step;
	const n = Math.max(1, Math.floor((hi - start) / step) + 1);
	const bins: Bin[] = Array.from({ length: n }, (_, i) => ({
		from: round(start + i * step),
		to: round(start + (i + 1) * step),
		count: 0
	}));
	for (const x of xs) bins[Math.min(n - 1, Math.floor((x - start) / step))].count++;
	return bins;
}

function round(v: number): number {
	return Math.round(v * 1e9) / 1e9;
}

/** Bars of how many records fall in each gap bin; `unitLabel` names the gap's unit. */
export function histogramOption(bins: Bin[], unitLabel: string, prefs: ChartPrefs): ChartOption {
	const t = translator(prefs.lang);
	const sc = seriesColors(prefs.colors);
	const label = (b: Bin) =>
		`${formatNumber(b.from, prefs.lang)}～${formatNumber(b.to, prefs.lang)}${unitLabel}`;
	return {
		...base(prefs),
		grid: { left: 8, right: 16, top: 16, bottom: 8 },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
		xAxis: { type: 'category', data: bins.map(label), axisLabel: { rotate: 30 } },
		yAxis: { type: 'value', minInterval: 1, name: t('common.total') },
		series: [
			{
				type: 'bar',
				name: t('common.gap'),
				barCategoryGap: '4%',
				itemStyle: { color: sc.actual },
				data: bins.map((b) => b.count)
			}
		]
	};
}
