/**
 * Scanning helpers for the hot paths of extraction: pattern matches and character classes
 * tested by code, with no copy of the pattern or one-character string per test.
 */

/**
 * The matches of a global pattern in `s`, in order, as [...s.matchAll(re)] gives them.
 * matchAll copies the pattern on every call; over each line, sentence or clause of a document
 * that copy costs more than the search, so the pattern's own exec loop is used instead.
 */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
	if (!re.global) throw new TypeError('allMatches needs a global pattern');
	const out: RegExpExecArray[] = [];
	re.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = re.exec(s)) !== null) {
		// an empty match moves on one character (one code point under /u), as matchAll does
		if (m[0] === '') re.lastIndex = advance(s, re.lastIndex, re.unicode);
		out.push(m);
	}
	return out;
}

function advance(s: string, i: number, unicode: boolean): number {
	if (!unicode || i + 1 >= s.length) return i + 1;
	const c = s.charCodeAt(i);
	return c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}

/** The characters /\s/ (and String.prototype.trim) treat as white space, by code. */
export function isSpace(c: number): boolean {
	return (
		c === 32 ||
		(c >= 9 && c <= 13) ||
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000 ||
		c === 0xfeff
	);
}
