/** Small builders for reports, targets and results used by the linking tests. */
import type { ResultItem, TargetItem } from '../../../src/lib/types';
import type { TownReport } from '../../../src/lib/linking/index';

let seq = 0;

export function target(p: Partial<TargetItem> & Pick<TargetItem, 'year'>): TargetItem {
	const text = p.text ?? '地区生产总值';
	return {
		indicator: 'gdp',
		text,
		tier: 'headline',
		measure: 'growth',
		value: 6,
		unit: '%',
		bound: 'at_least',
		quote: `${text}…${seq}`,
		start: seq,
		end: ++seq,
		...p
	};
}

export function result(p: Partial<ResultItem> & Pick<ResultItem, 'year'>): ResultItem {
	const text = p.text ?? '地区生产总值';
	return {
		indicator: 'gdp',
		text,
		period: 'year',
		value: null,
		unit: null,
		growth: null,
		completion: null,
		estimated: false,
		quote: `${text}…${seq}`,
		start: seq,
		end: ++seq,
		...p
	};
}

/** An annual report delivered early in `reportYear`, reviewing the year before. */
export function annual(
	id: string,
	reportYear: number,
	targets: TargetItem[],
	results: ResultItem[] = []
): TownReport {
	return { id, kind: 'annual', reportYear, reviewYear: reportYear - 1, targets, results };
}

export function midyear(
	id: string,
	year: number,
	results: ResultItem[],
	targets: TargetItem[] = []
): TownReport {
	return { id, kind: 'midyear', reportYear: year, reviewYear: year, targets, results };
}
