/**
 * Word .docx → plain text (mammoth's raw text: one paragraph per line, table cells as their own
 * paragraphs). Runs that Word splits a sentence into are joined by mammoth, so quotes and numbers
 * read whole.
 */
import mammoth from 'mammoth';

export class DocxReadError extends Error {}

/** The first bytes of a ZIP archive, which a .docx is. */
export function isZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function docxToText(bytes: Uint8Array): Promise<string> {
	if (!isZip(bytes)) throw new DocxReadError('not a Word .docx file (no ZIP signature)');
	let raw: string;
	try {
		const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
		raw = result.value;
	} catch (err) {
		const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
		throw new DocxReadError(`not a readable Word .docx file (${msg})`);
	}
	// mammoth ends every paragraph with a blank line; one line per paragraph is enough.
	const text = raw
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((l) => l.replace(/[ \t\u3000]+$/, ''))
		.filter((l) => l.trim())
		.join('\n');
	if (!text.trim()) throw new DocxReadError('the Word document has no text');
	return text;
}
