/**
 * Number expressions in the matching form of a report (see reading/normalize.ts): Arabic and
 * Chinese numerals, thousands commas, 万/亿 multipliers kept as written units, percentages,
 * ranges, approximations (余/多) and the qualifiers before and after a figure. Pure functions;
 * offsets are offsets into the string given.
 */

import { isSpace } from '../scan';

const CN_DIGITS: Record<string, number> = {
	零: 0,
	〇: 0,
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9
};
const CN_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Value of a Chinese numeral such as 一百二十, 两千零五, 十五, 三万五千; NaN if not one. */
export function parseChineseNumeral(s: string): number {
	if (!s) return NaN;
	let total = 0;
	let section = 0;
	let digit = -1;
	for (const ch of s) {
		if (ch in CN_DIGITS) {
			digit = CN_DIGITS[ch];
		} else if (ch in CN_SMALL_UNITS) {
			// 十 alone means 一十.
			section += (digit < 0 ? 1 : digit) * CN_SMALL_UNITS[ch];
			digit = -1;
		} else if (ch in CN_BIG_UNITS) {
			section += Math.max(digit, 0);
			total += (section || 1) * CN_BIG_UNITS[ch];
			section = 0;
			digit = -1;
		} else {
			return NaN;
		}
	}
	return total + section + Math.max(digit, 0);
}

/** Value of an Arabic numeral with optional thousands commas and sign: '1,040.5' → 1040.5. */
export function parseArabic(s: string): number {
	return Number(s.includes(',') ? s.replace(/,/g, '') : s);
}

/** Value of a numeral in either script. */
export function parseNumeral(s: string): number {
	return /\d/.test(s) ? parseArabic(s) : parseChineseNumeral(s);
}

/**
 * The years of the five-year plan named 十N五 by its numeral N (三 → “十三五”, 2016–2020). Plans
 * have run back to back since the sixth (1981–1985).
 */
export function planTermYears(numeral: string): { start: number; end: number } {
	const start = 1951 + 5 * (10 + parseNumeral(numeral));
	return { start, end: start + 4 };
}

/** Measure words and units a figure can carry (longest first when compiled). */
export const BASE_UNITS = [
	'平方公里',
	'平方千米',
	'平方米',
	'立方米',
	'千瓦时',
	'千伏安',
	'个百分点',
	'百分点',
	'平方',
	'千瓦',
	'千米',
	'公里',
	'公顷',
	'公斤',
	'美元',
	'美金',
	'标箱',
	'人次',
	'户次',
	'家次',
	'兆瓦',
	'件次',
	'架次',
	'元',
	'亩',
	'吨',
	// grain is weighed in 斤 (万斤) in rural reports
	'斤',
	'米',
	'家',
	'个',
	'人',
	'户',
	'项',
	'件',
	'条',
	'座',
	'所',
	'栋',
	'幢',
	'间',
	'棵',
	'株',
	'处',
	'宗',
	'期',
	'片',
	'村',
	'次',
	'辆',
	'套',
	'台',
	'批',
	'场',
	'张',
	'只',
	'头',
	'艘',
	'名',
	'支',
	'份',
	'床',
	'块',
	'口',
	'位',
	'部',
	'篇',
	'倍',
	'起',
	'班',
	'对',
	'组',
	'盏',
	'根',
	'种',
	'单',
	'例',
	'趟',
	'kg',
	'km',
	'‰'
];

const UNIT_ALT = [...BASE_UNITS].sort((a, b) => b.length - a.length).join('|');
const NUM = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const CN = '[零〇一二两三四五六七八九十百千]+';
const MULT = '(?:千万|百万|万|亿)';

/**
 * One figure: sign, numeral, optional range end, approximation and multiplier and unit.
 *  1 sign  2 numeral  3 '%' after the low end  4 range end  5 余/多  6 multiplier  7 余/多
 *  8 unit  9 percent sign
 */
const FIGURE = new RegExp(
	`(-)?(${NUM}|${CN})(?:\\s?(%)?\\s?(?:-|~|至|到)\\s?(${NUM}|${CN})(?=\\s?(?:%|${MULT}|余|多|${UNIT_ALT})))?` +
		// a copied PDF puts spaces between a numeral and its unit (1.25 亿元): one is allowed
		`(余|多)?(?:\\s?(${MULT}))?(余|多)?(?:\\s?(${UNIT_ALT})|\\s?(%))?`,
	'g'
);

export type PrefixQualifier =
	| '约'
	| '近'
	| '超'
	| '超过'
	| '突破'
	| '逾'
	| '不低于'
	| '不少于'
	| '不超过'
	| '不高于'
	| '控制在'
	| '保持在'
	| '高于'
	| '低于';
export type SuffixQualifier = '以上' | '以下' | '以内' | '左右' | '上下' | '之内' | '及以上';

const PREFIX_RE =
	/(约|近|超过|超|突破|逾|不低于|不少于|不超过|不高于|控制在|保持在|高于|低于)(?:了)?$/;
const SUFFIX_RE = /^(及以上|以上|以下|以内|左右|上下|之内)/;

export interface Quantity {
	/** Span of the whole expression: prefix qualifier through suffix qualifier. */
	start: number;
	end: number;
	/** Span of the figure itself (numeral through unit). */
	numStart: number;
	numEnd: number;
	value: number;
	/** High end of a range (1-2个, 6%-7%). */
	high?: number;
	/** '%' for percentages, 'pp' for 个百分点, otherwise the unit as written (万元, 家); null if bare. */
	unit: string | null;
	/** 余 / 多 written with the figure (6700余万元, 3万多亩). */
	approx?: '余' | '多';
	prefix?: PrefixQualifier;
	suffix?: SuffixQualifier;
	/** Written in Chinese numerals. */
	chinese: boolean;
	/** Negative sign written (-6.2%). */
	negative: boolean;
}

