/**
 * PDF → plain text from the PDF's text layer (pdf.js, legacy build for Node). Text items are
 * grouped into printed lines by their baseline, printed lines are joined back into paragraphs
 * (a word processor wraps a paragraph at the right margin; a new paragraph starts indented), and
 * page numbers and running headers are dropped so that a sentence broken by a page break reads
 * whole. A PDF without a text layer (a scan) is refused: there is no OCR.
 *
 * Not pure in one respect: pdf.js reads its CMap files (needed for Chinese fonts that use
 * predefined CMaps such as UniGB-UCS2-H) and standard font data from the package folder.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export class PdfReadError extends Error {}

/** The message for a scan: Chinese first, as the users read it, then English. */
export const NO_TEXT_LAYER =
	'此PDF没有文字层(扫描件)，无法识别 — no text layer (scanned PDF); OCR is not supported';

interface Item {
	str: string;
	x: number;
	y: number;
	w: number;
	size: number;
}

interface PrintedLine {
	text: string;
	x: number;
	end: number;
	y: number;
	size: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsPromise: Promise<{ pdfjs: PdfJs; root: string }> | null = null;

/** pdf.js with its worker on the main thread (no worker file to locate after bundling). */
function loadPdfJs(): Promise<{ pdfjs: PdfJs; root: string }> {
	pdfjsPromise ??= (async () => {
		const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
		const g = globalThis as { pdfjsWorker?: unknown };
		// @ts-expect-error pdf.js ships no type declarations for its worker module
		g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
		const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
		return { pdfjs, root };
	})();
	return pdfjsPromise;
}

/** The text layer of a PDF as paragraphs, one per line. Throws PdfReadError. */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
	const { pdfjs, root } = await loadPdfJs();
	// pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
	const task = pdfjs.getDocument({
		data: new Uint8Array(bytes),
		cMapUrl: join(root, 'cmaps') + '/',
		cMapPacked: true,
		standardFontDataUrl: join(root, 'standard_fonts') + '/',
		disableFontFace: true,
		isEvalSupported: false,
		useSystemFonts: false,
		stopAtErrors: false,
		verbosity: 0
	});
	let doc;
	try {
		doc = await task.promise;
	} catch (err) {
		await task.destroy().catch(() => {});
		const name = (err as { name?: string }).name;
		if (name === 'PasswordException')
			throw new PdfReadError('此PDF有密码保护，无法读取 — the PDF is password-protected');
		const msg = err instanceof Error ? err.message : String(err);
		throw new PdfReadError(`not a readable PDF file (${msg})`);
	}
	try {
		const pages: PrintedLine[][] = [];
		for (let p = 1; p <= doc.numPages; p++) {
			const page = await doc.getPage(p);
			const content = await page.getTextContent();
			const items: Item[] = [];
			for (const it of content.items) {
				if (!('str' in it) || !it.str) continue;
				const [a, b, , d, e, f] = it.transform as number[];
				// Vertical or rotated runs (stamps, margin notes) are not body text.
				if (Math.abs(b) > Math.abs(a) * 0.1) continue;
				items.push({ str: it.str, x: e, y: f, w: it.width, size: Math.abs(d) || it.height || 10 });
			}
			pages.push(printedLines(items));
			page.cleanup();
		}
		const text = joinPages(dropRunningLines(pages));
		const visible = text.replace(/\s/g, '');
		if (visible.length < 20) throw new PdfReadError(NO_TEXT_LAYER);
		// Fonts without a Unicode mapping come out as private-use, replacement or control characters.
		// eslint-disable-next-line no-control-regex
		const unmapped = visible.match(/[\ue000-\uf8ff\ufffd\u0000-\u001f]/g)?.length ?? 0;
		if (unmapped > visible.length * 0.3)
			throw new PdfReadError(
				'此PDF的文字层无法解码 — the text layer cannot be decoded (fonts without a Unicode map)'
			);
		// A few stray control codes are unmapped glyphs, not a sign of a binary file.
		// eslint-disable-next-line no-control-regex
		return text.replace(/[\u0000-\u0008\u000b-\u001f]/g, ' ');
	} finally {
		await doc.destroy();
	}
}

/** Items → printed lines: same baseline within half a character, left to right. */
export function printedLines(items: Item[]): PrintedLine[] {
	const near = (g: Item[], it: Item) =>
		Math.abs(g[0].y - it.y) <= Math.max(g[0].size, it.size) * 0.5;
	const sorted = items.filter((i) => i.str.trim()).sort((p, q) => q.y - p.y || p.x - q.x);
	const groups: Item[][] = [];
	for (const it of sorted) {
		const last = groups.at(-1);
		if (last && near(last, it)) last.push(it);
		else groups.push([it]);
	}
	// A space drawn as its own run is a real space: it joins the line it sits on, between its runs.
	const bounds = groups.map((g) => ({
		min: Math.min(...g.map((i) => i.x)),
		max: Math.max(...g.map((i) => i.x))
	}));
	for (const it of items) {
		if (it.str.trim()) continue;
		const k = groups.findIndex(
			(g, n) => near(g, it) && it.x > bounds[n].min && it.x < bounds[n].max
		);
		if (k >= 0) groups[k].push(it);
	}
	return groups.map((g) => {
		g.sort((p, q) => p.x - q.x);
		let text = '';
		let end = g[0].x;
		for (const it of g) {
			if (!it.str.trim()) {
				text += ' ';
				continue;
			}
			if (text && !/\s$/.test(text) && !/^\s/.test(it.str) && spaced(text, it, end)) text += ' ';
			text += it.str;
			end = Math.max(end, it.x + it.w);
		}
		return {
			text: unspread(text.replace(/\s+/g, ' ').trim()),
			x: g[0].x,
			end,
			y: g[0].y,
			size: Math.max(...g.map((i) => i.size))
		};
	});
}

