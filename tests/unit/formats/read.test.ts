/**
 * Word .docx and PDF reports read to the same text — and so the same extraction — as the plain
 * text they were made from; scans and damaged files are refused with a message naming the file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	extractDocument,
	extractDocumentAsync,
	ExtractError,
	type DocumentExtraction
} from '../../../src/lib/extract';
import { NO_TEXT_LAYER } from '../../../src/lib/reading/pdf';
import {
	makeDocx,
	makePdf,
	makeScannedPdf,
	makeZip,
	type DocxBlock
} from '../../fixtures/formats/make';

const SYNTHETIC = 'tests/fixtures/synthetic';
const corpus = readdirSync(SYNTHETIC)
	.filter((f) => f.endsWith('.txt'))
	.sort()
	.map((f) => ({
		name: f.replace(/\.txt$/, ''),
		paragraphs: readFileSync(join(SYNTHETIC, f), 'utf8')
			.split(/\r?\n/)
			.filter((l) => l.trim())
	}));

const asText = (paragraphs: string[]) =>
	extractDocument({ fileName: 'x.txt', bytes: new TextEncoder().encode(paragraphs.join('\n')) });

/** Every quote is the slice of the document text its offsets name. */
function expectQuotesInText(doc: DocumentExtraction): void {
	for (const r of doc.reports)
		for (const item of [...r.targets, ...r.results])
			expect(doc.text.slice(item.start, item.end)).toBe(item.quote);
}

/** Word splits sentences into runs anywhere (here every 7 characters, through numbers). */
const asRuns = (p: string): DocxBlock => ({ runs: Array.from(p.match(/[\s\S]{1,7}/gu) ?? []) });

async function rejection(p: Promise<unknown>): Promise<Error> {
	try {
		await p;
	} catch (err) {
		return err as Error;
	}
	throw new Error('expected a refusal');
}

describe('Word .docx', () => {
	it.each(corpus)('$name reads as its text, with the same reports', async ({ paragraphs }) => {
		const doc = await extractDocumentAsync({
			fileName: 'r.docx',
			bytes: makeDocx(paragraphs.map(asRuns))
		});
		expect(doc.encoding).toBe('docx');
		expect(doc.text).toBe(paragraphs.join('\n'));
		const plain = asText(paragraphs);
		expect(doc.reports).toEqual(plain.reports);
		expect(doc.reports.some((r) => r.targets.length + r.results.length > 0)).toBe(true);
		expectQuotesInText(doc);
	});

	it('reads table cells as lines of their own', async () => {
		const doc = await extractDocumentAsync({
			fileName: 't.docx',
			bytes: makeDocx([
				'指标表',
				{
					table: [
						['指标', '目标'],
						['地区生产总值', '增长6%']
					]
				}
			])
		});
		expect(doc.text.split('\n')).toEqual(['指标表', '指标', '目标', '地区生产总值', '增长6%']);
	});

	it('is recognised by its content under another name', async () => {
		const doc = await extractDocumentAsync({
			fileName: 'download',
			bytes: makeDocx(corpus[0].paragraphs)
		});
		expect(doc.encoding).toBe('docx');
	});

	const broken: [string, Uint8Array, RegExp][] = [
		[
			'a truncated archive',
			makeDocx(corpus[0].paragraphs).subarray(0, 300),
			/^bad\.docx: not a readable Word \.docx file/
		],
		[
			'a ZIP without a Word document',
			makeZip([{ name: 'a.txt', data: 'hello' }]),
			/^bad\.docx: not a readable Word \.docx file/
		],
		[
			'text named .docx',
			new TextEncoder().encode('地区生产总值增长6%'),
			/^bad\.docx: not a Word \.docx file/
		],
		['an empty document', makeDocx([]), /^bad\.docx: the Word document has no text/]
	];
	it.each(broken)('refuses %s, naming the file', async (_what, bytes, message) => {
		const err = await rejection(extractDocumentAsync({ fileName: 'bad.docx', bytes }));
		expect(err).toBeInstanceOf(ExtractError);
		expect(err.message).toMatch(message);
	});
});

