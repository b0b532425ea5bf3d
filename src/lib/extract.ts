/**
 * The extraction pipeline for one document: reading → splitting → metadata → sections →
 * numbers → targets/results. Pure: bytes in, structured reports out (no I/O).
 */
import { decodeBytes } from './reading/encoding';
import type { ExtractedDocument, Report } from './types';

/** Bump when extraction output changes, so the loader re-extracts stored documents. */
export const EXTRACTOR_VERSION = '0.1.0';

export interface ExtractInput {
	fileName: string;
	bytes: Uint8Array;
}

/** Facts about the web page that carried the document (chrome set aside from the text). */
export interface PageMeta {
	published: string | null;
	publisher: string | null;
	indexNumber: string | null;
	sourceUrl: string | null;
}

export interface DocumentExtraction extends ExtractedDocument {
	/** The document text every offset points into. */
	text: string;
	encoding: string;
	page: PageMeta;
	reports: Report[];
}

export class ExtractError extends Error {
	constructor(
		readonly fileName: string,
		message: string
	) {
		super(`${fileName}: ${message}`);
	}
}

export function extractDocument(input: ExtractInput): DocumentExtraction {
	let decoded;
	try {
		decoded = decodeBytes(input.bytes);
	} catch (err) {
		throw new ExtractError(input.fileName, err instanceof Error ? err.message : String(err));
	}
	// Work in progress (issue 3): splitting, metadata, sections and items are being built.
	return {
		source: input.fileName,
		text: decoded.text,
		encoding: decoded.encoding,
		page: { published: null, publisher: null, indexNumber: null, sourceUrl: null },
		reports: []
	};
}
