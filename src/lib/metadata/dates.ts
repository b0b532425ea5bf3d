/**
 * Dates as reports print them: 2020年8月12日, and damaged forms where the 年/月 were lost
 * (——2020812日). A damaged date is accepted only when exactly one reading is a valid date.
 */
import { CONGRESS_BODY } from './cues';

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
	const m =
		/(\d{4})\s*年?\s*(\d{1,2})?\s*月?\s*(\d{1,2})?\s*月?\s*(\d{1,2})?\s*日/.exec(s) ??
		// ——2024131某乡第十四届…: every separator lost, the digits run into the session's name
		/(?:^|[—\-―(（\s])((?:19|20)\d{2})(\d)(\d)(\d{1,2})?(?=[\u4e00-\u9fff])/.exec(s);
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

/** A date as a sentence writes it; `y` or `m` null when the sentence leaves them out. */
export interface PartialDate {
	y: number | null;
	m: number | null;
	d: number;
}

/** A congress session told of in a sentence: 第N届人民代表大会, 人代会, a 街道's 议政会. */
const CONGRESS = new RegExp(CONGRESS_BODY);
/** The session took place (召开, 开幕…) or the report was read at it (在…会议上). */
const SESSION_EVENT =
	/召开|开幕|闭幕|举行|胜利|隆重|顺利|圆满|拉开(?:帷幕|序幕)|在[^。]{0,40}会议上/;
/**
 * Dates in a sentence: 2024年1月12日, 1月12日, 11月25至26日 (the first day), a date whose 月 was lost (1028日), or a bare day
 * (29日) under a dateline that names the month (4月30日讯).
 */
const SENTENCE_DATE =
	/(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*(?:[至到~—-]\s*\d{1,2}\s*)?日|(?<![\d月.])(\d{3,4})\s*日|(?<![\d月.])(\d{1,2})\s*日/g;

/** What follows a session's date: (上午)(在镇会议中心)(顺利)召开. */
const SESSION_AFTER =
	/^\s*(?:上午|下午)?\s*(?:在[^,，。]{1,14})?(?:顺利|隆重|胜利)?(?:召开|开幕|举行|闭幕)/;

interface DateHit extends PartialDate {
	at: number;
	end: number;
	/** A news dateline (4月30日讯), not the date of an event. */
	dateline: boolean;
}

function sentenceDates(s: string): DateHit[] {
	const hits: DateHit[] = [];
	for (const m of s.matchAll(SENTENCE_DATE)) {
		const at = m.index ?? 0;
		const end = at + m[0].length;
		const dateline = /^\s*(?:电|讯|消息)/.test(s.slice(end, end + 3));
		let hit: PartialDate | null = null;
		if (m[2]) hit = { y: m[1] ? Number(m[1]) : null, m: Number(m[2]), d: Number(m[3]) };
		else if (m[4]) {
			// 1028日: the one month–day reading of the digits
			const digits = m[4];
			const reads = [1, 2]
				.map((cut) => ({ m: Number(digits.slice(0, cut)), rest: digits.slice(cut) }))
				.filter((r) => r.rest.length >= 1 && r.rest.length <= 2 && r.m >= 1 && r.m <= 12)
				.map((r) => ({ m: r.m, d: Number(r.rest) }))
				.filter((r) => r.d >= 1 && r.d <= 31);
			if (reads.length === 1) hit = { y: null, ...reads[0] };
		} else if (m[5]) hit = { y: null, m: null, d: Number(m[5]) };
		// 4月20日至21日, 8月8日和9日: the end of a span of days, the session opened on the first
		const prev = hits[hits.length - 1];
		if (hit && hit.m === null && prev && /^\s*[至到~—\-和、]\s*$/.test(s.slice(prev.end, at)))
			continue;
		if (hit && hit.d >= 1 && hit.d <= 31 && (hit.m === null || (hit.m >= 1 && hit.m <= 12)))
			hits.push({ ...hit, at, end, dateline });
	}
	return hits;
}

/**
 * The date of the congress session a news lead or a run-in delivery line tells of: the date
 * before the congress in its sentence (1月9日，某镇第十九届人民代表大会第二次会议召开;
 * 2031年3月2日在某镇第十九届人民代表大会第二次会议上), else one the session is held on after it
 * (…会议于2015年5月19日顺利召开). A dateline's month completes a bare day (4月30日讯…29日，某镇召开…).
 * The year is null when the sentence leaves it out.
 */
export function congressDate(t: string): (PartialDate & { m: number }) | null {
	for (const s of t.split(/[。！？\n]/)) {
		const c = s.search(CONGRESS);
		if (c < 0 || !SESSION_EVENT.test(s)) continue;
		const hits = sentenceDates(s);
		const line = hits.find((h) => h.dateline);
		const before = hits.filter((h) => !h.dateline && h.end <= c);
		const after = hits.filter(
			(h) => !h.dateline && h.at > c && SESSION_AFTER.test(s.slice(h.end, h.end + 24))
		);
		const hit = before.length ? before[before.length - 1] : after[0];
		if (!hit) continue;
		const m = hit.m ?? line?.m ?? null;
		if (m === null) continue;
		return { y: hit.y ?? line?.y ?? null, m, d: hit.d };
	}
	return null;
}
