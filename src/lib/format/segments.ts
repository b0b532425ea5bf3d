/**
 * Cuts a report's text into runs for highlighting: every boundary of every item span starts a
 * new run, so overlapping items (two targets sharing one sentence) still each get their own
 * anchor and their own record on hover. The text itself stays plain: the page escapes it.
 */
export interface ItemSpan {
	/** Anchor id, e.g. "t-12" for target 12, "r-7" for result 7. */
	key: string;
	start: number;
	end: number;
}

export interface Run {
	text: string;
	/** Offset of the run in the document text. */
	start: number;
	/** Keys of the items covering this run (empty for plain text). */
	keys: string[];
	/** Keys of the items starting at this run: their anchors go here. */
	anchors: string[];
}

/**
 * `text` is the slice of the document text that begins at document offset `base`; spans use
 * document offsets and are clipped to the slice (spans entirely outside it are dropped).
 */
export function segmentText(text: string, base: number, spans: ItemSpan[]): Run[] {
	const end = base + text.length;
	const valid = spans
		.map((s) => ({ ...s, start: Math.max(s.start, base), end: Math.min(s.end, end) }))
		.filter((s) => s.start < s.end);
	const cuts = new Set<number>([base, end]);
	for (const s of valid) {
		cuts.add(s.start);
		cuts.add(s.end);
	}
	const points = [...cuts].sort((a, b) => a - b);
	const runs: Run[] = [];
	const anchored = new Set<string>();
	for (let i = 0; i < points.length - 1; i++) {
		const a = points[i];
		const b = points[i + 1];
		const covering = valid.filter((s) => s.start <= a && s.end >= b);
		const keys = covering.map((s) => s.key);
		const anchors = covering.filter((s) => s.start === a && !anchored.has(s.key)).map((s) => s.key);
		for (const k of anchors) anchored.add(k);
		const prev = runs.at(-1);
		// Adjacent plain runs merge back into one.
		if (prev && keys.length === 0 && prev.keys.length === 0) {
			prev.text += text.slice(a - base, b - base);
		} else {
			runs.push({ text: text.slice(a - base, b - base), start: a, keys, anchors });
		}
	}
	return runs;
}
