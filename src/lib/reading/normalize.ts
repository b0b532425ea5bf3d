/**
 * A same-length "matching form" of a text: full-width ASCII becomes half-width, the
 * ideographic space a space, dash and tilde variants one form, and traditional characters
 * their simplified form (character by character, so every offset in the matching form is an
 * offset in the original). Rules match on this form; quotes are cut from the original.
 */
// The traditional-to-simplified build: the same dictionaries as the full one for hk→cn, a tenth
// of the code to load.
import * as OpenCC from 'opencc-js/t2cn';
import { CONVERTED } from './traditional';

/** Built on the first traditional character met (building it costs tens of milliseconds). */
let converter: ((s: string) => string) | null = null;
const toSimplified = (s: string) => (converter ??= OpenCC.Converter({ from: 'hk', to: 'cn' }))(s);

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

/**
 * The matching form of every UTF-16 code unit, looked up by code: one load per character instead
 * of mapCode's range tests. CJK entries are 0 until looked up (no character maps to 0 but NUL).
 */
const TABLE = new Uint16Array(0x10000);
for (let c = 0; c < TABLE.length; c++) if (c < CJK_FROM || c > CJK_TO) TABLE[c] = mapCode(c);
// A CJK character OpenCC leaves alone is its own form; only the converted ones stay 0 (looked up).
const converted = new Set<number>();
for (let i = 0; i < CONVERTED.length; i++) converted.add(CONVERTED.charCodeAt(i));
for (let c = CJK_FROM; c <= CJK_TO; c++) if (!converted.has(c)) TABLE[c] = cjkMap[c - CJK_FROM] = c;

/** Builds the string from the code units natively (little-endian hosts: the buffer is UTF-16LE). */
const UTF16 =
	new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
		? new TextDecoder('utf-16le', { ignoreBOM: true })
		: null;

const CHUNK = 8192;

export function normalizeForMatching(text: string): string {
	const n = text.length;
	const buf = new Uint16Array(n);
	// The decoder would replace a lone surrogate: a text holding any is built by fromCharCode.
	let surrogate = false;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		let m = TABLE[c];
		if (m === 0 && c !== 0) m = TABLE[c] = simplifiedCode(c);
		else if ((c & 0xf800) === 0xd800) surrogate = true;
		buf[i] = m;
	}
	if (UTF16 && !surrogate) return UTF16.decode(buf);
	let out = '';
	for (let i = 0; i < n; i += CHUNK)
		out += String.fromCharCode.apply(null, buf.subarray(i, i + CHUNK) as unknown as number[]);
	return out;
}
