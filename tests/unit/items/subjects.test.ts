import { describe, expect, it } from 'vitest';
import { cleanSubject } from '../../../src/lib/items/subjects';

const clean = (t: string) => {
	const s = cleanSubject(t, { start: 0, end: t.length });
	return t.slice(s.start, s.end);
};

describe('cleanSubject', () => {
	it('drops a year before the subject, with 年度, 年底 or 到…年 alike', () => {
		expect(clean('2031年度研发投入')).toBe('研发投入');
		expect(clean('到2031年底研发投入')).toBe('研发投入');
		expect(clean('2031年研发投入')).toBe('研发投入');
	});
	it('drops connectors, hedges and the town before the subject', () => {
		expect(clean('、并力争全镇财政收入')).toBe('财政收入');
	});
});
