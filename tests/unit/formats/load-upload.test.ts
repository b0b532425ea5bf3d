/**
 * Word and PDF reports through the loader and the web upload checks: a corpus stored from mixed
 * formats gives the same ledger as the same corpus in plain text, scans and damaged files fail
 * by name without touching the rest, and mislabelled files are still refused.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocumentAsync } from '../../../src/lib/extract';
import { openDatabase, type Db } from '../../../src/lib/server/db/index';
import { queryAssessments } from '../../../src/lib/server/db/assessments';
import { loadPaths, loadPathsAsync, type LoadSummary } from '../../../src/lib/server/loader';
import {
	checkUpload,
	extractUploadAsync,
	UploadError,
	UPLOAD_EXTENSIONS
} from '../../../src/lib/server/upload';
import { NO_TEXT_LAYER } from '../../../src/lib/reading/pdf';
import { makeDocx, makePdf, makeScannedPdf, makeZip } from '../../fixtures/formats/make';

const SYNTHETIC = 'tests/fixtures/synthetic';
const TOWN = '云栖湾镇';
const files = readdirSync(SYNTHETIC)
	.filter((f) => f.endsWith('.txt'))
	.sort();
const paragraphs = (f: string) =>
	readFileSync(join(SYNTHETIC, f), 'utf8')
		.split(/\r?\n/)
		.filter((l) => l.trim());

/** The corpus with its reports in turn as .txt, .docx, PDF (two font kinds). */
function mixedCorpus(dir: string): string[] {
	const kinds: string[] = [];
	files.forEach((f, i) => {
		const base = join(dir, f.replace(/\.txt$/, ''));
		const kind = ['docx', 'pdf-predefined', 'pdf-tounicode', 'txt'][i % 4];
		kinds.push(kind);
		if (kind === 'txt') copyFileSync(join(SYNTHETIC, f), `${base}.txt`);
		else if (kind === 'docx') writeFileSync(`${base}.docx`, makeDocx(paragraphs(f)));
		else
			writeFileSync(
				`${base}.pdf`,
				makePdf(paragraphs(f), {
					font: kind === 'pdf-predefined' ? 'predefined' : 'tounicode',
					lineChars: 28,
					linesPerPage: 10,
					pageNumbers: true
				})
			);
	});
	return kinds;
}

const tempDb = (tag: string) =>
	openDatabase(join(mkdtempSync(join(tmpdir(), `ledger-${tag}-`)), 'ledger.sqlite'));

/** Assessments as comparable rows (ids differ between databases). */
function ledger(db: Db) {
	return (queryAssessments(db, { town: TOWN }) ?? [])
		.map((a) => ({
			year: a.year,
			indicator: a.indicator,
			text: a.text,
			measure: a.measure,
			status: a.status,
			basis: a.basis,
			primary: a.primary,
			quotes: a.sources.map((s) => s.quote)
		}))
		.sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
}

describe('loader', () => {
	let mixedDir: string;
	let mixed: Db;
	let plain: Db;
	let summary: LoadSummary;

	beforeAll(async () => {
		mixedDir = mkdtempSync(join(tmpdir(), 'formats-'));
		mixedCorpus(mixedDir);
		writeFileSync(join(mixedDir, 'scan.pdf'), makeScannedPdf(2));
		writeFileSync(join(mixedDir, 'broken.docx'), makeDocx(paragraphs(files[0])).subarray(0, 200));
		mixed = tempDb('mixed');
		summary = await loadPathsAsync(mixed, [mixedDir]);
		plain = tempDb('plain');
		expect(loadPaths(plain, [SYNTHETIC]).failures).toEqual([]);
	}, 60_000);

	it('loads every Word and PDF report, and fails the scan and the damaged file by name', () => {
		expect(summary.loaded).toBe(files.length);
		const failures = new Map(summary.failures.map((f) => [f.file.split('/').pop(), f.error]));
		expect([...failures.keys()].sort()).toEqual(['broken.docx', 'scan.pdf']);
		expect(failures.get('scan.pdf')).toBe(`scan.pdf: ${NO_TEXT_LAYER}`);
		expect(failures.get('broken.docx')).toMatch(/^broken\.docx: not a readable Word \.docx file/);
	});

	it('gives the same ledger as the plain-text corpus', () => {
		const a = ledger(mixed);
		expect(a.length).toBeGreaterThan(5);
		expect(a).toEqual(ledger(plain));
	});

	it('stores the text the offsets point into, with the container as the encoding', () => {
		const docs = mixed
			.prepare(`SELECT id, file_name AS fileName, encoding, text FROM documents`)
			.all() as { id: number; fileName: string; encoding: string; text: string }[];
		const want = (name: string) =>
			name.endsWith('.docx') ? 'docx' : name.endsWith('.pdf') ? 'pdf' : 'utf-8';
		expect(docs.map((d) => d.encoding).sort()).toEqual(docs.map((d) => want(d.fileName)).sort());
		expect(new Set(docs.map((d) => d.encoding))).toEqual(new Set(['docx', 'pdf', 'utf-8']));
		const quotes = mixed
			.prepare(
				`SELECT t.quote, t.start, t."end", d.text
				 FROM targets t JOIN reports r ON r.id = t.report_id JOIN documents d ON d.id = r.document_id`
			)
			.all() as { quote: string; start: number; end: number; text: string }[];
		expect(quotes.length).toBeGreaterThan(0);
		for (const q of quotes) expect(q.text.slice(q.start, q.end)).toBe(q.quote);
	});

	it('skips unchanged Word and PDF files on a rerun', async () => {
		const again = await loadPathsAsync(mixed, [mixedDir]);
		expect(again.loaded).toBe(0);
		expect(again.skipped).toBe(files.length);
	});

	it('the synchronous loader names the asynchronous one for Word and PDF', () => {
		const dir = mkdtempSync(join(tmpdir(), 'formats-sync-'));
		writeFileSync(join(dir, 'r.pdf'), makePdf(paragraphs(files[0]), { font: 'tounicode' }));
		const s = loadPaths(tempDb('sync'), [dir]);
		expect(s.failures).toHaveLength(1);
		expect(s.failures[0].error).toMatch(/readDocumentAsync/);
	});
});

