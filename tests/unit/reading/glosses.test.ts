import { describe, expect, it } from 'vitest';
import {
	cutPinyinGlosses,
	sourceOffset,
	stripPinyinGlosses
} from '../../../src/lib/reading/glosses';
import { contractReport, extractDocument } from '../../../src/lib/extract';

describe('pinyin glosses', () => {
	it('are dropped from a page that carries several', () => {
		expect(stripPinyinGlosses('甲村鎮(zhèn)第九屆(jiè)代表會議(yì)閉幕(mù)')).toBe(
			'甲村鎮第九屆代表會議閉幕'
		);
	});
	it('leave a page with one bracketed word alone', () => {
		expect(stripPinyinGlosses('青柳镇(zhèn)召开会议')).toBe('青柳镇(zhèn)召开会议');
		expect(stripPinyinGlosses('数字经济(digital)(cloud)(ai)')).toBe('数字经济(digital)(cloud)(ai)');
	});
	it('no longer split the town name from its congress', () => {
		const [r] = extractDocument({
			fileName: 'g.txt',
			bytes: new TextEncoder().encode(
				'青柳鎮(zhèn)第七屆(jiè)人民代表大會第四次會議(yì)於2017年4月12日開幕(mù)。鎮長在會上通報，全鎮財政總收入3.4億元。'
			)
		}).reports.map((r) => contractReport(r));
		expect(r.town).toBe('青柳镇');
	});
	it('map offsets of the text without them back to the source', () => {
		const src = '甲鎮(zhèn)完成產(chǎn)值5億元';
		const { text, cuts } = cutPinyinGlosses(src + '。乙鄉(xiāng)。');
		expect(text.startsWith('甲鎮完成產值5億元')).toBe(true);
		expect(sourceOffset(cuts, 1)).toBe(1);
		// a quote starting after a glossed character starts after its gloss
		expect(sourceOffset(cuts, 2)).toBe(src.indexOf('完'));
		// one ending on a glossed character keeps the gloss
		expect(src.slice(sourceOffset(cuts, 2), sourceOffset(cuts, 5))).toBe('完成產(chǎn)');
		expect(src.slice(0, sourceOffset(cuts, 9))).toBe(src);
	});
	it('give contract quotes found verbatim in the source, gloss and all', () => {
		const src =
			'青柳鎮(zhèn)第七屆(jiè)人民代表大會第四次會議(yì)於2017年4月12日開幕(mù)。鎮長在會上通報，全鎮財政總收入3.4億元。';
		const doc = extractDocument({ fileName: 'g.txt', bytes: new TextEncoder().encode(src) });
		const [r] = doc.reports.map((x) => contractReport(x, doc.original));
		expect(r.results.length).toBeGreaterThan(0);
		for (const x of r.results) {
			expect(src.slice(x.start, x.end)).toBe(x.quote);
			expect(x.quote).toContain('財政總收入');
		}
	});
});
