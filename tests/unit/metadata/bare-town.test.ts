import { describe, expect, it } from 'vitest';
import { bareTown } from '../../../src/lib/metadata/bare-town';
import { contractReport, extractDocument } from '../../../src/lib/extract';

describe('a town named only bare', () => {
	it('is read from slogans when the report speaks as an unnamed town government', () => {
		expect(
			bareTown(
				'我代表镇人民政府向大会报告一年工作。\n今年我们围绕建设“三个青梧”，要把实力青梧、美丽青梧落到实处。'
			)
		).toBe('青梧镇');
		expect(
			bareTown(
				'街道办事处坚持稳中求进。\n过去一年是云溪高质量发展成效显著的一年，也是云溪发展攻坚克难的一年。'
			)
		).toBe('云溪街道');
	});
	it('is not read from one mention, from common words, or without the unnamed unit', () => {
		expect(bareTown('我代表镇人民政府报告工作。今年是建设“三个青梧”的开局之年。')).toBeNull();
		expect(
			bareTown(
				'我代表镇人民政府报告工作。推动经济高质量发展，实现产业高质量发展，美丽乡村、美丽乡村。'
			)
		).toBeNull();
		expect(bareTown('建设“三个青梧”，打造实力青梧、美丽青梧。')).toBeNull();
	});
	it('is not read when two names are as strong as each other', () => {
		expect(
			bareTown('我代表镇人民政府报告工作。建设实力青梧、美丽青梧，突破云溪、幸福云溪。')
		).toBeNull();
	});
	it('names the report of a text that never writes the suffix after the name', () => {
		const text =
			'各位代表：\n我代表镇人民政府向大会报告一年工作，请审议。\n一、2030年工作回顾\n' +
			'2030年我们紧扣建设“三个青梧”，推进实力青梧、美丽青梧。全镇一般公共预算收入完成1.7亿元，同比增长4%。\n' +
			'二、2031年工作安排\n主要预期目标是：一般公共预算收入增长6%。';
		const [r] = extractDocument({
			fileName: 'b.txt',
			bytes: new TextEncoder().encode(text)
		}).reports.map((x) => contractReport(x));
		expect(r.town).toBe('青梧镇');
		expect(r.results.map((x) => x.indicator)).toEqual(['general_budget_revenue']);
	});
});
