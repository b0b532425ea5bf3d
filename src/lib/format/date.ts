import { format, isValid, parseISO } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { zhCN } from 'date-fns/locale/zh-CN';
import type { Lang } from './number';

/** A YYYY-MM-DD (or full ISO) date as 2020年8月12日 / 12 August 2020; '—' when missing. */
export function formatDate(iso: string | null | undefined, lang: Lang = 'zh'): string {
	if (!iso) return '—';
	const d = parseISO(iso);
	if (!isValid(d)) return iso;
	return lang === 'zh'
		? format(d, 'yyyy年M月d日', { locale: zhCN })
		: format(d, 'PPP', { locale: enGB });
}

/** A timestamp with time of day, for load times. */
export function formatDateTime(iso: string | null | undefined, lang: Lang = 'zh'): string {
	if (!iso) return '—';
	const d = parseISO(iso);
	if (!isValid(d)) return iso;
	return lang === 'zh'
		? format(d, 'yyyy年M月d日 HH:mm', { locale: zhCN })
		: format(d, 'PPP HH:mm', { locale: enGB });
}

/** A result's period in words: 全年 / 上半年 / 1-9月 / 五年 (English: full year, H1, Jan–Sep). */
export function formatPeriod(period: string, lang: Lang = 'zh'): string {
	if (period === 'year') return lang === 'zh' ? '全年' : 'full year';
	if (period === 'H1') return lang === 'zh' ? '上半年' : 'first half';
	if (period === '5y') return lang === 'zh' ? '五年' : 'five years';
	const m = /^M1-(\d{1,2})$/.exec(period);
	if (m)
		return lang === 'zh'
			? `1-${m[1]}月`
			: `Jan–${format(new Date(2000, Number(m[1]) - 1, 1), 'MMM', { locale: enGB })}`;
	return period;
}
