/**
 * Pinyin glosses some sites print after characters (城關(guān)鎮(zhèn)): reading aids, not text.
 * They split words (鎮(zhèn)第十三屆) so no rule would match; a page that carries several is
 * read without them. A single bracketed word is left alone: it may be the author's own.
 * The cuts are kept so that offsets can be given back in the source's own terms.
 */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const GLOSS = new RegExp(`(?<=[\\u3400-\\u9fff])[(（]([a-zü${TONED}]{1,7})[)）]`, 'g');
const HAS_TONE = new RegExp(`[${TONED}]`);
/** Glosses with tone marks a page must carry before any is taken for a reading aid. */
const MIN_GLOSSES = 3;

const TONE_FROM = Math.min(...[...TONED].map((c) => c.charCodeAt(0)));
const TONE_TO = Math.max(...[...TONED].map((c) => c.charCodeAt(0)));

/** HAS_TONE.test(text) by code: CJK text is rejected by one comparison per character. */
function hasToneMark(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= TONE_FROM && c <= TONE_TO && TONED.includes(text[i])) return true;
	}
	return false;
}

/** A cut: at offset `at` of the text without glosses, `removed` source characters were left out. */
export interface Cut {
	at: number;
	/** Characters left out here and at every earlier cut. */
	removedBefore: number;
}

export function cutPinyinGlosses(text: string): { text: string; cuts: Cut[] } {
	return cutSpans(text, glossSpans(text));
}

/** [start, end) spans of a page's pinyin glosses, or none when it carries too few to be aids. */
export function glossSpans(text: string): [number, number][] {
	// A page without a tone mark anywhere has no toned gloss: one quick scan, not the lookbehind's.
	if (!hasToneMark(text)) return [];
	let toned = 0;
	for (const m of text.matchAll(GLOSS)) if (HAS_TONE.test(m[1]) && ++toned >= MIN_GLOSSES) break;
	if (toned < MIN_GLOSSES) return [];
	return [...text.matchAll(GLOSS)].map((m) => [m.index, m.index + m[0].length]);
}

/** The text without the given spans (sorted, overlaps merged), with the cuts that map it back. */
export function cutSpans(text: string, spans: [number, number][]): { text: string; cuts: Cut[] } {
	if (!spans.length) return { text, cuts: [] };
	const sorted = [...spans].sort((a, b) => a[0] - b[0]);
	const cuts: Cut[] = [];
	let out = '';
	let from = 0;
	let removed = 0;
	for (const [start, end] of sorted) {
		if (end <= from) continue;
		const s = Math.max(start, from);
		out += text.slice(from, s);
		removed += end - s;
		cuts.push({ at: out.length, removedBefore: removed });
		from = end;
	}
	return { text: out + text.slice(from), cuts };
}

export function stripPinyinGlosses(text: string): string {
	return cutPinyinGlosses(text).text;
}

/**
 * An offset into the text without glosses → the same place in the source. A gloss at the offset
 * is passed over: a quote starting there starts after it, one ending there keeps it with its
 * character.
 */
export function sourceOffset(cuts: readonly Cut[], offset: number): number {
	let lo = 0;
	let hi = cuts.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (cuts[mid].at <= offset) lo = mid + 1;
		else hi = mid;
	}
	return offset + (lo ? cuts[lo - 1].removedBefore : 0);
}
