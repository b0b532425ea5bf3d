/**
 * PDFs from a real producer: Chromium prints real reports (justified, indented paragraphs, an
 * embedded subset font) and the PDF must give the same items as the text it was printed from.
 * Justification spreads some lines' characters apart; the reader must close those gaps.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	extractDocument,
	extractDocumentAsync,
	type DocumentExtraction
} from '../../../src/lib/extract';

const CHROMIUM = '/usr/bin/chromium';
const REPORTS = ['data/reports/002_d0eaa92c1a5cd3a2.txt', 'data/reports/003_f33962c4148b52b6.txt'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function printPdf(paragraphs: string[], dir: string): Uint8Array {
	const html = join(dir, 'r.html');
	const pdf = join(dir, 'r.pdf');
	writeFileSync(
		html,
		'<!doctype html><meta charset="utf-8"><style>body{font-family:"WenQuanYi Micro Hei",sans-serif;' +
			'font-size:14pt;margin:0}p{text-indent:2em;margin:0;text-align:justify}</style>' +
			paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')
	);
	const r = spawnSync(
		CHROMIUM,
		[
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--no-pdf-header-footer',
			`--print-to-pdf=${pdf}`,
			`file://${html}`
		],
		{ timeout: 60_000 }
	);
	if (!existsSync(pdf)) throw new Error(`chromium printed nothing: ${r.stderr}`);
	return readFileSync(pdf);
}

const items = (d: DocumentExtraction) =>
	d.reports.flatMap((r) =>
		[...r.targets, ...r.results].map((t) => ({
			quote: t.quote.replace(/\s/g, ''),
			indicator: t.indicator,
			value: t.value
		}))
	);

describe.skipIf(!existsSync(CHROMIUM))('PDF printed by Chromium', () => {
	it.each(REPORTS)(
		'%s gives the items of its text',
		async (file) => {
			const paragraphs = readFileSync(file, 'utf8')
				.replace(/^\uFEFF/, '')
				.split(/\r?\n/)
				.map((l) => l.trim())
				.filter(Boolean);
			const bytes = printPdf(paragraphs, mkdtempSync(join(tmpdir(), 'chromium-pdf-')));
			const pdf = await extractDocumentAsync({ fileName: 'r.pdf', bytes });
			const text = extractDocument({
				fileName: 'r.txt',
				bytes: new TextEncoder().encode(paragraphs.join('\n'))
			});
			// Paragraphs come back one per line; only spacing inside a line may differ.
			const squeeze = (s: string) => s.split('\n').map((l) => l.replace(/\s/g, ''));
			expect(squeeze(pdf.text)).toEqual(squeeze(text.text));
			expect(items(pdf).length).toBeGreaterThan(5);
			expect(items(pdf)).toEqual(items(text));
			expect(pdf.reports.map((r) => [r.town, r.reportYear])).toEqual(
				text.reports.map((r) => [r.town, r.reportYear])
			);
		},
		90_000
	);
});
