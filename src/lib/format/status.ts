/**
 * How each assessment status is shown: an icon shape and a label always, a colour only as a
 * third cue. Colours come from the Okabe–Ito palette (distinguishable with the common forms of
 * colour blindness); which hue means "good" is a preference, because in mainland convention
 * red means up.
 */
import type { Status } from '../types';
import type { Lang } from './number';

export const STATUSES: readonly Status[] = [
	'met',
	'missed',
	'on_track',
	'behind',
	'not_reported',
	'pending',
	'unclear'
];

export const STATUS_LABEL: Record<Lang, Record<Status, string>> = {
	zh: {
		met: '完成',
		missed: '未完成',
		on_track: '进度正常',
		behind: '进度滞后',
		not_reported: '未报告',
		pending: '待评估',
		unclear: '无法判断'
	},
	en: {
		met: 'Met',
		missed: 'Missed',
		on_track: 'On track',
		behind: 'Behind',
		not_reported: 'Not reported',
		pending: 'Pending',
		unclear: 'Unclear'
	}
};

/** A text glyph per status, for places an SVG icon cannot go (chart tooltips, axis labels). */
export const STATUS_GLYPH: Record<Status, string> = {
	met: '✓',
	missed: '✗',
	on_track: '↗',
	behind: '↘',
	not_reported: '∅',
	pending: '…',
	unclear: '?'
};

export function isStatus(v: unknown): v is Status {
	return typeof v === 'string' && (STATUSES as readonly string[]).includes(v);
}

/** 'intl': blue = good, vermillion = bad. 'cn': red (vermillion) = good/up, green = bad/down. */
export type ColorScheme = 'intl' | 'cn';
export const COLOR_SCHEMES: readonly ColorScheme[] = ['intl', 'cn'];

const OKABE_ITO = {
	orange: '#E69F00',
	sky: '#56B4E9',
	green: '#009E73',
	yellow: '#F0E442',
	blue: '#0072B2',
	vermillion: '#D55E00',
	purple: '#CC79A7',
	grey: '#8C8C8C',
	lightGrey: '#C8C8C8'
};

export function statusColors(scheme: ColorScheme = 'intl'): Record<Status, string> {
	const common = {
		not_reported: OKABE_ITO.grey,
		pending: OKABE_ITO.lightGrey,
		unclear: OKABE_ITO.purple
	};
	return scheme === 'cn'
		? {
				met: OKABE_ITO.vermillion,
				missed: OKABE_ITO.green,
				on_track: OKABE_ITO.orange,
				behind: OKABE_ITO.sky,
				...common
			}
		: {
				met: OKABE_ITO.blue,
				missed: OKABE_ITO.vermillion,
				on_track: OKABE_ITO.sky,
				behind: OKABE_ITO.orange,
				...common
			};
}

/** Two-stop ramp for "share met" (0 → 1): light to the scheme's "good" hue. */
export function shareRamp(scheme: ColorScheme = 'intl'): [string, string] {
	return scheme === 'cn' ? ['#FBEFE6', OKABE_ITO.vermillion] : ['#EAF2F8', OKABE_ITO.blue];
}

/** Colours for "target" and "actual" marks in comparison charts. */
export function seriesColors(scheme: ColorScheme = 'intl'): { target: string; actual: string } {
	return scheme === 'cn'
		? { target: '#555555', actual: OKABE_ITO.vermillion }
		: { target: '#555555', actual: OKABE_ITO.blue };
}

export type StatusCounts = Partial<Record<Status, number>>;

/** Statuses that are final verdicts on a year: the denominator of "share met". */
export const JUDGED_STATUSES: readonly Status[] = ['met', 'missed', 'not_reported'];

/** Share of targets met among those with a final verdict; null when none has one. */
export function shareMet(counts: StatusCounts): {
	share: number | null;
	met: number;
	judged: number;
} {
	const met = counts.met ?? 0;
	const judged = JUDGED_STATUSES.reduce((s, k) => s + (counts[k] ?? 0), 0);
	return { share: judged ? met / judged : null, met, judged };
}
