/**
 * A target's value and bound in words: 增长6.5%以上 / 117个左右 / 6%–7% (English: ≥ 6.5%).
 */
import type { Bound, Measure } from '../types';
import { formatNumber, formatValue, type Lang } from './number';

export interface TargetLike {
	measure: Measure;
	value: number | null;
	high?: number | null;
	unit: string | null;
	bound: Bound;
}

const ZH_SUFFIX: Partial<Record<Bound, string>> = {
	at_least: '以上',
	at_most: '以内',
	about: '左右'
};
const EN_PREFIX: Partial<Record<Bound, string>> = {
	at_least: '≥ ',
	at_most: '≤ ',
	about: '≈ ',
	above: '> '
};

export function describeTarget(t: TargetLike, lang: Lang = 'zh'): string {
	const growth = t.measure !== 'level';
	if (t.bound === 'in_step_with') return lang === 'zh' ? '同步增长' : 'in step with the economy';
	if (t.bound === 'above_ref') return lang === 'zh' ? '快于参照增长' : 'faster than the reference';
	if (t.value == null) return lang === 'zh' ? (growth ? '保持增长' : '—') : growth ? 'growth' : '—';
	if (t.bound === 'above' && growth && t.value === 0)
		return lang === 'zh' ? '正增长' : 'positive growth';
	const v = (x: number) => formatValue(x, t.unit, lang);
	if (t.bound === 'range' && t.high != null) {
		const span =
			t.unit === '%'
				? `${formatNumber(t.value, lang)}%–${formatNumber(t.high, lang)}%`
				: `${v(t.value)}–${v(t.high)}`;
		return lang === 'zh' ? (growth ? `增长${span}` : span) : growth ? `${span} growth` : span;
	}
	if (lang === 'zh') {
		const avg = t.measure === 'avg_growth' ? '年均' : '';
		const body = growth
			? t.value < 0
				? `${avg}下降${formatNumber(-t.value, lang)}%`
				: `${avg}增长${v(t.value)}`
			: v(t.value);
		const suffix = t.bound === 'above' ? '以上' : (ZH_SUFFIX[t.bound] ?? '');
		return body + suffix;
	}
	const body = growth
		? `${v(t.value)} ${t.measure === 'avg_growth' ? 'average annual growth' : 'growth'}`
		: v(t.value);
	return (EN_PREFIX[t.bound] ?? '') + body;
}
