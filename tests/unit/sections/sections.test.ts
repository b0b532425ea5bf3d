import { describe, expect, it } from 'vitest';
import { classifyHeading, findSections, headingRank } from '../../../src/lib/sections/index';
import { splitReports } from '../../../src/lib/splitting/index';
import type { Section } from '../../../src/lib/types';
import { layout } from '../splitting/helpers';

function sectionsOf(text: string) {
	const d = layout(text);
	const [span] = splitReports(d.info);
	const sections = findSections({ text: d.text, norm: d.norm, lines: d.info, span });
	return { sections, span, text: d.text };
}

/** The kind of the section holding the first occurrence of `quote`. */
function kindAt(r: { sections: Section[]; text: string }, quote: string) {
	const at = r.text.indexOf(quote);
	expect(at).toBeGreaterThanOrEqual(0);
	return r.sections.find((s) => s.start <= at && at < s.end)?.kind;
}

const annual = [
	'青禾镇2023年政府工作报告',
	'各位代表：',
	'下面，我受镇政府委托，就一年来的工作作简要汇报，请予审议。',
	'一、2022年工作回顾',
	'2022年，全镇实现地区生产总值45.6亿元，同比增长6.1%。',
	'（三）重点工作扎实推进。全年新建道路12公里。',
	'回头细看，我们也清醒地看到，青禾镇仍有不少短板和问题：',
	'一是产业结构不优；',
	'二是财力支撑不足。',
	'二、2023年工作安排',
	'2023年是青禾镇爬坡过坎的要紧一年。今年工作的总体要求是：稳住基本盘、敢闯新路子。',
	'兼顾需要与可能，2023年全镇的主要预期目标为：地区生产总值增长7%，招商引资到位资金增长12%。重点做好以下工作：',
	'（一）做强产业。新建标准厂房3万平方米。',
	'三、全面加强政府自身建设',
	'政务服务网上办理率达到90%以上。',
	'各位代表，新的征程已经开启，让我们团结一心、真抓实干，为建设美好青禾而努力奋斗！',
	'注释：',
	'1.两进两回：科技进乡村、资金进乡村。'
].join('\n');

