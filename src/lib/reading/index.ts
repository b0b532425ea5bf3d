/**
 * Reading: bytes of a .txt, .html/.htm, .docx or .pdf file → the document text every offset
 * points into, plus its matching form and its lines. For .txt the text is the decoded file minus
 * a BOM; for HTML, Word and PDF it is the text the converter produced (html.ts, docx.ts, pdf.ts).
 * Pinyin reading aids printed after characters are left out of every format (glosses.ts).
 * Word and PDF readers are asynchronous (readDocumentAsync); text and HTML read synchronously.
 */
import { decodeBytes, type Encoding } from './encoding';
import { htmlToText, looksLikeHtml } from './html';
import { splitLines, type Line } from './lines';
import { cutSpans, glossSpans, type Cut } from './glosses';
import { watermarkSpans } from './watermarks';
import { unfoldCollapsed } from './unfold';
import { normalizeForMatching } from './normalize';

export interface ReadDocument {
	text: string;
	/** normalizeForMatching(text): same length, rules match on it. */
	norm: string;
	lines: Line[];
	/** The text encoding, or the container format for documents that are not plain text. */
	encoding: Encoding | 'docx' | 'pdf';
	format: 'text' | 'html' | 'docx' | 'pdf';
	/** The HTML page's <title>, when there is one. */
	pageTitle: string | null;
	pageUrl: string | null;
	/**
	 * Reading aids left out of `text` (glosses.ts), with the text as read before: offsets map back
	 * through sourceOffset. Absent when nothing was left out.
	 */
	original?: { text: string; cuts: Cut[] };
}

const HTML_EXT = /\.x?html?$/i;

export class ReadError extends Error {}

/**
 * Which reader a file needs: its extension first (.docx, .pdf), then its first bytes (a PDF
 * header, or a ZIP archive holding word/document.xml), else text or HTML.
 */
export function documentFormat(fileName: string, bytes: Uint8Array): 'docx' | 'pdf' | 'text' {
	if (/\.docx$/i.test(fileName)) return 'docx';
	if (/\.pdf$/i.test(fileName)) return 'pdf';
	if (isPdf(bytes)) return 'pdf';
	if (isWordZip(bytes)) return 'docx';
	return 'text';
}

/** A PDF header within the first KB (the format allows leading junk). */
export function isPdf(bytes: Uint8Array): boolean {
	return latin1(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** A ZIP archive whose entry names include word/document.xml (names are stored uncompressed). */
export function isWordZip(bytes: Uint8Array): boolean {
	if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04))
		return false;
	return latin1(bytes).includes('word/document.xml');
}

function latin1(bytes: Uint8Array): string {
	return new TextDecoder('latin1').decode(bytes);
}

/** Any supported file; Word and PDF are converted to text first. Throws ReadError or DecodeError. */
export async function readDocumentAsync(
	fileName: string,
	bytes: Uint8Array
): Promise<ReadDocument> {
	const format = documentFormat(fileName, bytes);
	if (format === 'text') return readDocument(fileName, bytes);
	try {
		// Loaded on demand: text and HTML callers never pay for mammoth or pdf.js.
		const text =
			format === 'docx'
				? await (await import('./docx')).docxToText(bytes)
				: await (await import('./pdf')).pdfToText(bytes);
		return fromText(text, format, format);
	} catch (err) {
		throw new ReadError(err instanceof Error ? err.message : String(err));
	}
}

export function readDocument(fileName: string, bytes: Uint8Array): ReadDocument {
	if (/\.(?:docx|pdf)$/i.test(fileName))
		throw new ReadError('Word and PDF files are read with readDocumentAsync');
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
	return { ...fromText(text, decoded.encoding, format), pageTitle, pageUrl };
}

function fromText(
	raw: string,
	encoding: ReadDocument['encoding'],
	format: ReadDocument['format']
): ReadDocument {
	// Reading aids and watermarks left out, the cuts kept to give offsets back.
	const glossed = cutSpans(raw, [...glossSpans(raw), ...watermarkSpans(raw)]);
	let text = glossed.text;
	// A NUL byte or a stray BOM inside a text is damage, never content.
	if (text.includes('\0') || text.includes('\ufeff'))
		text = text.replaceAll('\0', ' ').replaceAll('\ufeff', ' ');
	// Lines come from the matching form: a collapsed page gets its line breaks back there.
	const norm = unfoldCollapsed(normalizeForMatching(text));
	return {
		text,
		norm,
		lines: splitLines(norm),
		encoding,
		format,
		pageTitle: null,
		pageUrl: null,
		...(glossed.cuts.length ? { original: { text: raw, cuts: glossed.cuts } } : {})
	};
}
