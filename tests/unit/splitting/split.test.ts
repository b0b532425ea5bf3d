import { describe, expect, it } from 'vitest';
import {
	isDeliveryLine,
	isSalutation,
	isTitleLine,
	speakerName,
	splitReports
} from '../../../src/lib/splitting/index';
import { layout } from './helpers';

function spans(text: string) {
	const d = layout(text);
	return splitReports(d.info).map((s) => ({ ...s, text: d.text.slice(s.start, s.end) }));
}

const body = (town: string) =>
	`${town}2023年政府工作报告\n\n各位代表：\n\n下面，我受镇政府委托，把一年来的工作向大会作个汇报。\n\n一、2022年工作回顾\n\n2022年，全镇实现地区生产总值13亿元，增长4%。${town}各项事业稳步发展。`;

describe('splitReports', () => {
	it('finds each report of a compilation and skips its table of contents', () => {
		const text = [
			'某省乡镇政府工作报告汇编(2023年，3篇)',
			'目录',
			'1.',
			'甲山镇2023年政府工作报告 2',
			'2.乙河镇2023年政府工作报告 15',
			'3.丙水乡2023年政府工作报告 27',
			'',
			body('甲山镇'),
			'',
			body('乙河镇'),
			'',
			'丙水乡2023年政府工作报告',
			'',
			'各位代表：',
			'下面，我受乡政府委托向大会汇报，本篇在此截',
			'1、当您付费下载文档后，您只拥有了使用权限',
			'您可能关注的文档',
			'回到顶部'
		].join('\n');
		const r = spans(text);
		expect(r).toHaveLength(3);
		expect(r.map((s) => s.text.split('\n')[0])).toEqual([
			'甲山镇2023年政府工作报告',
			'乙河镇2023年政府工作报告',
			'丙水乡2023年政府工作报告'
		]);
		expect(r[0].text.endsWith('甲山镇各项事业稳步发展。')).toBe(true);
		// the cut-off last report ends before the paywall chrome
		expect(r[2].text.endsWith('本篇在此截')).toBe(true);
	});

	it('treats a table of contents without page numbers as no report', () => {
		const text = ['甲山镇2023年政府工作报告', '乙河镇2023年政府工作报告', '', body('丙水镇')].join(
			'\n'
		);
		const r = spans(text);
		expect(r).toHaveLength(1);
		expect(r[0].text.startsWith('丙水镇2023年政府工作报告')).toBe(true);
	});

	it('keeps page title, body title, delivery line and speaker in one header, chrome out of the span', () => {
		const text = [
			'当前位置：首页 > 计划总结',
			'发布单位：丁港镇',
			'丁港镇政府工作报告(2020年8月12日在丁港镇第七届人民代表大会第二次会议)',
			'• 日期：2021-01-13 16:33',
			'政府工作报告',
			'——2020年8月12日在丁港镇第七届人民代表大会',
			'第二次会议上',
			'王 小 明',
			'各位代表：',
			'现在，我代表丁港镇人民政府向大会报告工作。',
			'打印 关闭'
		].join('\n');
		const r = spans(text);
		expect(r).toHaveLength(1);
		expect(r[0].text.startsWith('政府工作报告\n——2020年8月12日')).toBe(true);
		expect(r[0].text).not.toContain('日期：2021');
		expect(r[0].header).toHaveLength(5);
		expect(r[0].text.endsWith('向大会报告工作。')).toBe(true);
	});

	it('opens a mid-year report at its title when there is no salutation', () => {
		const text = [
			'索引号：X-1/2024-2',
			'2024年上半年工作报告',
			'一、上半年政府工作',
			'上半年，全镇实现地区生产总值30亿元，增长7%，各项工作稳步推进。',
			'二、下半年工作安排'
		].join('\n');
		const r = spans(text);
		expect(r).toHaveLength(1);
		expect(r[0].text.startsWith('2024年上半年工作报告')).toBe(true);
	});

	it('does not open a new report at an unnumbered in-report heading or a lone 各位代表！', () => {
		const text = [
			'戊田镇2024年上半年工作报告',
			'今年以来，戊田镇经济运行稳中有进，上半年实现地区生产总值20亿元。',
			'上半年工作完成情况',
			'各项工作有序推进，主要指标实现时间过半、任务过半。',
			'各位代表！',
			'下半年，我们将继续努力。'
		].join('\n');
		expect(spans(text)).toHaveLength(1);
	});

	it('falls back to the whole text when there is no header at all', () => {
		const text = '浏览次数：12\n全镇实现地区生产总值10亿元，增长5%，各项事业稳步发展。\n打印 关闭';
		const r = spans(text);
		expect(r).toHaveLength(1);
		expect(r[0].text).toBe('全镇实现地区生产总值10亿元，增长5%，各项事业稳步发展。');
	});
});

