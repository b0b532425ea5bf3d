import { describe, expect, it } from 'vitest';
import { stripPinyinGlosses } from '../../../src/lib/reading/glosses';
import { contractReport, extractDocument } from '../../../src/lib/extract';

describe('pinyin glosses', () => {
	it('are dropped from a page that carries several', () => {
		expect(stripPinyinGlosses('青柳鎮(zhèn)第三屆人民代表大會(huì)召開(kāi)')).toBe(
			'青柳鎮第三屆人民代表大會召開'
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
				'青柳鎮(zhèn)第三屆人民代表大會(huì)第二次會(huì)議于2015年5月19日召開(kāi)。鎮人民政府工作報告指出，全鎮財政總收入1.2億元。'
			)
		}).reports.map(contractReport);
		expect(r.town).toBe('青柳镇');
	});
});
