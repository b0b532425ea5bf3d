import { readDocument } from '../../../src/lib/reading/index';
import { analyzeLines } from '../../../src/lib/reading/layout';

/** A text read as a .txt file, with its per-line facts. */
export function layout(text: string) {
	const doc = readDocument('t.txt', new TextEncoder().encode(text));
	return { ...doc, info: analyzeLines(doc.text, doc.norm, doc.lines) };
}
