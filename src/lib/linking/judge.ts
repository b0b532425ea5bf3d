/**
 * Whether an outcome satisfies a target's bound. Pure arithmetic: the caller has already put
 * both numbers in the same unit and chosen the kind of comparison.
 */
import type { Bound } from '../types';

/**
 * 'growth': percent changes, margin in percentage points. 'rate': a level that is itself a
 * percentage (参保率 99%), also compared in points. 'level': an amount, margin as a ratio.
 */
export type Comparison = 'growth' | 'rate' | 'level';

export interface Tolerances {
	/** Slack for 左右 / 与…同步 on growth and rates, in percentage points. */
	growth: number;
	/** Slack for 左右 on levels, as a share of the target (0.02 = 2%). */
	level: number;
}

export const DEFAULT_TOLERANCES: Tolerances = { growth: 0.5, level: 0.02 };

export interface BoundCheck {
	bound: Bound;
	/** The target value (low end for a range), or the reference outcome for in_step_with/above_ref. */
	value: number;
	high?: number | null;
	actual: number;
	comparison: Comparison;
	upIsGood: boolean;
	tolerances: Tolerances;
}

const EPS = 1e-9;

/** True when the outcome satisfies the bound; reaching or beating the good direction counts. */
export function satisfies(c: BoundCheck): boolean {
	const { value: v, actual: a } = c;
	const slack = c.comparison === 'level' ? Math.abs(v) * c.tolerances.level : c.tolerances.growth;
	const good = (target: number) => (c.upIsGood ? a >= target - EPS : a <= target + EPS);
	switch (c.bound) {
		case 'at_least':
			return a >= v - EPS;
		case 'at_most':
			return a <= v + EPS;
		case 'about':
			return c.upIsGood ? a >= v - slack - EPS : a <= v + slack + EPS;
		case 'exactly':
			return good(v);
		case 'range': {
			const high = c.high ?? v;
			return c.upIsGood ? a >= v - EPS : a <= high + EPS;
		}
		case 'above':
			return a > v + EPS;
		case 'in_step_with':
			return c.upIsGood ? a >= v - slack - EPS : a <= v + slack + EPS;
		case 'above_ref':
			return a > v + EPS;
	}
}

/** Growth and rates: actual − target in points. Levels: actual / target. */
export function margin(
	comparison: Comparison,
	target: number,
	actual: number
): { margin: number | null; unit: 'pp' | 'ratio' } {
	if (comparison !== 'level') return { margin: round(actual - target, 4), unit: 'pp' };
	if (target === 0) return { margin: null, unit: 'ratio' };
	return { margin: round(actual / target, 4), unit: 'ratio' };
}

export function round(x: number, digits: number): number {
	const f = 10 ** digits;
	return Math.round(x * f) / f;
}
