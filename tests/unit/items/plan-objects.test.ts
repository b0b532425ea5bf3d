import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/lib/extract';
import { run } from './helpers';

const brief = (t: {
	text?: string;
	indicator?: string;
	value: number | null;
	unit: string | null;
}) => `${t.indicator ?? t.text} ${t.value}${t.unit ?? ''}`;

describe('plan tasks whose figure stands before what it measures', () => {
	it('reads land pushed on as a task, not a portfolio of projects', () => {
		const { targets } = run({ plan: '加快推进12公顷工业用地报批。推进15个村级项目。' });
		expect(targets.map(brief)).toEqual(['工业用地报批 12公顷']);
		expect(targets[0].tier).toBe('plan');
	});
	it('takes a phase written in words after a name for its ordinal, not a count', () => {
		const { targets } = run({
			plan: '推动甲园二期、乙园三期等近8万平方米孵化载体建成,举办2期培训班。'
		});
		expect(targets.map(brief)).toEqual(['孵化载体建成 8万平方米', '培训班 2期']);
		expect(targets[0].bound).toBe('about');
	});
	it('reads the work done "to reach the targets above" as the plan in news with no parts', () => {
		const head =
			'某镇召开第三届人民代表大会第二次会议\n本报讯 3月2日,某镇第三届人民代表大会第二次会议开幕。' +
			'会议提出,2031年某镇的主要目标是:地区生产总值增长6%以上。会议强调,要凝心聚力。';
		const plan = (tail: string) =>
			extractDocument({ fileName: 'news.txt', bytes: Buffer.from(head + tail) })
				.reports.flatMap((r) => r.targets)
				.filter((t) => t.tier === 'plan')
				.map(brief);
		expect(plan('为了实现上述目标,某镇将推动丙园等6万平方米厂房建成投用。')).toEqual([
			'厂房建成投用 6万平方米'
		]);
		expect(plan('某镇将推动丙园等6万平方米厂房建成投用。')).toEqual([]);
	});
});