describe('the extract command', () => {
	it('reads .docx and .pdf files', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'formats-cli-'));
		const docx = join(dir, 'a.docx');
		const pdf = join(dir, 'b.pdf');
		writeFileSync(docx, makeDocx(paragraphs(files[1])));
		writeFileSync(pdf, makePdf(paragraphs(files[1]), { font: 'predefined' }));
		const r = spawnSync('node_modules/.bin/tsx', ['scripts/extract.ts', docx, pdf], {
			encoding: 'utf8'
		});
		expect(r.status, r.stderr).toBe(0);
		const out = JSON.parse(r.stdout) as {
			source: string;
			encoding: string;
			reports: { town: string; targets: unknown[] }[];
		}[];
		expect(out.map((d) => [d.source, d.encoding])).toEqual([
			['a.docx', 'docx'],
			['b.pdf', 'pdf']
		]);
		expect(out[0].reports[0].town).toBe(TOWN);
		expect(out[0].reports[0].targets.length).toBeGreaterThan(0);
		// The command prints what the library extracts from the same bytes.
		for (const [k, file] of [docx, pdf].entries()) {
			const ex = await extractDocumentAsync({
				fileName: basename(file),
				bytes: readFileSync(file)
			});
			expect(out[k].reports).toEqual(JSON.parse(JSON.stringify(ex.reports)));
		}
	}, 30_000);
});

describe('upload', () => {
	const enc = (s: string) => new TextEncoder().encode(s);
	const docx = makeDocx(paragraphs(files[2]));
	const pdf = makePdf(paragraphs(files[2]), { font: 'tounicode' });

	function refusal(name: string, bytes: Uint8Array) {
		try {
			checkUpload(name, bytes);
		} catch (err) {
			if (err instanceof UploadError) return { status: err.status, message: err.message };
			throw err;
		}
		return { status: 0, message: 'accepted' };
	}

	it('accepts Word and PDF files', async () => {
		expect(UPLOAD_EXTENSIONS).toEqual(expect.arrayContaining(['.docx', '.pdf']));
		for (const [name, bytes, encoding] of [
			['r.docx', docx, 'docx'],
			['r.PDF', pdf, 'pdf']
		] as const) {
			const fileName = checkUpload(name, bytes);
			const ex = await extractUploadAsync(fileName, bytes);
			expect(ex.encoding).toBe(encoding);
			expect(ex.reports[0].town).toBe(TOWN);
		}
	});

	const mislabelled: [string, string, Uint8Array, RegExp][] = [
		['a PDF named .docx', 'a.docx', pdf, /named \.docx but is a PDF file/],
		['a Word file named .pdf', 'a.pdf', docx, /named \.pdf but is a ZIP archive/],
		['text named .pdf', 'a.pdf', enc('地区生产总值增长6%'), /named \.pdf but is not a Word or PDF/],
		[
			'another ZIP named .docx',
			'a.docx',
			makeZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]),
			/ZIP archive without a Word document/
		],
		[
			'an old .doc named .docx',
			'a.docx',
			new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
			/old Office file/
		],
		['a PDF named .txt', 'a.txt', pdf, /PDF.*despite its name \.txt; rename it \.pdf/],
		['a Word file named .html', 'a.html', docx, /ZIP.*despite its name \.html; rename it \.docx/]
	];
	it.each(mislabelled)('refuses %s with 415', (_what, name, bytes, message) => {
		const r = refusal(name, bytes);
		expect(r.status).toBe(415);
		expect(r.message).toMatch(message);
	});

	it('answers a scan with 422 and the no-text-layer message', async () => {
		const bytes = makeScannedPdf(1);
		const fileName = checkUpload('scan.pdf', bytes);
		const err = await extractUploadAsync(fileName, bytes).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(UploadError);
		expect((err as UploadError).status).toBe(422);
		expect((err as UploadError).message).toBe(`scan.pdf: ${NO_TEXT_LAYER}`);
	});

	it('answers damaged Word and PDF files with 400, naming the file', async () => {
		const cases: [string, Uint8Array, RegExp][] = [
			['bad.docx', docx.subarray(0, Math.floor(docx.length / 2)), /cannot be read as a Word/],
			['bad.pdf', enc('%PDF-1.7\n' + 'x'.repeat(500)), /cannot be read as a PDF|没有文字层/]
		];
		for (const [name, bytes, message] of cases) {
			const fileName = checkUpload(name, bytes);
			const err = await extractUploadAsync(fileName, bytes).catch((e: unknown) => e);
			expect(err).toBeInstanceOf(UploadError);
			expect((err as UploadError).message).toMatch(new RegExp(`^${name.replace('.', '\\.')}: `));
			expect((err as UploadError).message).toMatch(message);
			expect([400, 422]).toContain((err as UploadError).status);
		}
	});
});
