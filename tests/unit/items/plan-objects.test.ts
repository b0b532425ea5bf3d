import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/lib/extract';
import { run } from './helpers';

const brief = (t: {
	text?: string | null;
	indicator?: string | null;
	value: number | null;
	unit: string | null;
}) => `${t.indicator ?? t.text} ${t.value}${t.unit ?? ''}`;

describe('plan tasks whose figure stands before what it measures', () => {
	it('reads land pushed on as a task, not a portfolio of projects', () => {
		const { targets } = run({ plan: '加快推进12公顷工业用地报批。推进15个村级项目。' });
		expect(targets.map(brief)).toEqual(['工业用地报批 12公顷']);
		expect(targets[0].tier).toBe('plan');
	});
	it('reads a running total to reach (累计培育…5幢) as a task, a running total of projects not', () => {
		const { targets } = run({ plan: '累计培育亿元以上纳税楼宇6幢。累计推进村级项目12个。' });
		expect(targets.map(brief)).toEqual(['亿元以上纳税楼宇 6幢']);
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
			'会议提出,2031年某镇的主要目标是:财政总收入增长8%以上。会议强调,要凝心聚力。';
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

describe('which tier a count takes', () => {
	const tiers = (text: string) =>
		extractDocument({ fileName: 'doc.txt', bytes: Buffer.from(text) })
			.reports.flatMap((r) => r.targets)
			.map((t) => `${t.tier} ${t.indicator ?? t.text} ${t.value}${t.unit}`);
	const news =
		'某镇召开第三届人民代表大会第二次会议\n本报讯 3月2日,某镇第三届人民代表大会第二次会议开幕。';
	it('keeps a count listed among the main money and growth figures in that list', () => {
		expect(
			tiers(news + '今年,某镇将力争实现工业总产值30亿元,增长9%;新增亿元企业2家;出口交货值4.5亿元。')
		).toContain('headline 亿元企业 2家');
		expect(tiers(news + '今年,某镇将力争实现工业总产值30亿元;新增亿元企业2家。')).toContain(
			'plan 亿元企业 2家'
		);
	});
	it('reads a targets heading run into its paragraph as the statement of main targets', () => {
		const report =
			'某镇2031年政府工作报告\n各位代表:\n一、2030年工作回顾\n2030年,全镇地区生产总值增长5%。\n' +
			'二、2031年工作安排\n(一)目标任务。全镇地方财政收入突破900万元,人均可支配收入9000元以上。\n' +
			'(二)工作措施。新建道路5公里。\n';
		expect(tiers(report)).toEqual([
			'headline fiscal_revenue 900万元',
			'headline 人均可支配收入 9000元',
			'plan 道路 5公里'
		]);
	});
});