describe('findSections', () => {
	it('keeps a heading that names the plan outright a plan, over a paragraph looking back', () => {
		const r = sectionsOf(
			'青禾镇2031年度工作计划\n过去的一年我镇做了一些事情,下一步,我们将从以下方面抓好工作:\n——实现地区生产总值突破30亿元。'
		);
		expect(kindAt(r, '实现地区生产总值突破30亿元')).toBe('plan');
	});
	it('reads a title wrapped over two lines (…工作总结及 / 2031年工作计划) as one, not as the plan', () => {
		const r = sectionsOf(
			'青禾镇2030年工作总结及\n2031年工作计划\n今年以来,全镇各项事业稳步发展。\n一、基本情况\n全镇辖12个行政村。\n二、2030年工作总结\n全镇实现财政收入3000万元。\n三、2031年工作计划\n新建道路5公里。'
		);
		expect(kindAt(r, '全镇实现财政收入')).toBe('review');
		expect(kindAt(r, '全镇辖12个行政村')).not.toBe('plan');
		expect(kindAt(r, '新建道路5公里')).toBe('plan');
	});
	it('covers the report span with ordered, non-overlapping sections', () => {
		const { sections, span } = sectionsOf(annual);
		expect(sections[0].start).toBe(span.start);
		expect(sections[sections.length - 1].end).toBe(span.end);
		for (let i = 1; i < sections.length; i++) {
			expect(sections[i].start).toBe(sections[i - 1].end);
			expect(sections[i].kind).not.toBe(sections[i - 1].kind);
		}
	});
	it('assigns the header to other, then review, problems, targets, plan and the closing', () => {
		const r = sectionsOf(annual);
		expect(kindAt(r, '各位代表：')).toBe('other');
		expect(kindAt(r, '我受镇政府委托')).toBe('other');
		expect(kindAt(r, '全镇实现地区生产总值45.6亿元')).toBe('review');
		// a sub-heading (三)重点工作… inside the review does not start the plan
		expect(kindAt(r, '全年新建道路12公里')).toBe('review');
		expect(kindAt(r, '我们也清醒地看到')).toBe('problems');
		expect(kindAt(r, '二是财力支撑不足')).toBe('problems');
		// the 总体要求 paragraph just before the statement goes with it
		expect(kindAt(r, '2023年是青禾镇爬坡过坎')).toBe('targets');
		expect(kindAt(r, '总体要求是')).toBe('targets');
		expect(kindAt(r, '地区生产总值增长7%')).toBe('targets');
		expect(kindAt(r, '重点做好以下工作')).toBe('plan');
		expect(kindAt(r, '新建标准厂房3万平方米')).toBe('plan');
		expect(kindAt(r, '政务服务网上办理率')).toBe('plan');
		expect(kindAt(r, '让我们团结一心')).toBe('other');
		expect(kindAt(r, '两进两回')).toBe('other');
	});
	it('cuts the annual targets out of a mid-year review, which resumes after them', () => {
		const r = sectionsOf(
			[
				'2024年上半年工作报告',
				'一、上半年政府工作',
				'今年以来，全镇稳中求进。镇人大六次会议定下的2024年年度目标是：地区生产总值65亿元、增长6%，财政总收入5.9亿元。上半年，我们实现地区生产总值30.5亿元、增长7.9%。',
				'二、下半年目标任务和工作安排',
				'下半年，确保完成粮食种植面积4.8万亩。'
			].join('\n')
		);
		expect(kindAt(r, '今年以来')).toBe('review');
		expect(kindAt(r, '年度目标是')).toBe('targets');
		expect(kindAt(r, '财政总收入5.9亿元')).toBe('targets');
		expect(kindAt(r, '我们实现地区生产总值30.5亿元')).toBe('review');
		expect(kindAt(r, '粮食种植面积4.8万亩')).toBe('plan');
	});
	it('keeps five-year goals apart from the year’s targets', () => {
		const r = sectionsOf(
			[
				'政府工作报告',
				'各位代表：',
				'2021年和本届政府工作回顾',
				'——五年来，镇域经济高质量发展，累计完成固定资产投资20亿元。',
				'今后五年发展目标任务',
				'今后五年，全镇经济社会发展的总体目标和主要任务是：',
				'一、筑牢产业基座',
				'到2026年，全镇实现规上工业总产值10.5亿元，年均增长6%。',
				'2022年重点工作安排',
				'建议全镇经济发展的主要预期目标是：规上工业总产值增长6%。',
				'围绕上述目标，重点抓好以下工作。新增公办学前教育学位225个。'
			].join('\n')
		);
		expect(kindAt(r, '五年来')).toBe('review');
		expect(kindAt(r, '到2026年')).toBe('five_year');
		expect(kindAt(r, '总体目标和主要任务')).toBe('five_year');
		expect(kindAt(r, '规上工业总产值增长6%')).toBe('targets');
		expect(kindAt(r, '新增公办学前教育学位')).toBe('plan');
	});
	it('reads a target list under "主要预期目标是：" and under a 主要预期目标 heading', () => {
		const r = sectionsOf(
			[
				'雾岭乡2023年政府工作报告',
				'各位代表：',
				'一、2022年工作回顾',
				'全乡经济平稳。',
				'二、2023年工作安排',
				'今年全乡要实现的主要预期目标是：',
				'1.地区生产总值增长8%；',
				'2.财政收入增长4%。',
				'（一）做强产业，新建厂房2万平方米。'
			].join('\n')
		);
		expect(kindAt(r, '2.财政收入增长4%')).toBe('targets');
		expect(kindAt(r, '新建厂房2万平方米')).toBe('plan');
		const h = sectionsOf(
			[
				'雾岭乡2023年政府工作报告',
				'各位代表：',
				'二、2023年工作安排',
				'（一）主要预期目标',
				'地区生产总值增长6%，财政收入增长5%。',
				'（二）重点工作',
				'新建厂房2万平方米。'
			].join('\n')
		);
		expect(kindAt(h, '财政收入增长5%')).toBe('targets');
		expect(kindAt(h, '新建厂房2万平方米')).toBe('plan');
	});
	it('reads the list under a bare 工作目标 heading as the targets, not under 工作目标和主要任务', () => {
		const h = sectionsOf(
			[
				'雾岭乡2023年政府工作报告',
				'各位代表：',
				'一、工作目标',
				'地区生产总值增长*%以上，',
				'一般公共预算收入与上年持平。',
				'二、主要任务',
				'新建厂房2万平方米。'
			].join('\n')
		);
		expect(kindAt(h, '一般公共预算收入与上年持平')).toBe('targets');
		expect(kindAt(h, '新建厂房2万平方米')).toBe('plan');
		const both = sectionsOf(
			[
				'雾岭乡2023年政府工作报告',
				'各位代表：',
				'二、2023年工作目标和主要任务',
				'新建厂房2万平方米。'
			].join('\n')
		);
		expect(kindAt(both, '新建厂房2万平方米')).toBe('plan');
	});
	it('starts with the review when the body opens without a heading', () => {
		const r = sectionsOf(
			'白鹭镇2023年政府工作报告\n各位代表：\n2022年，全镇实现地区生产总值8亿元。\n2023年工作思路\n全力抓好项目。'
		);
		expect(kindAt(r, '全镇实现地区生产总值8亿元')).toBe('review');
		expect(kindAt(r, '全力抓好项目')).toBe('plan');
	});
});

