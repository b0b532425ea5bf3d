import { describe, expect, it } from 'vitest';
import { coverage, ManifestError, readManifest, textState } from '../../../src/lib/eval/corpus';

const page = (over: Record<string, unknown> = {}) => ({
	id: 'A1-01',
	address: 'http://example.gov.cn/a.html',
	query: '镇 政府工作报告',
	rank: 1,
	length: 120,
	sha256: 'a'.repeat(64),
	province: '浙江',
	year: 2023,
	styles: ['annual'],
	wave: 'A',
	...over
});

describe('corpus manifest', () => {
	it('reads an array or {pages}', () => {
		expect(readManifest(JSON.stringify([page()]))).toHaveLength(1);
		expect(readManifest(JSON.stringify({ pages: [page(), page({ id: 'A1-02' })] }))).toHaveLength(
			2
		);
	});
	it('names the file and the page on bad entries', () => {
		expect(() => readManifest('{', 'm.json')).toThrow(/m\.json: not JSON/);
		expect(() => readManifest(JSON.stringify([page({ sha256: 'xyz' })]), 'm.json')).toThrow(
			/m\.json: page A1-01: sha256 malformed/
		);
		expect(() => readManifest(JSON.stringify([page(), page()]))).toThrow(/id repeated/);
		expect(() => readManifest(JSON.stringify([page({ styles: ['bogus'] })]))).toThrow(
			ManifestError
		);
		expect(() => readManifest(JSON.stringify([page({ rank: '1' })]))).toThrow(/rank/);
	});
	it('tells a missing text from a changed one', () => {
		const p = readManifest(JSON.stringify([page()]))[0];
		expect(textState(p, null)).toBe('missing');
		expect(textState(p, 'a'.repeat(64))).toBe('ok');
		expect(textState(p, 'b'.repeat(64))).toBe('changed');
	});
	it('counts pages per province and style', () => {
		const pages = readManifest(
			JSON.stringify([page(), page({ id: 'B', province: null, styles: ['news', 'annual'] })])
		);
		const c = coverage(pages);
		expect(c.provinces).toEqual({ 浙江: 1, '?': 1 });
		expect(c.styles).toEqual({ annual: 2, news: 1 });
	});
});
