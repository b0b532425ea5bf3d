import { describe, expect, it } from 'vitest';
import { contractReport, extractDocument } from '../../../src/lib/extract';

const reports = (text: string) =>
	extractDocument({ fileName: 't.txt', bytes: new TextEncoder().encode(text) }).reports.map(
		contractReport
	);

describe('town shapes seen on real pages', () => {
	it('reads a 苏木 (Inner Mongolian township) as a town', () => {
		const rs = reports(
			'——2024年3月2日在青草苏木第五届人民代表大会第二次会议上\n各位代表：\n现在，我代表青草苏木人民政府向大会报告工作。\n一、2023年工作回顾\n全年实现地区生产总值3亿元，增长5%。'
		);
		expect(rs).toHaveLength(1);
		expect(rs[0]).toMatchObject({ town: '青草苏木', reportYear: 2024, delivered: '2024-03-02' });
	});
	it('does not take 为 from an election sentence into the town name', () => {
		const rs = reports(
			'本报讯 1月5日，柳溪镇召开第二届人民代表大会第三次会议。会议选举王一为柳溪镇人民政府镇长，选举李二为柳溪镇人大主席。今年，柳溪镇将坚持稳中求进。'
		);
		expect(rs[0]?.town).toBe('柳溪镇');
	});
});