/**
 * Whether a gap between two runs on a line is a space. Justified Chinese lines spread their
 * characters apart, so between Chinese characters only a column-wide gap (a table) counts;
 * between Latin words and numbers a gap over half a character does.
 */
function spaced(before: string, it: Item, end: number): boolean {
	const gap = it.x - end;
	if (gap > it.size * 3) return true;
	return gap > it.size * 0.6 && /[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(it.str);
}

const CJK = '[\\u2018-\\u201d\\u2e80-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef]';
const TOKEN = `(?:${CJK}|[\\d.%]+|[,;:!?()])`;
const SPREAD = new RegExp(`(?:${TOKEN} ){2,}${TOKEN}`, 'gu');

/**
 * pdf.js reports wide gaps inside a run as spaces; a justified or letter-spaced Chinese line
 * then reads 社 会 保 障. Three or more single characters (numbers, punctuation) in a row, each followed
 * by a space, are spread type, not words: their spaces go. A lone space (镇长 林澄) stays.
 */
function unspread(line: string): string {
	return line.replace(SPREAD, (m) => m.replace(/ /g, ''));
}

const PAGE_NUMBER =
	/^(?:[-—–－‐]\s*\d{1,4}\s*[-—–－‐]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}(?:\s*\/\s*\d{1,4})?|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;

/** Page numbers and running headers/footers (the same line atop or under most pages). */
function dropRunningLines(pages: PrintedLine[][]): PrintedLine[][] {
	const key = (l: PrintedLine) => l.text.replace(/\d+/g, '#');
	const count = new Map<string, number>();
	for (const page of pages) {
		const edges = new Set([page[0], page.at(-1)].filter(Boolean).map((l) => key(l!)));
		for (const k of edges) count.set(k, (count.get(k) ?? 0) + 1);
	}
	const running = (l: PrintedLine) =>
		PAGE_NUMBER.test(l.text) || (pages.length >= 3 && (count.get(key(l)) ?? 0) >= pages.length / 2);
	return pages.map((page) => {
		const out = [...page];
		while (out.length && running(out[0])) out.shift();
		while (out.length && running(out.at(-1)!)) out.pop();
		return out;
	});
}

/**
 * Printed lines → paragraphs. A line that reaches the right margin continues on the next line
 * unless that one is indented (a new paragraph) or in another type size (a heading).
 */
function joinPages(pages: PrintedLine[][]): string {
	const lines = pages.flat();
	if (!lines.length) return '';
	const left = leftMargin(lines.map((l) => Math.round(l.x)));
	const right = percentile(
		lines.map((l) => l.end),
		0.9
	);
	const out: string[] = [];
	let para = '';
	lines.forEach((l, i) => {
		para = para ? para + glue(para, l.text) + l.text : l.text;
		const next = lines[i + 1];
		// Full: the next line's first word would not have fitted after this one.
		const continues =
			next &&
			l.end + firstWordWidth(next) >= right - l.size * 0.5 &&
			next.x <= left + next.size * 0.5 &&
			Math.abs(next.size - l.size) <= l.size * 0.15 &&
			!(/[。：:；;！？]$/.test(l.text) && HEADING.test(next.text));
		if (!continues) {
			out.push(para);
			para = '';
		}
	});
	return out.join('\n');
}

/** The width of a line's first word (a Latin word or number, else one character). */
function firstWordWidth(l: PrintedLine): number {
	const perChar = (l.end - l.x) / Math.max(1, Array.from(l.text).length);
	const word = /^[A-Za-z0-9.%]+/.exec(l.text)?.[0].length ?? 1;
	return perChar * word;
}

/** A numbered heading (一、 （二） 3.) starts its own paragraph even at the margin. */
const HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])/;

/**
 * Wrapped English words need their space back; Chinese and numbers join directly. A space that
 * stood at the break between a Latin word and a Chinese character or dash cannot be told from
 * none, and is lost.
 */
function glue(before: string, after: string): string {
	return /[A-Za-z,.;:!?)]$/.test(before) && /^[A-Za-z(]/.test(after) ? ' ' : '';
}

/** The body's left margin: the leftmost start shared by a fair number of lines (not a stray). */
function leftMargin(xs: number[]): number {
	const count = new Map<number, number>();
	for (const x of xs) count.set(x, (count.get(x) ?? 0) + 1);
	const common = [...count].filter(([, n]) => n >= Math.max(2, xs.length * 0.05)).map(([x]) => x);
	return Math.min(...(common.length ? common : xs));
}

function percentile(xs: number[], q: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
