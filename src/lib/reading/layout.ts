/**
 * Per-line facts shared by splitting, metadata and sections: the trimmed span, its matching
 * form, and whether the line is page chrome. Computed once per document.
 *
 * Hard-wrapped text (a PDF or a fixed-width page, where every full line breaks mid-sentence) is
 * recognised by its many lines of one width; its continuation lines are joined into one logical
 * line per paragraph, so that headings and sentences are seen whole. A joined line's span covers
 * the line breaks; its `t` omits them.
 */
import { isChromeLine } from './chrome';
import { trimSpan, type Line } from './lines';

export interface LineInfo {
	/** Trimmed span in the document text. */
	start: number;
	end: number;
	/** Trimmed matching form (normalizeForMatching) of the line, inner spaces kept. */
	t: string;
	chrome: boolean;
	blank: boolean;
}

export function analyzeLines(text: string, norm: string, lines: Line[]): LineInfo[] {
	const info = lines.map((line) => {
		const span = trimSpan(text, line);
		const t = norm.slice(span.start, span.end);
		const blank = t.length === 0;
		return { start: span.start, end: span.end, t, blank, chrome: !blank && isChromeLine(t) };
	});
	const wrap = wrapWidth(info, norm);
	return wrap === null ? info : joinWrapped(info, wrap);
}

/** Display width: CJK and full-width forms count 2, ASCII 1. */
export function displayWidth(s: string, from = 0, to = s.length): number {
	let w = 0;
	for (let i = from; i < to; i++) w += s.charCodeAt(i) < 0x1100 ? 1 : 2;
	return w;
}

/** The most common value (±2) of a measure over long lines, with how many lines are near it. */
function mode(values: number[]): { value: number; near: number } {
	const counts = new Map<number, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	let value = 0;
	let near = 0;
	for (const v of counts.keys()) {
		let n = 0;
		for (let d = -2; d <= 2; d++) n += counts.get(v + d) ?? 0;
		if (n > near || (n === near && v > value)) [value, near] = [v, n];
	}
	return { value, near };
}

export interface Wrap {
	/** Most common line length in characters, and in display columns. */
	chars: number;
	columns: number;
}

/**
 * How a hard-wrapped text is wrapped, or null when lines are whole paragraphs. Wrapping may count
 * characters or display columns (digits are narrow), so both are measured.
 */
export function wrapWidth(info: LineInfo[], norm?: string): Wrap | null {
	const chars: number[] = [];
	const long: LineInfo[] = [];
	for (const l of info) {
		if (l.blank || l.chrome || l.t.length < 15) continue;
		chars.push(l.t.length);
		long.push(l);
	}
	// Fewer long lines than `wrapped` needs near the mode: not wrapped, whatever the widths.
	if (chars.length < 10) return null;
	// Lines not yet joined: t is norm[start, end), read faster in the whole text than in a slice.
	const columns = long.map((l) =>
		norm === undefined ? displayWidth(l.t) : displayWidth(norm, l.start, l.end)
	);
	const c = mode(chars);
	const w = mode(columns);
	const wrapped = (m: { near: number }) => m.near >= 10 && m.near >= chars.length * 0.3;
	if (!wrapped(c) && !wrapped(w)) return null;
	return { chars: c.value, columns: w.value };
}

const SENTENCE_END = /[。！？!?：:；;」”)）]$/;
const NEW_BLOCK =
	/^(?:[一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|第[一二三四五六七八九十]+(?:部分|章)|——|各位代表)/;

function joinWrapped(info: LineInfo[], wrap: Wrap): LineInfo[] {
	const out: LineInfo[] = [];
	let open: LineInfo | null = null;
	for (const l of info) {
		if (l.blank) {
			// blank lines between wrapped lines do not end a paragraph that is still open
			if (!open) out.push(l);
			continue;
		}
		if (open && !l.chrome && !NEW_BLOCK.test(l.t)) {
			open.end = l.end;
			open.t += l.t;
		} else {
			if (open) out.push(open);
			open = { ...l };
		}
		const full =
			!l.chrome &&
			(l.t.length >= wrap.chars - 2 || displayWidth(l.t) >= wrap.columns - 4) &&
			!SENTENCE_END.test(l.t);
		if (!full) {
			out.push(open);
			open = null;
		}
	}
	if (open) out.push(open);
	return out;
}
