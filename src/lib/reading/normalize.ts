/**
 * A same-length "matching form" of a text: full-width ASCII becomes half-width, the
 * ideographic space a space, dash and tilde variants one form, and traditional characters
 * their simplified form (character by character, so every offset in the matching form is an
 * offset in the original). Rules match on this form; quotes are cut from the original.
 */
import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const charCache = new Map<string, string>();

function simplifiedChar(ch: string): string {
	let out = charCache.get(ch);
	if (out === undefined) {
		const conv = toSimplified(ch);
		// Only a one-for-one replacement keeps offsets aligned.
		out = conv.length === ch.length ? conv : ch;
		charCache.set(ch, out);
	}
	return out;
}

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const TILDES = /[\u301C\uFF5E]/g;

export function normalizeForMatching(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
		else if (code === 0x3000) out += ' ';
		else if (code >= 0x3400 && code <= 0x9fff) out += simplifiedChar(text[i]);
		else out += text[i];
	}
	return out.replace(DASHES, '-').replace(TILDES, '~');
}
