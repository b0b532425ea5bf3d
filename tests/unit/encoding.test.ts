import { describe, expect, it } from 'vitest';
import { decodeBytes, declaredCharset } from '../../src/lib/reading/encoding';

const sample = '全镇实现地区生产总值增长6.5%';

function gbkBytes(): Uint8Array {
	// Node has no GBK encoder; these are the GB2312 bytes of "生产总值".
	return new Uint8Array([0xc9, 0xfa, 0xb2, 0xfa, 0xd7, 0xdc, 0xd6, 0xb5]);
}

describe('decodeBytes', () => {
	it('reads UTF-8 without a BOM', () => {
		const r = decodeBytes(new TextEncoder().encode(sample));
		expect(r).toMatchObject({ text: sample, encoding: 'utf-8', evidence: 'bytes' });
	});
	it('strips a UTF-8 BOM', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)]);
		expect(decodeBytes(bytes)).toMatchObject({ text: sample, encoding: 'utf-8', evidence: 'bom' });
	});
	it('reads UTF-16LE with a BOM and without one', () => {
		const body = Buffer.from(sample, 'utf16le');
		expect(decodeBytes(new Uint8Array([0xff, 0xfe, ...body])).text).toBe(sample);
		const ascii = Buffer.from('GDP growth 6.5% in 2023', 'utf16le');
		expect(decodeBytes(new Uint8Array(ascii))).toMatchObject({ encoding: 'utf-16le' });
	});
	it('falls back to GB18030 when the bytes are not UTF-8', () => {
		expect(decodeBytes(gbkBytes())).toMatchObject({ text: '生产总值', encoding: 'gb18030' });
	});
	it('honours an HTML charset declaration', () => {
		const head = new TextEncoder().encode('<html><head><meta charset="gbk"></head><body>');
		const bytes = new Uint8Array([...head, ...gbkBytes()]);
		expect(declaredCharset(bytes)).toBe('gb18030');
		expect(decodeBytes(bytes).text).toContain('生产总值');
	});
	it('keeps a text with a damaged byte or a cut-off last character', () => {
		const body = new TextEncoder().encode('全镇实现地区生产总值增长6.5%，'.repeat(60));
		const cut = body.subarray(0, body.length - 1);
		const r = decodeBytes(cut);
		expect(r.encoding).toBe('utf-8');
		expect(r.text.startsWith('全镇实现地区生产总值')).toBe(true);
		const flipped = new Uint8Array(body);
		flipped[30] = 0xff;
		expect(decodeBytes(flipped).text).toContain('\uFFFD');
	});
	it('still refuses bytes that are mostly not text', () => {
		const noise = new Uint8Array(4096);
		let x = 7;
		for (let i = 0; i < noise.length; i++) noise[i] = x = (x * 1103515245 + 12345) & 0xff;
		expect(() => decodeBytes(noise)).toThrow(/not text/);
	});
});