describe('spaced-out headings', () => {
	it('reads a spaced-out 政 府 工 作 报 告 heading as a title', () => {
		expect(isTitleLine('政 府 工 作 报 告')).toBe(true);
		expect(isTitleLine('政　府　工　作　报　告')).toBe(true);
	});
	it('keeps a page title and a spaced-out heading below it in one report', () => {
		const text = [
			'丁岭乡2021年政府工作报告',
			'发布时间：2021-02-03 浏览次数：8',
			'',
			'政 府 工 作 报 告',
			'——2021年1月28日在丁岭乡第六届人大第三次会议上',
			'乡长 王某',
			'',
			'各位代表：',
			'下面，我受乡政府委托向大会汇报工作。',
			'一、2020年工作回顾',
			'2020年，全乡实现地区生产总值7亿元，增长3%。'
		].join('\n');
		const r = spans(text);
		expect(r).toHaveLength(1);
		expect(r[0].text).toContain('各位代表');
	});
});

describe('header line rules', () => {
	it('recognises titles but not TOC entries, compilations or numbered headings', () => {
		expect(isTitleLine('甲山镇2023年政府工作报告')).toBe(true);
		expect(isTitleLine('2020年上半年重点工作任务完成情况')).toBe(true);
		expect(isTitleLine('关于乙河乡2023年上半年工作情况的报告')).toBe(true);
		expect(isTitleLine('2.乙河镇2023年政府工作报告 46')).toBe(false);
		expect(isTitleLine('甲山镇2023年政府工作报告 2')).toBe(false);
		expect(isTitleLine('政府工作报告汇编(2023年卷，17篇)')).toBe(false);
		expect(isTitleLine('一、上半年政府工作')).toBe(false);
		expect(isTitleLine('关于政府工作报告的决议')).toBe(false);
	});
	it('recognises delivery lines, also broken ones', () => {
		expect(isDeliveryLine('——2021年12月25日在甲山镇第三届人民代表大会')).toBe(true);
		expect(isDeliveryLine('——2020812日在甲山镇第十七届人民代表大会')).toBe(true);
		expect(isDeliveryLine('第一次会议上')).toBe(true);
		expect(isDeliveryLine('(2023年2月7日在乙河乡第五届人大第四次全体会议上)')).toBe(true);
		expect(isDeliveryLine('全镇召开各类会议35次，推动工作落实。')).toBe(false);
		expect(isDeliveryLine('2030年3月11日在乙河乡第四届')).toBe(true);
		expect(isDeliveryLine('(2030年1月15日乙河乡第十八届人民代表大会第七次会议)')).toBe(true);
		expect(isDeliveryLine('2030年3月11日在乙河乡调研,部署全年工作。')).toBe(false);
	});
	it('reads the speaker, spaced or with an office', () => {
		expect(speakerName('郎 灵 敏')).toBe('郎灵敏');
		expect(speakerName('镇长  林 一 舟')).toBe('林一舟');
		expect(speakerName('甲山镇人民政府镇长：王五')).toBe('王五');
		expect(speakerName('党委副书记、乡长 赵六')).toBe('赵六');
		expect(speakerName('各位代表')).toBeNull();
		expect(speakerName('政府工作报告')).toBeNull();
	});
	it('recognises the salutation', () => {
		expect(isSalutation('各位代表：')).toBe(true);
		expect(isSalutation('各位代表、同志们:')).toBe(true);
		expect(isSalutation('各位代表：现在，我受镇政府委托向大会汇报工作。')).toBe(true);
		expect(isSalutation('各位代表，过去一年，我们克难攻坚，取得了来之不易的成绩。')).toBe(false);
	});
});

describe('titles carrying page labels', () => {
	it('keeps a title with a date label as the report header', () => {
		const text = [
			'标题：雁门乡2023年政府工作报告 发布时间：2023-02-01',
			'在雁门乡第四届人大第三次会议上',
			'各位代表：',
			'下面，我受乡政府委托向大会汇报工作。'
		].join('\n');
		const r = spans(text);
		expect(r).toHaveLength(1);
		expect(r[0].header).toHaveLength(2);
		expect(r[0].text.startsWith('标题：雁门乡2023年政府工作报告')).toBe(true);
	});
});
