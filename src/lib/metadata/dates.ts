/**
 * Dates as reports print them: 2020年8月12日, and damaged forms where the 年/月 were lost
 * (——2020812日). A damaged date is accepted only when exactly one reading is a valid date.
 */

export function isoDate(y: number, m: number, d: number): string | null {
	if (y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
	const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
	if (d > days) return null;
	return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const CLEAN = /(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?/;

/** A well-formed date anywhere in `s` (first one). */
export function cleanDate(s: string): string | null {
	const m = CLEAN.exec(s);
	return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * A date whose separators were lost: the digits before the first 日 (or 在), e.g. `2020812日`
 * → 2020-08-12. Ambiguous digit runs (`2020112日`: 1-12 or 11-2) give null.
 */
export function damagedDate(s: string): string | null {
	const m = /(\d{4})\s*年?\s*(\d{1,2})?\s*月?\s*(\d{1,2})?\s*月?\s*(\d{1,2})?\s*日/.exec(s);
	if (!m) return null;
	const y = Number(m[1]);
	const rest = (m[2] ?? '') + (m[3] ?? '') + (m[4] ?? '');
	// With both separators present it is a clean date.
	if (m[2] && m[3] && !m[4] && /年/.test(m[0]) && /月/.test(m[0]))
		return isoDate(y, Number(m[2]), Number(m[3]));
	const found = new Set<string>();
	for (let cut = 1; cut < rest.length; cut++) {
		const mm = rest.slice(0, cut);
		const dd = rest.slice(cut);
		if (mm.length > 2 || dd.length > 2 || dd.length === 0) continue;
		const iso = isoDate(y, Number(mm), Number(dd));
		if (iso) found.add(iso);
	}
	return found.size === 1 ? [...found][0] : null;
}

const HAN_DIGIT: Record<string, number> = {
	〇: 0,
	'○': 0,
	零: 0,
	一: 1,
	二: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9
};

/** 十 → 10, 十二 → 12, 二十三 → 23, 三十 → 30. */
function hanNumber(s: string): number | null {
	const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
	if (!m || s.length === 0) return null;
	if (!m[2]) return m[1] && !m[3] ? HAN_DIGIT[m[1]] : null;
	return (m[1] ? HAN_DIGIT[m[1]] : 1) * 10 + (m[3] ? HAN_DIGIT[m[3]] : 0);
}

/**
 * Dates written in Chinese numerals (二〇二三年一月十日) rewritten with Arabic digits, for parsing
 * only (the length changes, so never use the result for offsets).
 */
export function arabicDates(s: string): string {
	if (!/[〇○零一二三四五六七八九]{4}\s*年/.test(s)) return s;
	return s
		.replace(
			/([〇○零一二三四五六七八九]{4})\s*年/g,
			(_, y: string) => [...y].map((c) => HAN_DIGIT[c]).join('') + '年'
		)
		.replace(/(\d{4}年)\s*([一二三四五六七八九十]{1,3})\s*月/g, (m, y: string, mo: string) => {
			const n = hanNumber(mo);
			return n === null ? m : `${y}${n}月`;
		})
		.replace(
			/(\d{4}年\d{1,2}月)\s*([一二三四五六七八九十]{1,3})\s*日/g,
			(m, ym: string, d: string) => {
				const n = hanNumber(d);
				return n === null ? m : `${ym}${n}日`;
			}
		);
}