/** A figure that starts with a year and runs on (20222027亩): a damaged date, not a value. */
export function isGarbledYear(s: string, q: Quantity): boolean {
	return (
		q.value >= 2e7 &&
		/^20\d{2}\d{3,}$/.test(s.slice(q.numStart, q.numEnd).replace(/[^\d]/g, '').slice(0, 12))
	);
}

export type RawBound = 'exactly' | 'at_least' | 'at_most' | 'about' | 'range';

/** Bound implied by a figure's own qualifiers. 余/多 count as at least (3万多亩 ≥ 3万亩). */
export function boundOf(q: Quantity): RawBound {
	if (q.high !== undefined) return 'range';
	if (q.suffix === '以下' || q.suffix === '以内' || q.suffix === '之内') return 'at_most';
	if (q.prefix === '不超过' || q.prefix === '不高于' || q.prefix === '低于') return 'at_most';
	// 控制在3%以内 is a ceiling; 控制在3%左右 is an approximate level.
	if (q.prefix === '控制在' && q.suffix !== '以上' && q.suffix !== '左右' && q.suffix !== '上下')
		return 'at_most';
	if (q.suffix === '以上' || q.suffix === '及以上') return 'at_least';
	if (q.prefix === '超' || q.prefix === '超过' || q.prefix === '突破' || q.prefix === '逾')
		return 'at_least';
	if (q.prefix === '不低于' || q.prefix === '不少于' || q.prefix === '高于') return 'at_least';
	if (q.suffix === '左右' || q.suffix === '上下' || q.prefix === '约' || q.prefix === '近')
		return 'about';
	if (q.approx) return 'at_least';
	return 'exactly';
}

function isDigitCode(c: number): boolean {
	return c >= 48 && c <= 57;
}

/**
 * Every figure in s[from, to). Bare Chinese numerals without a unit are skipped (一是, 两手),
 * and so are digits glued to Latin letters or inside longer digit runs (5G, 83省道 stay bare).
 */
export function findQuantities(s: string, from = 0, to = s.length): Quantity[] {
	const out: Quantity[] = [];
	const seg = s.slice(from, to);
	FIGURE.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = FIGURE.exec(seg))) {
		if (m[0].length === 0) {
			FIGURE.lastIndex++;
			continue;
		}
		const [whole, sign, numeral, lowPct, highNum, approx1, mult, approx2, baseUnit, pct] = m;
		// NUM opens on a digit and CN holds none: the first character tells the script.
		const chinese = !isDigitCode(numeral.charCodeAt(0));
		let startRel = m.index;
		const prevCh = startRel > 0 ? seg[startRel - 1] : '';
		// A sign only when it is not a dash between two figures.
		const negative = !!sign && !/[\d%]/.test(prevCh);
		if (sign && !negative) startRel += 1;
		const hasUnit = !!(baseUnit || pct || mult || lowPct);
		if (chinese && !hasUnit) continue;
		if (chinese && !baseUnit && !mult) continue;
		// 突破百亿, 由千万: a round figure in words with no unit is a milestone, not an amount
		if (chinese && !baseUnit && !pct && mult) continue;
		// GDP55.11亿元: an indicator's acronym (three capitals or more) before a figure with its
		// unit does not glue to it; PM2.5 and 5G stay names
		if (
			!chinese &&
			/[A-Za-z.]/.test(prevCh) &&
			!(hasUnit && /(?:^|[^A-Za-z])[A-Z]{3,}$/.test(seg.slice(Math.max(0, startRel - 8), startRel)))
		)
			continue;
		let value = chinese ? parseChineseNumeral(numeral) : parseArabic(numeral);
		if (!Number.isFinite(value)) continue;
		if (negative) value = -value;
		let high: number | undefined;
		if (highNum) {
			high = parseNumeral(highNum);
			if (!Number.isFinite(high) || high <= Math.abs(value)) high = undefined;
		}
		let unit: string | null = null;
		if (pct || lowPct) unit = '%';
		else if (baseUnit === '个百分点' || baseUnit === '百分点') unit = 'pp';
		else if (mult || baseUnit) unit = (mult ?? '') + (baseUnit ?? '');
		// A Chinese numeral glued before 万/亿 with no unit is rarely a figure (一万 as a word is).
		const absStart = from + startRel;
		let numEnd = from + m.index + whole.length;
		// Drop trailing whitespace the optional \s? may have eaten without a percent.
		while (numEnd > absStart && isSpace(s.charCodeAt(numEnd - 1))) numEnd--;
		const q: Quantity = {
			start: absStart,
			end: numEnd,
			numStart: absStart,
			numEnd,
			value,
			unit,
			chinese,
			negative
		};
		if (high !== undefined) q.high = high;
		const approx = (approx1 || approx2) as '余' | '多' | undefined;
		if (approx) q.approx = approx;
		const before = s.slice(Math.max(0, absStart - 4), absStart);
		const pm = PREFIX_RE.exec(before);
		// 签约/合约/节约 end in 约 without meaning 'about'.
		if (pm && !(pm[1] === '约' && /[签合节制预条公大契相]约了?$/.test(before))) {
			q.prefix = pm[1] as PrefixQualifier;
			q.start = absStart - pm[0].length;
		}
		const sm = SUFFIX_RE.exec(s.slice(numEnd, numEnd + 3));
		if (sm) {
			q.suffix = sm[1] as SuffixQualifier;
			q.end = numEnd + sm[0].length;
		}
		out.push(q);
	}
	return out;
}
