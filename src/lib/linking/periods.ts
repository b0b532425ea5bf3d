/**
 * Year-to-date periods and the share of the year they cover, counted in calendar days with
 * date-fns so that leap years come out right (H1 of 2024 is 182/366 of the year).
 */
import { differenceInCalendarDays, endOfMonth } from 'date-fns';
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

/** Share of `year` elapsed at the end of `period` (1 for the full year). */
export function expectedShare(year: number, period: Period): number {
	const month = periodEndMonth(period);
	if (month === null || month >= 12) return 1;
	const start = new Date(year, 0, 1);
	const end = endOfMonth(new Date(year, month - 1, 1));
	const elapsed = differenceInCalendarDays(end, start) + 1;
	const total = differenceInCalendarDays(new Date(year + 1, 0, 1), start);
	return elapsed / total;
}
