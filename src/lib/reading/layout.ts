/**
 * Per-line facts shared by splitting, metadata and sections: the trimmed span, its matching
 * form, and whether the line is page chrome. Computed once per document.
 */
import { isChromeLine } from './chrome';
import { trimSpan, type Line } from './lines';

export interface LineInfo {
	/** Trimmed span in the document text. */
	start: number;
	end: number;
	/** Trimmed matching form (normalizeForMatching) of the line, inner spaces kept. */
	t: string;
	chrome: boolean;
	blank: boolean;
}

export function analyzeLines(text: string, norm: string, lines: Line[]): LineInfo[] {
	return lines.map((line) => {
		const span = trimSpan(text, line);
		const t = norm.slice(span.start, span.end);
		const blank = t.length === 0;
		return { start: span.start, end: span.end, t, blank, chrome: !blank && isChromeLine(t) };
	});
}
