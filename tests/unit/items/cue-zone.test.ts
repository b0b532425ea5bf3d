import { describe, expect, it } from 'vitest';
import { reportsOutcome } from '../../../src/lib/items/zones';

describe('outcome sentences under a plan heading', () => {
	it('an opening on an earlier year reports outcomes', () => {
		expect(reportsOutcome('2022年，全镇完成固定资产投资4亿元。', 2023)).toBe(true);
		expect(reportsOutcome('去年，全镇完成固定资产投资4亿元。', 2023)).toBe(true);
	});
	it('a change against last year without intent words reports outcomes', () => {
		expect(reportsOutcome('全镇工业产值15亿元，同比增长8%。', 2023)).toBe(true);
	});
	it('intent words make it a target', () => {
		expect(reportsOutcome('力争工业产值同比增长8%。', 2023)).toBe(false);
		expect(reportsOutcome('全年新建道路5公里。', 2023)).toBe(false);
		expect(reportsOutcome('2023年，力争工业产值增长8%。', 2023)).toBe(false);
	});
	it('an opening on the report year itself is the plan', () => {
		expect(reportsOutcome('2023年，新建道路5公里。', 2023)).toBe(false);
	});
});
