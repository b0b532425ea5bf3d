/** Year-to-date periods and the share of the year they cover (N/12 after month N). */
import type { Period } from '../types';

/** Last month (1–12) covered by a period, or null for a five-year figure. */
export function periodEndMonth(period: Period): number | null {
	if (period === 'year') return 12;
	if (period === 'H1') return 6;
	if (period === '5y') return null;
	const m = /^M1-(\d{1,2})$/.exec(period);
	if (m) {
		const n = Number(m[1]);
		if (n >= 1 && n <= 12) return n;
	}
	return null;
}

export function isPartialPeriod(period: Period): boolean {
	const m = periodEndMonth(period);
	return m !== null && m < 12;
}

/**
 * Share of the year elapsed at the end of `period` (1 for the full year), counted in months:
 * 上半年 6/12, 前三季度 9/12, 1—N月 N/12. Reports pace themselves this way (时间过半、任务过半),
 * so a day count would put a report's own "on schedule" a fraction of a point behind.
 */
export function expectedShare(_year: number, period: Period): number {
	const month = periodEndMonth(period);
	if (month === null || month >= 12) return 1;
	return month / 12;
}
