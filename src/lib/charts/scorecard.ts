import type { Status } from '../types';
import { STATUSES, STATUS_GLYPH, STATUS_LABEL, statusColors } from '../format/status';
import { base, type ChartOption, type ChartPrefs } from './common';

export type StatusCounts = Partial<Record<Status, number>>;

export interface ScorecardInput {
	years: number[];
	counts: Record<number, StatusCounts>;
}

/** Statuses that occur at least once, in the canonical order. */
export function usedStatuses(counts: StatusCounts[]): Status[] {
	return STATUSES.filter((s) => counts.some((c) => (c[s] ?? 0) > 0));
}

/** One stacked bar per year, one segment per status (legend names carry glyph and label). */
export function scorecardOption(input: ScorecardInput, prefs: ChartPrefs): ChartOption {
	const colors = statusColors(prefs.colors);
	const all = input.years.map((y) => input.counts[y] ?? {});
	const statuses = usedStatuses(all);
	return {
		...base(prefs),
		grid: { left: 8, right: 16, top: 40, bottom: 8 },
		legend: { top: 0, type: 'scroll' },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
		xAxis: { type: 'category', data: input.years.map(String) },
		yAxis: { type: 'value', minInterval: 1 },
		series: statuses.map((s) => ({
			type: 'bar' as const,
			name: `${STATUS_GLYPH[s]} ${STATUS_LABEL[prefs.lang][s]}`,
			stack: 'status',
			itemStyle: { color: colors[s] },
			data: all.map((c) => c[s] ?? 0)
		}))
	};
}

/** Horizontal bars of the count per status (the brief's summary chart). */
export function statusBarOption(counts: StatusCounts, prefs: ChartPrefs): ChartOption {
	const colors = statusColors(prefs.colors);
	const statuses = usedStatuses([counts]);
	return {
		...base(prefs),
		grid: { left: 8, right: 40, top: 8, bottom: 8 },
		tooltip: { trigger: 'item' },
		xAxis: { type: 'value', minInterval: 1 },
		yAxis: {
			type: 'category',
			inverse: true,
			data: statuses.map((s) => `${STATUS_GLYPH[s]} ${STATUS_LABEL[prefs.lang][s]}`)
		},
		series: [
			{
				type: 'bar',
				data: statuses.map((s) => ({ value: counts[s] ?? 0, itemStyle: { color: colors[s] } })),
				label: { show: true, position: 'right' }
			}
		]
	};
}