describe('PDF with a text layer', () => {
	const fonts = ['predefined', 'tounicode'] as const;
	const cases = fonts.flatMap((font) => corpus.map((c) => ({ ...c, font })));

	it.each(cases)(
		'$name ($font font) reads as its text across line wraps and page breaks',
		async ({ paragraphs, font }) => {
			const bytes = makePdf(paragraphs, {
				font,
				lineChars: 26,
				linesPerPage: 9,
				pageNumbers: true
			});
			const doc = await extractDocumentAsync({ fileName: 'r.pdf', bytes });
			expect(doc.encoding).toBe('pdf');
			expect(doc.text).toBe(paragraphs.join('\n'));
			expect(doc.reports).toEqual(asText(paragraphs).reports);
			expectQuotesInText(doc);
		}
	);

	it('joins a sentence that a page break and a page number cut in two', async () => {
		const sentence =
			'2024年全镇的主要预期目标是:规上工业增加值增长7%以上,新建5G基站86个以上,财政总收入增长4%左右。';
		const paragraphs = ['示例镇2024年政府工作报告', sentence];
		// Three lines per page: the sentence's wrapped lines straddle the first page break.
		const bytes = makePdf(paragraphs, {
			font: 'tounicode',
			lineChars: 20,
			linesPerPage: 3,
			pageNumbers: true
		});
		const doc = await extractDocumentAsync({ fileName: 'p.pdf', bytes });
		expect(doc.text).toBe(paragraphs.join('\n'));
	});

	it('is recognised by its content under another name', async () => {
		const bytes = makePdf(corpus[0].paragraphs, { font: 'tounicode' });
		expect((await extractDocumentAsync({ fileName: 'download', bytes })).encoding).toBe('pdf');
	});

	it('refuses a scan (no text layer) with the clear message', async () => {
		const err = await rejection(
			extractDocumentAsync({ fileName: 'scan.pdf', bytes: makeScannedPdf(3) })
		);
		expect(err).toBeInstanceOf(ExtractError);
		expect(err.message).toBe(`scan.pdf: ${NO_TEXT_LAYER}`);
		expect(err.message).toContain('没有文字层');
	});

	it('refuses damaged files, naming the file', async () => {
		let seed = 12345;
		const junk = new Uint8Array(3000).map(() => {
			seed = (seed * 1103515245 + 12345) & 0x7fffffff;
			return seed & 0xff;
		});
		const header = new TextEncoder().encode('%PDF-1.7\n');
		const damaged = new Uint8Array([...header, ...junk]);
		for (const bytes of [damaged, header]) {
			const err = await rejection(extractDocumentAsync({ fileName: 'bad.pdf', bytes }));
			expect(err).toBeInstanceOf(ExtractError);
			expect(err.message).toMatch(/^bad\.pdf: /);
			expect(err.message).toMatch(/not a readable PDF|没有文字层/);
		}
		const named = await rejection(
			extractDocumentAsync({ fileName: 'bad.pdf', bytes: new TextEncoder().encode('hello') })
		);
		expect(named.message).toMatch(/^bad\.pdf: not a readable PDF file/);
	});

	it('a truncated file either reads in part or is refused by name, never crashes', async () => {
		const whole = makePdf(corpus[0].paragraphs, { font: 'tounicode', linesPerPage: 5 });
		for (const cut of [0.2, 0.5, 0.8]) {
			const bytes = whole.subarray(0, Math.floor(whole.length * cut));
			try {
				const doc = await extractDocumentAsync({ fileName: 'cut.pdf', bytes });
				expect(corpus[0].paragraphs.join('\n')).toContain(doc.text.split('\n')[0]);
			} catch (err) {
				expect(err).toBeInstanceOf(ExtractError);
				expect((err as Error).message).toMatch(/^cut\.pdf: /);
			}
		}
	});
});

describe('the synchronous extractor', () => {
	it('sends Word and PDF files to the asynchronous one', () => {
		const bytes = makePdf(corpus[0].paragraphs, { font: 'tounicode' });
		expect(() => extractDocument({ fileName: 'r.pdf', bytes })).toThrow(/readDocumentAsync/);
		expect(() => extractDocument({ fileName: 'r.docx', bytes: makeDocx(['x']) })).toThrow(
			ExtractError
		);
	});

	it('still reads text the same through the asynchronous entry', async () => {
		const bytes = readFileSync(join(SYNTHETIC, 'yunqiwan-2023-annual.txt'));
		const a = extractDocument({ fileName: 'a.txt', bytes });
		const b = await extractDocumentAsync({ fileName: 'a.txt', bytes });
		expect(b).toEqual(a);
	});
});
