/**
 * Pages whose copy collapsed every line break into a space (a whole report on one line:
 * 镇人民政府工作报告 ——2031年1月9日在… 镇长 某某 各位代表: 现在，…). The matching form gets its
 * line breaks back — a space between two Chinese characters (or before —— or a heading
 * numeral) becomes '\n' — so titles, the delivery line, the salutation and the headings are
 * lines again. Same length, so every offset still points into the original text, which keeps
 * its spaces. Ordinary pages, where lines are short, are left alone.
 */
import { isSpace } from '../scan';

const MIN_COLLAPSED = 300;
const BREAKS_NEEDED = 3;
const HAN = /[\u3400-\u9fff]/;
/** What a restored line may end with, and begin with. */
const BEFORE = /[\u3400-\u9fff：:。；;）)」”]/;
const AFTER = /[\u3400-\u9fff—\-(（「“]/;
const OPENS_YEAR = /^\d{4}\s*年/;

export function unfoldCollapsed(norm: string): string {
	// A document of a few very long lines: every line of it is a collapsed one.
	const lineCount = nonBlankLines(norm);
	const collapsed = norm.length >= MIN_COLLAPSED && norm.length / Math.max(1, lineCount) >= 150;
	// Break positions, ascending (lines are visited in order, each line's breaks in order).
	const at: number[] = [];
	for (let lineStart = 0; lineStart <= norm.length;) {
		let i = norm.indexOf('\n', lineStart);
		if (i < 0) i = norm.length;
		if (collapsed || i - lineStart >= MIN_COLLAPSED) {
			const breaks = breakPoints(norm, lineStart, i, collapsed);
			if (breaks.length >= (collapsed ? 1 : BREAKS_NEEDED)) for (const b of breaks) at.push(b);
		}
		lineStart = i + 1;
	}
	if (!at.length) return norm;
	// Each break replaces one space with '\n': splice the pieces between them.
	const parts: string[] = [];
	let from = 0;
	for (const b of at) {
		parts.push(norm.slice(from, b));
		from = b + 1;
	}
	parts.push(norm.slice(from));
	return parts.join('\n');
}

/** norm.split('\n').filter((l) => l.trim()).length, without the copies. */
function nonBlankLines(norm: string): number {
	let count = 0;
	let blank = true;
	for (let i = 0; i < norm.length; i++) {
		const c = norm.charCodeAt(i);
		if (c === 10) {
			if (!blank) count++;
			blank = true;
		} else if (blank && !isSpace(c)) blank = false;
	}
	return blank ? count : count + 1;
}

function breakPoints(s: string, from: number, to: number, collapsedDoc: boolean): number[] {
	const at: number[] = [];
	for (let i = from + 1; i < to - 1; i++) {
		if (s.charCodeAt(i) !== 32) continue;
		// the last space of a run, between a line end and a line start
		let j = i;
		while (j + 1 < to && s[j + 1] === ' ') j++;
		const prev = s[i - 1];
		const next = s[j + 1];
		// 完 成 地 方 财 政 收 入: a letter-spaced copy puts a space after every character; a
		// character standing alone between spaces is inside such a run, not at a line's end.
		if (lone(s, i - 1, from, to) || lone(s, j + 1, from, to)) {
			i = j;
			continue;
		}
		if (
			prev &&
			next &&
			BEFORE.test(prev) &&
			(AFTER.test(next) || (collapsedDoc && OPENS_YEAR.test(s.slice(j + 1, j + 7)))) &&
			(HAN.test(prev) || HAN.test(next))
		)
			at.push(j);
		i = j;
	}
	return at;
}

/** Whether s[k] is one Chinese character with a space (or the line's edge) on each side. */
function lone(s: string, k: number, from: number, to: number): boolean {
	return (
		HAN.test(s[k] ?? '') && (k === from || s[k - 1] === ' ') && (k + 1 >= to || s[k + 1] === ' ')
	);
}
