import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { normalizeForMatching } from '../../src/lib/reading/normalize';
import { CONVERTED } from '../../src/lib/reading/traditional';

describe('normalizeForMatching', () => {
	it('turns full-width digits and punctuation into half-width, keeping length', () => {
		const s = '增长６．５％，达到１２３亿元（预计）';
		const n = normalizeForMatching(s);
		expect(n).toBe('增长6.5%,达到123亿元(预计)');
		expect(n.length).toBe(s.length);
	});
	it('maps traditional characters to simplified, one for one', () => {
		const s = '財政總收入增長7%左右，地區生產總值';
		const n = normalizeForMatching(s);
		expect(n).toBe('财政总收入增长7%左右,地区生产总值');
		expect(n.length).toBe(s.length);
	});
	it('unifies dashes and tildes', () => {
		expect(normalizeForMatching('6%—7%，1～6月')).toBe('6%-7%,1~6月');
	});
	it('knows every CJK character OpenCC converts one for one (the precomputed set)', () => {
		const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
		let expected = '';
		for (let c = 0x3400; c <= 0x9fff; c++) {
			const ch = String.fromCharCode(c);
			const out = conv(ch);
			if (out.length === 1 && out !== ch) expected += ch;
		}
		expect(CONVERTED).toBe(expected);
	});
});