describe('headings', () => {
	it('reads the work since a year began as the review', () => {
		expect(classifyHeading('一、2030年以来的工作')).toBe('review');
		expect(classifyHeading('一年以来的主要工作')).toBe('review');
		expect(classifyHeading('二、2031年的工作')).toBe('plan');
	});
	it('classifies part headings', () => {
		expect(classifyHeading('一、2019年以来工作回顾')).toBe('review');
		expect(classifyHeading('一、主要经济指标完成情况')).toBe('review');
		expect(classifyHeading('一、上半年政府工作')).toBe('review');
		expect(classifyHeading('二、今年发展主要目标和下一阶段工作总体部署')).toBe('plan');
		// a headline of the year's results: 某街道2030年完成外资任务的10倍
		expect(classifyHeading('青柳街道2030年完成外资任务的10倍')).toBe('review');
		expect(classifyHeading('二、下半年目标任务和工作安排')).toBe('plan');
		expect(classifyHeading('今后五年发展目标任务')).toBe('five_year');
		expect(classifyHeading('三、存在的主要问题')).toBe('problems');
		expect(classifyHeading('一、抓产业、增后劲，经济运行稳中有进')).toBeNull();
	});
	it('decides a "year + work" heading by the latest year in the report', () => {
		expect(classifyHeading('一、2022年主要工作', 2023)).toBe('review');
		expect(classifyHeading('二、2023年主要工作', 2023)).toBe('plan');
	});
	it('ranks numbering', () => {
		expect(headingRank('2022年工作回顾')).toBe(0);
		expect(headingRank('一、2022年工作回顾')).toBe(1);
		expect(headingRank('（一）重点工作')).toBe(2);
		expect(headingRank('1.重点工作')).toBe(3);
	});
});

describe('targets inside a review', () => {
	it('are cut only for words that name the year’s targets', () => {
		const r = sectionsOf(
			[
				'2024年上半年工作报告',
				'一、上半年工作情况',
				'1-6月，全镇主要经济指标为：规上工业产值20亿元，同比增长8%。',
				'年初确定的全年目标是：规上工业产值42亿元。上半年，全镇稳步推进。'
			].join('\n')
		);
		expect(kindAt(r, '规上工业产值20亿元')).toBe('review');
		expect(kindAt(r, '规上工业产值42亿元')).toBe('targets');
		expect(kindAt(r, '上半年，全镇稳步推进')).toBe('review');
	});
});

describe('a mid-year review restating the targets', () => {
	it('cuts 年初确定的…目标为： but not a 主要经济指标完成情况 heading', () => {
		const r = sectionsOf(
			[
				'竹溪街道2022年上半年工作总结',
				'一、上半年主要经济指标完成情况',
				'年初，街道确定的2022年主要经济指标目标为：地区生产总值增长7%，一般公共预算收入2.4亿元。',
				'1-6月，辖区实现地区生产总值58.4亿元，同比增长6.2%。',
				'二、下半年工作计划',
				'确保全年新增规上企业5家。'
			].join('\n')
		);
		expect(kindAt(r, '一、上半年主要经济指标完成情况')).toBe('review');
		expect(kindAt(r, '一般公共预算收入2.4亿元')).toBe('targets');
		expect(kindAt(r, '实现地区生产总值58.4亿元')).toBe('review');
		expect(kindAt(r, '新增规上企业5家')).toBe('plan');
	});
});

describe('target cue words', () => {
	it('accepts 主要预期指标 as a targets statement', () => {
		const r = sectionsOf(
			[
				'雾岭乡2023年政府工作报告',
				'各位代表：',
				'二、2023年工作安排',
				'经济社会发展主要预期指标为：地区生产总值增长6%。',
				'新建厂房2万平方米。'
			].join('\n')
		);
		expect(kindAt(r, '地区生产总值增长6%')).toBe('targets');
		expect(kindAt(r, '新建厂房2万平方米')).toBe('plan');
	});
});

describe('five-year or this year', () => {
	it('the nearest year word before the cue decides', () => {
		const text = (lead: string) =>
			[
				'雾岭乡2033年政府工作报告',
				'各位代表：',
				'二、2033年工作安排',
				`${lead}主要预期目标是：地区生产总值增长9%。`
			].join('\n');
		expect(kindAt(sectionsOf(text('到2037年，全乡经济社会发展的')), '地区生产总值增长9%')).toBe(
			'five_year'
		);
		expect(
			kindAt(sectionsOf(text('为到2037年打下基础，2033年全乡发展的')), '地区生产总值增长9%')
		).toBe('targets');
	});
});

describe('a year-work heading that looks back', () => {
	it('reads 2030年主要工作 followed by 刚刚过去的2030年 as the review', () => {
		const text =
			'青柳镇政府工作报告\n各位代表:\n2030年主要工作\n刚刚过去的2030年,全镇实现地区生产总值12亿元。';
		const kinds = sectionsOf(text).sections.map((x) => x.kind);
		expect(kinds).toContain('review');
		expect(kinds).not.toContain('plan');
	});
});

describe('a heading that says what a year achieved', () => {
	it('is the review, whichever verb tells it (突破 too)', () => {
		expect(classifyHeading('一、2031年全年突破多项指标')).toBe('review');
		expect(classifyHeading('一、2031年度实现稳步增长')).toBe('review');
	});
});
