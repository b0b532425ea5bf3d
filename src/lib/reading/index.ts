/**
 * Reading: bytes of a .txt or .html/.htm file → the document text every offset points into,
 * plus its matching form and its lines. For .txt the text is the decoded file minus a BOM; for
 * HTML it is the text the converter produced (see html.ts).
 */
import { decodeBytes, type Encoding } from './encoding';
import { htmlToText, looksLikeHtml } from './html';
import { splitLines, type Line } from './lines';
import { normalizeForMatching } from './normalize';

export interface ReadDocument {
	text: string;
	/** normalizeForMatching(text): same length, rules match on it. */
	norm: string;
	lines: Line[];
	encoding: Encoding;
	format: 'text' | 'html';
	/** The HTML page's <title>, when there is one. */
	pageTitle: string | null;
	pageUrl: string | null;
}

const HTML_EXT = /\.x?html?$/i;

export function readDocument(fileName: string, bytes: Uint8Array): ReadDocument {
	const decoded = decodeBytes(bytes);
	let text = decoded.text;
	let format: ReadDocument['format'] = 'text';
	let pageTitle: string | null = null;
	let pageUrl: string | null = null;
	if (HTML_EXT.test(fileName) || looksLikeHtml(text)) {
		const html = htmlToText(text);
		text = html.text;
		pageTitle = html.title;
		pageUrl = html.url;
		format = 'html';
	}
	// A NUL byte or a stray BOM inside a text is damage, never content.
	if (text.includes('\0') || text.includes('\ufeff'))
		text = text.replaceAll('\0', ' ').replaceAll('\ufeff', ' ');
	const norm = normalizeForMatching(text);
	return {
		text,
		norm,
		lines: splitLines(text),
		encoding: decoded.encoding,
		format,
		pageTitle,
		pageUrl
	};
}
