/** Bad uploads get a clear refusal with the right status (and nothing is read further). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	checkUpload,
	extractUpload,
	MAX_UPLOAD_BYTES,
	safeFileName,
	UploadError
} from '../../../src/lib/server/upload';

const good = readFileSync('tests/fixtures/upload/qingwu-2024-annual.txt');
const enc = (s: string) => new TextEncoder().encode(s);

function refusal(name: string, bytes: Uint8Array): { status: number; message: string } {
	try {
		const fileName = checkUpload(name, bytes);
		extractUpload(fileName, bytes);
	} catch (err) {
		if (err instanceof UploadError) return { status: err.status, message: err.message };
		throw err;
	}
	return { status: 0, message: 'accepted' };
}

describe('upload checks', () => {
	it('accept a text report and an HTML page', () => {
		expect(refusal('report.txt', good).status).toBe(0);
		const html = enc(`<!DOCTYPE html><html><body><p>${good.toString('utf8')}</p></body></html>`);
		expect(refusal('report.html', html).status).toBe(0);
	});

	const cases: [string, string, Uint8Array, number, RegExp][] = [
		['empty', 'a.txt', new Uint8Array(0), 400, /empty/],
		['oversized', 'a.txt', new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x41), 413, /limit is 5 MB/],
		['a PDF named .txt', 'a.txt', enc('%PDF-1.7\n...'), 415, /PDF.*despite its name \.txt/],
		['a docx', 'a.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 415, /ZIP/],
		['a PNG named .html', 'a.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10]), 415, /PNG/],
		['an unknown extension', 'a.csv', enc('town,year\n'), 415, /only \.txt, \.html, \.htm/],
		['no extension', 'README', enc('hello'), 415, /no extension/],
		[
			'HTML named .txt',
			'a.txt',
			enc('<!DOCTYPE html><html><body>x</body></html>'),
			415,
			/rename it \.html/
		],
		['plain text named .html', 'a.html', good, 415, /no HTML markup/],
		[
			'corrupt bytes named .txt',
			'a.txt',
			new Uint8Array(400).map((_, i) => (i * 37) % 256),
			400,
			/cannot be read as text/
		],
		['a NUL-laden file', 'a.txt', enc('abc\u0000\u0001\u0002def'), 415, /binary/],
		['text without any report', 'a.txt', enc('今天天气很好。'), 422, /no government work report/]
	];
	for (const [what, name, bytes, status, message] of cases)
		it(`refuse ${what} with ${status}`, () => {
			const r = refusal(name, bytes);
			expect(r.status).toBe(status);
			expect(r.message).toMatch(message);
		});

	it('keep file names to a plain base name', () => {
		expect(safeFileName('../../etc/passwd.txt')).toBe('passwd.txt');
		expect(safeFileName('C:\\x\\..\\r<1>.txt')).toBe('r_1_.txt');
		expect(safeFileName('...')).toBe('upload.txt');
	});
});
