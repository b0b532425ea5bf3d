/**
 * The indicator catalogue (data/indicators.json) and alias lookup on the matching form.
 * Longest alias wins, so 规上工业总产值 is not read as 工业总产值.
 */
import catalogue from '../../../data/indicators.json';
import { normalizeForMatching } from '../reading/normalize';

export type UnitFamily =
	'currency' | 'count' | 'area' | 'rate' | 'mass' | 'energy' | 'length' | 'other';

export interface Indicator {
	id: string;
	zh: string;
	en: string;
	aliases: string[];
	unitFamily: UnitFamily;
	upIsGood: boolean;
}

export const INDICATORS: Indicator[] = (catalogue as { indicators: Indicator[] }).indicators;
/** Sector words that turn a following catalogued name into another indicator (data, not code). */
const QUALIFIERS: string[] = (
	(catalogue as { qualifiers?: { words: string[] } }).qualifiers?.words ?? []
).map(normalizeForMatching);

const byId = new Map(INDICATORS.map((i) => [i.id, i]));
/** Matching form of every name → indicator id. */
const byName = new Map<string, string>();
/** Name lengths by the code of their last character, longest first: only those ends are tried. */
const lengthsByLast = new Map<number, number[]>();
for (const ind of INDICATORS) {
	for (const name of [ind.zh, ...ind.aliases]) {
		const key = normalizeForMatching(name);
		if (!byName.has(key)) byName.set(key, ind.id);
		const last = key.charCodeAt(key.length - 1);
		const lens = lengthsByLast.get(last) ?? [];
		if (!lens.includes(key.length)) lens.push(key.length);
		lens.sort((a, b) => b - a);
		lengthsByLast.set(last, lens);
	}
}

/**
 * Lookups of the same phrase repeat many times per report (a subject is split, resolved and
 * stripped in turn): remembered, up to a bound so memory stays flat over a long run.
 */
const MEMO_LIMIT = 20000;
const memo = new Map<string, IndicatorMatch | null>();

export function indicatorById(id: string): Indicator | undefined {
	return byId.get(id);
}

export interface IndicatorMatch {
	id: string;
	/** Offsets of the matched name inside the phrase. */
	start: number;
	end: number;
}

/**
 * The catalogued name inside `phrase` (matching form): the longest one, and among equally long
 * ones the last (a phrase names its indicator at its end: 规上工业企业研发经费支出).
 */
export function findIndicator(phrase: string): IndicatorMatch | null {
	const known = memo.get(phrase);
	if (known !== undefined) return known;
	let best: IndicatorMatch | null = null;
	for (let end = phrase.length; end > 0; end--) {
		const lens = lengthsByLast.get(phrase.charCodeAt(end - 1));
		if (!lens) continue;
		for (const len of lens) {
			if (len > end || len < 2) continue;
			// Not longer than the best so far: it would not replace it.
			if (best && len <= best.end - best.start) break;
			const id = byName.get(phrase.slice(end - len, end));
			if (id !== undefined) {
				best = { id, start: end - len, end };
				break;
			}
		}
	}
	// 农业生产总值: a sector word right before the name makes it a near neighbour, not the name.
	if (best && best.start > 0 && qualifiedBefore(phrase, best.start)) best = null;
	// 甲占规模以上工业增加值比重: the share the name is divided into, not the name's own figure
	if (best && phrase[best.start - 1] === '占' && /^的?(?:比重|比例)/.test(phrase.slice(best.end)))
		best = null;
	// 新增“四上”企业: quotation marks around a word of the name are not part of it.
	if (!best && QUOTES.test(phrase)) best = unquoted(phrase);
	if (memo.size >= MEMO_LIMIT) memo.clear();
	memo.set(phrase, best ? Object.freeze(best) : null);
	return best;
}

const QUOTES = /[“”"]/;

/** The match in `phrase` read without its quotation marks, at offsets into `phrase`. */
function unquoted(phrase: string): IndicatorMatch | null {
	const at: number[] = [];
	let bare = '';
	for (let i = 0; i < phrase.length; i++)
		if (!QUOTES.test(phrase[i])) {
			at.push(i);
			bare += phrase[i];
		}
	at.push(phrase.length);
	const m = bare ? findIndicator(bare) : null;
	return m ? { id: m.id, start: at[m.start], end: at[m.end - 1] + 1 } : null;
}

function qualifiedBefore(phrase: string, at: number): boolean {
	// 轻工业产值, 重工业产值: a branch of industry, not all of it
	if (/[轻重]$/.test(phrase.slice(0, at)) && phrase.startsWith('工业', at)) return true;
	const before = phrase.slice(Math.max(0, at - 6), at);
	return QUALIFIERS.some((w) => before.endsWith(w));
}

/** A catalogued name that ends `phrase` exactly (allowing nothing after it). */
export function findIndicatorAtEnd(phrase: string): IndicatorMatch | null {
	for (const len of lengthsByLast.get(phrase.charCodeAt(phrase.length - 1)) ?? []) {
		if (len > phrase.length || len < 2) continue;
		const id = byName.get(phrase.slice(phrase.length - len));
		if (id !== undefined) return { id, start: phrase.length - len, end: phrase.length };
	}
	return null;
}

/** Exact name → id. */
export function lookupIndicator(name: string): string | null {
	return byName.get(normalizeForMatching(name)) ?? null;
}

const FAMILY_UNITS: Record<UnitFamily, RegExp | null> = {
	// 21.4亿 with its 元 left out, 7330万美金
	currency: /元|美金|^(?:万|亿|千万|百万)$/,
	count:
		/^(?:万)?(?:家|个|项|件|人|户|名|座|所|栋|幢|间|处|宗|条|批|辆|台|套|只|头|艘|支|份|村|人次|户次)$/,
	area: /亩|平方|公顷/,
	rate: /^%$/,
	mass: /吨|公斤|斤/,
	energy: /千瓦时|标准煤|吨标煤/,
	length: /米|公里/,
	other: null
};

/** Whether a figure in `unit` can be a level of the indicator (no 个 for an income). */
export function unitFits(id: string, unit: string | null): boolean {
	const ind = byId.get(id);
	if (!ind || !unit) return true;
	const re = FAMILY_UNITS[ind.unitFamily];
	if (unit === '%') return ind.unitFamily === 'rate' || ind.unitFamily === 'other';
	return re === null || re.test(unit);
}
