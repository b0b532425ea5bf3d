import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/lib/reading/index';
import { analyzeLines, displayWidth } from '../../../src/lib/reading/layout';

function layoutOf(text: string) {
	const d = readDocument('t.txt', new TextEncoder().encode(text));
	return { d, info: analyzeLines(d.text, d.norm, d.lines).filter((l) => !l.blank) };
}

/** A paragraph broken every `n` characters, as a PDF copy would be. */
function wrap(s: string, n: number): string {
	const out: string[] = [];
	for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n));
	return out.join('\n');
}

const para = (k: number) =>
	`第${k}段：甲村修好了三座小桥，乙村的茶园扩到了四百多亩，丙村新开了一家豆腐作坊，丁村的老人食堂每天中午开饭，大家都说日子越过越有奔头了。`;

describe('analyzeLines', () => {
	it('keeps whole-paragraph lines as they are', () => {
		const { info } = layoutOf(
			['一、工作回顾', para(1), para(2), '二、工作安排', para(3)].join('\n')
		);
		expect(info.map((l) => l.t.slice(0, 6))).toEqual([
			'一、工作回顾',
			'第1段:甲村',
			'第2段:甲村',
			'二、工作安排',
			'第3段:甲村'
		]);
	});
	it('joins the lines of a hard-wrapped text into paragraphs, keeping headings apart', () => {
		const body = [1, 2, 3, 4, 5, 6].map((k) => wrap(para(k), 20)).join('\n');
		const text = `一、2022年工作回顾\n${body}\n二、2023年工作安排\n${wrap(para(7), 20)}`;
		const { d, info } = layoutOf(text);
		expect(info).toHaveLength(9);
		expect(info[0].t).toBe('一、2022年工作回顾');
		expect(info[1].t).toBe(d.norm.slice(info[1].start, info[1].end).replace(/\n/g, ''));
		expect(info[1].t.endsWith('越过越有奔头了。')).toBe(true);
		expect(info[7].t).toBe('二、2023年工作安排');
	});
	it('measures display width with CJK as two columns', () => {
		expect(displayWidth('增长6%')).toBe(6);
	});
});
