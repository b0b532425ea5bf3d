import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../src/lib/reading/normalize';

describe('normalizeForMatching', () => {
	it('turns full-width digits and punctuation into half-width, keeping length', () => {
		const s = '增长６．５％，达到１２３亿元（预计）';
		const n = normalizeForMatching(s);
		expect(n).toBe('增长6.5%,达到123亿元(预计)');
		expect(n.length).toBe(s.length);
	});
	it('maps traditional characters to simplified, one for one', () => {
		const s = '地區生產總值增長6%以上，財政總收入';
		const n = normalizeForMatching(s);
		expect(n).toBe('地区生产总值增长6%以上,财政总收入');
		expect(n.length).toBe(s.length);
	});
	it('unifies dashes and tildes', () => {
		expect(normalizeForMatching('6%—7%，1～6月')).toBe('6%-7%,1~6月');
	});
});
