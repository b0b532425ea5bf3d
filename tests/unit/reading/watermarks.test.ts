import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/lib/reading/index';
import { watermarkSpans } from '../../../src/lib/reading/watermarks';

const MARK = 'XQ某某百科--为乡村振兴助力';

describe('watermarks stamped at the end of lines', () => {
	it('finds a phrase closing three or more lines and every place it stands', () => {
		const text = `青柳镇政府工作报告${MARK}\n——2031年2月26日在青柳镇第十七届${MARK}\n人民代表大会第九次会议上${MARK}\n各位代表:`;
		const spans = watermarkSpans(text);
		expect(spans).toHaveLength(3);
		for (const [s, e] of spans) expect(text.slice(s, e)).toBe(MARK);
	});
	it('leaves a report’s own line endings alone (sentences, figures, a title printed twice)', () => {
		expect(
			watermarkSpans(
				'一、2030年工作回顾\n全镇实现地区生产总值12亿元。\n二、2031年工作安排\n全镇力争增长6%。\n青柳镇政府工作报告材料\n青柳镇政府工作报告材料'
			)
		).toEqual([]);
	});
	it('reads the document without them, quotes mapped back to the source', () => {
		const raw = `标题一${MARK}\n标题二在此处${MARK}\n全镇实现地区生产总值12亿元${MARK}\n`;
		const doc = readDocument('t.txt', new TextEncoder().encode(raw));
		expect(doc.text).not.toContain('某某百科');
		expect(doc.original?.text).toBe(raw);
	});
});
