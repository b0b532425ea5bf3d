/**
 * Number formatting for the dashboard: Chinese conventions first (亿元, 万元, 个百分点), with an
 * English rendering for the toggle. Pure functions; no locale state.
 */
export type Lang = 'zh' | 'en';

const fmtCache = new Map<string, Intl.NumberFormat>();

function nf(lang: Lang, maxDigits: number): Intl.NumberFormat {
	const key = `${lang}:${maxDigits}`;
	let f = fmtCache.get(key);
	if (!f) {
		f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
			maximumFractionDigits: maxDigits
		});
		fmtCache.set(key, f);
	}
	return f;
}

/** A plain number with grouping and at most `digits` decimals; '—' for null or NaN. */
export function formatNumber(
	value: number | null | undefined,
	lang: Lang = 'zh',
	digits = 2
): string {
	if (value == null || !Number.isFinite(value)) return '—';
	// -0 would print as "-0".
	return nf(lang, digits).format(value === 0 ? 0 : value);
}

/** Yuan multipliers of the money units reports write. */
const MONEY: Record<string, number> = { 元: 1, 万元: 1e4, 亿元: 1e8 };

/** The amount in yuan when `unit` is a money unit, else null. */
export function toYuan(value: number, unit: string | null | undefined): number | null {
	const m = unit ? MONEY[unit] : undefined;
	return m === undefined ? null : value * m;
}

/**
 * An amount of money in the largest Chinese unit that keeps it at or above one
 * (12300万元 → 1.23亿元), or millions/billions of yuan in English.
 */
export function formatMoney(yuan: number, lang: Lang = 'zh'): string {
	const abs = Math.abs(yuan);
	if (lang === 'en') {
		if (abs >= 1e9) return `${formatNumber(yuan / 1e9, lang)} bn yuan`;
		if (abs >= 1e6) return `${formatNumber(yuan / 1e6, lang)} m yuan`;
		return `${formatNumber(yuan, lang)} yuan`;
	}
	if (abs >= 1e8) return `${formatNumber(yuan / 1e8, lang)}亿元`;
	if (abs >= 1e4) return `${formatNumber(yuan / 1e4, lang)}万元`;
	return `${formatNumber(yuan, lang)}元`;
}

/**
 * A value in the unit the report wrote. Money in 万元/亿元 is rescaled; amounts in plain 元
 * (per-capita incomes) stay in 元, as reports write them.
 */
export function formatValue(
	value: number | null | undefined,
	unit: string | null | undefined,
	lang: Lang = 'zh'
): string {
	if (value == null || !Number.isFinite(value)) return '—';
	if (unit === '%') return `${formatNumber(value, lang)}%`;
	if (unit === '万元' || unit === '亿元') return formatMoney(toYuan(value, unit)!, lang);
	if (unit === '元' && lang === 'en') return `${formatNumber(value, lang)} yuan`;
	if (!unit) return formatNumber(value, lang);
	return lang === 'en'
		? `${formatNumber(value, lang)} ${unit}`
		: `${formatNumber(value, lang)}${unit}`;
}

/** A year-on-year change: +6.5% / −2%. */
export function formatGrowth(value: number | null | undefined, lang: Lang = 'zh'): string {
	if (value == null || !Number.isFinite(value)) return '—';
	const sign = value > 0 ? '+' : value < 0 ? '−' : '';
	return `${sign}${formatNumber(Math.abs(value), lang)}%`;
}

/** A share in [0, 1] as a percentage: 0.625 → 62.5%. */
export function formatShare(
	share: number | null | undefined,
	lang: Lang = 'zh',
	digits = 0
): string {
	if (share == null || !Number.isFinite(share)) return '—';
	return `${formatNumber(share * 100, lang, digits)}%`;
}

/**
 * An assessment margin: percentage points for growth targets (actual − target), a ratio for
 * level targets (actual / target, shown as a percentage of the target).
 */
export function formatMargin(
	margin: number | null | undefined,
	unit: string | null | undefined,
	lang: Lang = 'zh'
): string {
	if (margin == null || !Number.isFinite(margin)) return '—';
	if (unit === 'pp') {
		const sign = margin > 0 ? '+' : margin < 0 ? '−' : '±';
		const n = formatNumber(Math.abs(margin), lang);
		return lang === 'zh' ? `${sign}${n}个百分点` : `${sign}${n} pp`;
	}
	if (unit === 'ratio') {
		return lang === 'zh'
			? `完成目标的${formatNumber(margin * 100, lang, 1)}%`
			: `${formatNumber(margin * 100, lang, 1)}% of target`;
	}
	return formatNumber(margin, lang);
}
