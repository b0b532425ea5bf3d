/**
 * Watermarks some copying sites stamp at the end of lines (…会议文件之一某某百科--为某某助力): the
 * same phrase closing line after line, often cutting a sentence or a date in two. Like pinyin
 * glosses they are not the report's text; the reader leaves them out (offsets are kept, see
 * glosses.ts). A phrase counts only when it closes at least MIN_LINES distinct lines, holds no
 * figure, reads as words (four or more Han characters) and carries a site's brand (letters or
 * dashes), so the repeated words of a report or of a hard-wrapped paragraph are never taken.
 */
const MIN_LINES = 3;
const MIN_LEN = 8;
const MAX_LEN = 30;

/** Where a line ends a sentence or a clause: such a line carries no watermark. */
const SENTENCE_END = /[。；;，,：:！!？?、）)”"]$/;
const HAN = /[\u3400-\u9fff]/g;
const BRAND = /[A-Za-z]|--|[|_@]/;

/** [start, end) spans of every occurrence of the page's watermark, or none. */
export function watermarkSpans(text: string): [number, number][] {
	const lines = text.split('\n').map((l) => l.trimEnd());
	// distinct lines each tail closes (a title printed twice is one line). Only the shortest tail
	// is counted for every line; longer ones only where it repeats, so the pass stays linear.
	const short = new Map<string, Set<string>>();
	for (const line of lines) {
		if (line.length <= MIN_LEN || SENTENCE_END.test(line)) continue;
		const tail = line.slice(line.length - MIN_LEN);
		let seen = short.get(tail);
		if (!seen) short.set(tail, (seen = new Set()));
		seen.add(line);
	}
	const counts = new Map<string, Set<string>>();
	for (const seen of short.values()) {
		if (seen.size < MIN_LINES) continue;
		for (const line of seen)
			for (let n = MIN_LEN; n <= Math.min(MAX_LEN, line.length - 2); n++) {
				const tail = line.slice(line.length - n);
				let s = counts.get(tail);
				if (!s) counts.set(tail, (s = new Set()));
				s.add(line);
			}
	}
	let mark: string | null = null;
	let best = 0;
	for (const [tail, seen] of counts) {
		if (seen.size < MIN_LINES || /\d/.test(tail) || (tail.match(HAN)?.length ?? 0) < 4) continue;
		// a site's stamp carries its brand (letters, dashes): a wrapped paragraph's repeated
		// words never do
		if (!BRAND.test(tail)) continue;
		// the phrase closing the most lines, at its full length (a longer tail that takes in the
		// words before it closes fewer)
		if (seen.size > best || (seen.size === best && mark && tail.length > mark.length)) {
			mark = tail;
			best = seen.size;
		}
	}
	if (!mark) return [];
	const spans: [number, number][] = [];
	for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.length))
		spans.push([at, at + mark.length]);
	return spans;
}
