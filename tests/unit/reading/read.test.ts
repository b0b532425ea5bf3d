import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/lib/reading/index';
import { splitLines, trimSpan } from '../../../src/lib/reading/lines';

const small = (f: string) => new Uint8Array(readFileSync(`tests/fixtures/small/${f}`));

describe('readDocument', () => {
	it('reads the same report from UTF-8, GBK and UTF-16LE files', () => {
		const utf8 = readDocument('a.txt', small('utf8-annual.txt'));
		const gbk = readDocument('a.txt', small('gbk-annual.txt'));
		const utf16 = readDocument('a.txt', small('utf16le-annual.txt'));
		expect(gbk.encoding).toBe('gb18030');
		expect(utf16.encoding).toBe('utf-16le');
		expect(gbk.text).toBe(utf8.text);
		expect(utf16.text).toBe(utf8.text);
		expect(utf8.format).toBe('text');
	});
	it('matches traditional and full-width text on a simplified, half-width form of equal length', () => {
		const d = readDocument('t.txt', small('traditional-annual.txt'));
		expect(d.norm.length).toBe(d.text.length);
		expect(d.text).toContain('農業總產值８．２億元，同比增長５．５％');
		expect(d.norm).toContain('农业总产值8.2亿元,同比增长5.5%');
	});
	it('converts an HTML page declared as GB2312 to text, keeping its title apart', () => {
		const d = readDocument('p.html', small('gbk-midyear.html'));
		expect(d.format).toBe('html');
		expect(d.encoding).toBe('gb18030');
		expect(d.pageTitle).toContain('梧川镇2024年上半年工作报告');
		expect(d.text).toContain('2024年上半年工作报告');
		expect(d.text).toContain('“梧川”品牌&特色产业');
		expect(d.text).not.toMatch(/<p>|var a|color:red|政务公开/);
	});
	it('treats markup in a .txt file as HTML', () => {
		const bytes = new TextEncoder().encode('<html><body><p>正文一</p><p>正文二</p></body></html>');
		expect(readDocument('x.txt', bytes).text).toBe('正文一\n\n正文二');
	});
});

describe('splitLines', () => {
	it('splits on LF, CRLF and CR without copying, ends exclude the break', () => {
		const text = 'a\r\nbb\rc\n';
		expect(splitLines(text)).toEqual([
			{ start: 0, end: 1 },
			{ start: 3, end: 5 },
			{ start: 6, end: 7 },
			{ start: 8, end: 8 }
		]);
	});
	it('trims full-width and non-breaking spaces', () => {
		const text = '\u3000\u00a0 正文 \u3000';
		const s = trimSpan(text, { start: 0, end: text.length });
		expect(text.slice(s.start, s.end)).toBe('正文');
	});
});
