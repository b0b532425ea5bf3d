/**
 * Lines of a text as offsets (no copies): the unit every later stage walks. A line ends before
 * \n, \r\n or \r; `end` excludes the line break.
 */

import { isSpace } from '../scan';

export interface Line {
	start: number;
	end: number;
}

export function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	const n = text.length;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || c === 13) {
			lines.push({ start, end: i });
			if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
			start = i + 1;
		}
	}
	lines.push({ start, end: n });
	return lines;
}

/** /[\s\u00a0\u3000\u2002-\u200b\ufeff]/ by code: white space, and the zero-width space. */
function isLineSpace(c: number): boolean {
	return c === 0x200b || isSpace(c);
}

/** The line's span without leading and trailing whitespace (full-width and NBSP included). */
export function trimSpan(text: string, line: Line): Line {
	let { start, end } = line;
	while (start < end && isLineSpace(text.charCodeAt(start))) start++;
	while (end > start && isLineSpace(text.charCodeAt(end - 1))) end--;
	return { start, end };
}

/** Index of the line holding `offset` (binary search over line starts). */
export function lineIndexAt(lines: Line[], offset: number): number {
	let lo = 0;
	let hi = lines.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (lines[mid].start <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}
