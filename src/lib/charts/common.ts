/**
 * Shared pieces of the chart option builders. Every builder is a pure function from plain data
 * to an ECharts option, so it can be unit-tested and used both in the browser and for the
 * server-rendered SVG of the brief.
 */
import type { ComposeOption } from 'echarts/core';
import type {
	BarSeriesOption,
	HeatmapSeriesOption,
	LineSeriesOption,
	ScatterSeriesOption
} from 'echarts/charts';
import type {
	GridComponentOption,
	LegendComponentOption,
	TooltipComponentOption
} from 'echarts/components';
import type { Lang } from '../format/number';
import type { ColorScheme } from '../format/status';

export type ChartOption = ComposeOption<
	| BarSeriesOption
	| HeatmapSeriesOption
	| LineSeriesOption
	| ScatterSeriesOption
	| GridComponentOption
	| LegendComponentOption
	| TooltipComponentOption
>;

export interface ChartPrefs {
	lang: Lang;
	colors: ColorScheme;
	/** Off for server-side rendering (a static SVG has no animation). */
	animation?: boolean;
}

export const FONT_FAMILY =
	"system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";

export function base(prefs: ChartPrefs): Pick<ChartOption, 'animation' | 'textStyle' | 'aria'> {
	return {
		animation: prefs.animation ?? true,
		textStyle: { fontFamily: FONT_FAMILY },
		// The data table beside every chart is the accessible version; ECharts' own aria label
		// would only repeat it.
		aria: { enabled: false }
	};
}

/** Escapes text placed into tooltip HTML (labels come from report text: untrusted). */
export function escapeHtml(s: string): string {
	return s.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);
}

/** Minimum and maximum of the finite numbers given, padded so points do not sit on the frame. */
export function paddedExtent(values: number[], pad = 0.08): [number, number] {
	const xs = values.filter((v) => Number.isFinite(v));
	if (xs.length === 0) return [0, 1];
	let lo = Math.min(...xs);
	let hi = Math.max(...xs);
	if (lo === hi) {
		const d = Math.abs(lo) * 0.1 || 1;
		lo -= d;
		hi += d;
	}
	const span = hi - lo;
	return [lo - span * pad, hi + span * pad];
}

function parseHex(hex: string): [number, number, number] {
	const n = parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The colour at `t` in [0, 1] between two hex colours (linear in sRGB). */
export function mixColor(from: string, to: string, t: number): string {
	const a = parseHex(from);
	const b = parseHex(to);
	const k = Math.min(1, Math.max(0, t));
	return (
		'#' +
		a
			.map((x, i) => Math.round(x + (b[i] - x) * k))
			.map((x) => x.toString(16).padStart(2, '0'))
			.join('')
	);
}

/** Black or white, whichever reads better on `bg` (WCAG relative luminance). */
export function textOn(bg: string): string {
	const lin = parseHex(bg).map((c) => {
		const v = c / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	});
	const l = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
	// Contrast with white (1.05 / (l + 0.05)) beats contrast with black ((l + 0.05) / 0.05)?
	return 1.05 / (l + 0.05) > (l + 0.05) / 0.05 ? '#ffffff' : '#000000';
}
