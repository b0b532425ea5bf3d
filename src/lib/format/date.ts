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
