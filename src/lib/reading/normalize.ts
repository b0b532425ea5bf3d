/**
 * A same-length "matching form" of a text: full-width ASCII becomes half-width, the
 * ideographic space a space, dash and tilde variants one form, and traditional characters
 * their simplified form (character by character, so every offset in the matching form is an
 * offset in the original). Rules match on this form; quotes are cut from the original.
 */
import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

const CJK_FROM = 0x3400;
const CJK_TO = 0x9fff;
/** Simplified form per CJK code unit; 0 = not looked up yet. Filled lazily (OpenCC is slow). */
const cjkMap = new Uint16Array(CJK_TO - CJK_FROM + 1);

function simplifiedCode(code: number): number {
	const k = code - CJK_FROM;
	let out = cjkMap[k];
	if (out === 0) {
		const ch = String.fromCharCode(code);
		const conv = toSimplified(ch);
		// Only a one-for-one replacement keeps offsets aligned.
		out = conv.length === 1 ? conv.charCodeAt(0) : code;
		cjkMap[k] = out;
	}
	return out;
}

function mapCode(code: number): number {
	if (code < 0x2010) return code;
	if (code >= CJK_FROM && code <= CJK_TO) return simplifiedCode(code);
	if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
	if (code === 0x3000) return 0x20;
	// dashes: ‐ ‑ ‒ – — ― and minus sign, small/full-width hyphen-minus
	if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63)
		return 0x2d;
	if (code === 0x301c) return 0x7e; // wave dash
	return code;
}

const CHUNK = 8192;

export function normalizeForMatching(text: string): string {
	const n = text.length;
	const buf = new Uint16Array(n);
	for (let i = 0; i < n; i++) buf[i] = mapCode(text.charCodeAt(i));
	let out = '';
	for (let i = 0; i < n; i += CHUNK)
		out += String.fromCharCode.apply(null, buf.subarray(i, i + CHUNK) as unknown as number[]);
	return out;
}
