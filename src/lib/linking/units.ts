/**
 * Units as reports write them (万元, 亿元, 万平方米, 亩…): a multiplier prefix on a base unit.
 * Targets and outcomes are compared only after both are brought to the same base.
 */

export interface ParsedUnit {
	base: string;
	factor: number;
}

const PREFIXES: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3 };
/** Bases written differently but convertible (公里 = 1000 米). */
const BASE_ALIASES: Record<string, ParsedUnit> = {
	公里: { base: '米', factor: 1e3 },
	千米: { base: '米', factor: 1e3 },
	公顷: { base: '亩', factor: 15 },
	千瓦: { base: '千瓦', factor: 1 }
};
/** Count words: different words, same kind of quantity (a number of things). */
const COUNT_WORDS = new Set(
	'个 家 项 村 户 座 所 处 条 宗 件 辆 台 套 间 名 位 只 头 批 场 次 人 人次 幢 栋 层 支 亿元项目'.split(
		' '
	)
);

export function parseUnit(unit: string | null | undefined): ParsedUnit | null {
	if (!unit) return null;
	const u = unit.trim();
	if (!u) return null;
	if (BASE_ALIASES[u]) return BASE_ALIASES[u];
	const first = u[0];
	if (u.length > 1 && PREFIXES[first] !== undefined) {
		const rest = parseUnit(u.slice(1));
		if (rest) return { base: rest.base, factor: rest.factor * PREFIXES[first] };
	}
	return { base: u, factor: 1 };
}

export interface Conversion {
	/** Multiply a value in the `from` unit by this to get the `to` unit. */
	factor: number;
	/** The two units name different count words (个 vs 家): comparable, less sure. */
	loose: boolean;
}

/** How to convert `from` into `to`, or null when they measure different things. */
export function convertUnit(from: string | null, to: string | null): Conversion | null {
	const a = parseUnit(from);
	const b = parseUnit(to);
	if (!a || !b) return null;
	if (a.base === b.base) return { factor: a.factor / b.factor, loose: false };
	if (COUNT_WORDS.has(a.base) && COUNT_WORDS.has(b.base))
		return { factor: a.factor / b.factor, loose: true };
	return null;
}

export function isPercent(unit: string | null | undefined): boolean {
	return unit === '%' || unit === '％';
}
