import { describe, expect, it } from 'vitest';
import { contractReport, extractDocument } from '../../../src/lib/extract';

const reports = (text: string) =>
	extractDocument({ fileName: 't.txt', bytes: new TextEncoder().encode(text) }).reports.map(
		contractReport
	);
const one = (text: string) => {
	const rs = reports(text);
	expect(rs).toHaveLength(1);
	return rs[0];
};
const BODY = '各位代表：\n现在，我代表镇人民政府向大会报告工作。\n';

describe('report metadata from several signals', () => {
	it('never takes a breadcrumb word for a town', () => {
		const r = one(
			`当前位置：首页 > 直通乡镇 > 政务公开\n政府工作报告\n${BODY}一、2023年工作回顾\n全年实现地区生产总值12亿元，增长5%。`
		);
		expect(r.town).toBeNull();
	});
	it('reads a title year as the year reviewed when the review heading says so', () => {
		const r = one(
			`青柳镇2023年政府工作报告\n${BODY}一、2023年工作回顾\n全年实现地区生产总值12亿元，增长5%。`
		);
		expect(r).toMatchObject({ town: '青柳镇', reportYear: 2024, reviewYear: 2023 });
	});
	it('prefers the delivery date to a title naming the year before', () => {
		const r = one(
			`青柳镇2023年政府工作报告\n——2024年1月9日在青柳镇第三届人民代表大会第四次会议上\n${BODY}过去一年，全镇实现地区生产总值12亿元。`
		);
		expect(r).toMatchObject({ reportYear: 2024, reviewYear: 2023, delivered: '2024-01-09' });
	});
	it('lets the targets statement name the year over everything else', () => {
		const r = one(
			`青柳镇2023年政府工作报告\n${BODY}一、2023年工作回顾\n全镇实现地区生产总值12亿元。\n二、2025年工作安排\n2025年经济社会发展的主要预期目标是：地区生产总值增长6%。`
		);
		expect(r.reportYear).toBe(2025);
	});
});
