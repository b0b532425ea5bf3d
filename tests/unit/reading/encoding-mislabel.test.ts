import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/lib/reading/encoding';

describe('decodeBytes with a wrong charset declaration', () => {
	it('reads valid UTF-8 as UTF-8 even when the page declares gb2312', () => {
		const bytes = new TextEncoder().encode('<meta charset="gb2312"><p>地区生产总值增长6%</p>');
		const r = decodeBytes(bytes);
		expect(r.encoding).toBe('utf-8');
		expect(r.text).toContain('地区生产总值增长6%');
	});
	it('still honours gb2312 for bytes that are not UTF-8', () => {
		const head = new TextEncoder().encode('<meta charset="gb2312"><p>');
		// GB2312 bytes of 增长
		const r = decodeBytes(new Uint8Array([...head, 0xd4, 0xf6, 0xb3, 0xa4]));
		expect(r).toMatchObject({ encoding: 'gb18030', evidence: 'charset' });
		expect(r.text).toContain('增长');
	});
});
