/**
 * Finds a byte buffer's text encoding and decodes it. Pure: bytes in, string out.
 * Order of evidence: a BOM, an HTML/XML charset declaration, then the bytes themselves
 * (valid UTF-8 wins; otherwise GB18030, a superset of GBK and GB2312).
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
	text: string;
	encoding: Encoding;
	/** Where the decision came from. */
	evidence: 'bom' | 'charset' | 'bytes';
}

export class DecodeError extends Error {}

const CHARSET_ALIASES: Record<string, Encoding> = {
	'utf-8': 'utf-8',
	utf8: 'utf-8',
	gb2312: 'gb18030',
	gbk: 'gb18030',
	gb18030: 'gb18030',
	'x-gbk': 'gb18030',
	'utf-16': 'utf-16le',
	'utf-16le': 'utf-16le',
	'utf-16be': 'utf-16be'
};

function bomEncoding(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return { encoding: 'utf-8', length: 3 };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
	return null;
}

/** A charset named in the first few KB (meta charset, http-equiv, or an XML declaration). */
export function declaredCharset(bytes: Uint8Array): Encoding | null {
	const n = Math.min(bytes.length, 4096);
	// A declaration needs '<'; a plain text file skips the scan.
	if (bytes.subarray(0, n).indexOf(0x3c) < 0) return null;
	// Bytes as Latin-1 characters: the declaration is ASCII (no decoder built per call).
	let head = '';
	for (let i = 0; i < n; i += 1024)
		head += String.fromCharCode(...bytes.subarray(i, Math.min(n, i + 1024)));
	const m =
		/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ??
		/<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
	return m ? (CHARSET_ALIASES[m[1].toLowerCase()] ?? null) : null;
}

/** UTF-16 without a BOM shows as many zero bytes at odd (LE) or even (BE) positions. */
function sniffUtf16(bytes: Uint8Array): Encoding | null {
	const n = Math.min(bytes.length, 4096) & ~1;
	if (n < 4) return null;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZero++;
		if (bytes[i + 1] === 0) oddZero++;
	}
	const pairs = n / 2;
	if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
	if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
	return null;
}

function hasMultibyte(bytes: Uint8Array): boolean {
	for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
	return false;
}

/** Strict decoders, built once: a decoder is costly to build and keeps no state between calls. */
const strict = new Map<Encoding, TextDecoder>();

function tryDecode(bytes: Uint8Array, encoding: Encoding): string | null {
	let decoder = strict.get(encoding);
	if (!decoder) strict.set(encoding, (decoder = new TextDecoder(encoding, { fatal: true })));
	try {
		return decoder.decode(bytes);
	} catch {
		return null;
	}
}

export function decodeBytes(bytes: Uint8Array): Decoded {
	const bom = bomEncoding(bytes);
	if (bom) {
		const text = new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
		return { text, encoding: bom.encoding, evidence: 'bom' };
	}
	const declared = declaredCharset(bytes);
	// Pages saved as UTF-8 often keep their old "gb2312" declaration: valid multi-byte UTF-8 is
	// never meaningful GBK text, so it wins over a GBK declaration.
	if (declared === 'gb18030' && hasMultibyte(bytes)) {
		const utf8 = tryDecode(bytes, 'utf-8');
		if (utf8 !== null) return { text: utf8, encoding: 'utf-8', evidence: 'bytes' };
	}
	if (declared) {
		const text = tryDecode(bytes, declared);
		if (text !== null) return { text, encoding: declared, evidence: 'charset' };
	}
	const utf16 = sniffUtf16(bytes);
	if (utf16)
		return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, evidence: 'bytes' };
	const utf8 = tryDecode(bytes, 'utf-8');
	if (utf8 !== null) return { text: utf8, encoding: 'utf-8', evidence: 'bytes' };
	const gb = tryDecode(bytes, 'gb18030');
	if (gb !== null) return { text: gb, encoding: 'gb18030', evidence: 'bytes' };
	// Documents collected from the web often carry a few damaged bytes (a cut-off last
	// character, one bad sequence). Keep the text when the damage is a sliver of it; the
	// damaged characters become U+FFFD, as a browser shows them.
	const damaged = leastDamaged(bytes, declared);
	if (damaged) return damaged;
	throw new DecodeError('not text in UTF-8, UTF-16 or GB18030');
}

/** Share of replacement characters above which a text counts as binary, not damaged. */
export const MAX_DAMAGE = 0.01;

function leastDamaged(bytes: Uint8Array, declared: Encoding | null): Decoded | null {
	const candidates: Encoding[] = declared ? [declared, 'utf-8', 'gb18030'] : ['utf-8', 'gb18030'];
	let best: { text: string; encoding: Encoding; bad: number } | null = null;
	for (const encoding of candidates) {
		const text = new TextDecoder(encoding).decode(bytes);
		// replacement characters and C0 controls other than whitespace: what binary data turns into
		// eslint-disable-next-line no-control-regex -- counting control characters is the point
		const bad = text.match(/[\uFFFD\x00-\x08\x0E-\x1F]/g)?.length ?? 0;
		if (!best || bad < best.bad) best = { text, encoding, bad };
	}
	if (!best || best.text.length === 0 || best.bad > Math.max(1, best.text.length * MAX_DAMAGE))
		return null;
	return { text: best.text, encoding: best.encoding, evidence: 'bytes' };
}
