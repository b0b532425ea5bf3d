import { describe, expect, it } from 'vitest';
import { contractReport, extractDocument } from '../../../src/lib/extract';

const reports = (text: string) =>
	extractDocument({ fileName: 't.txt', bytes: new TextEncoder().encode(text) }).reports.map((r) =>
		contractReport(r)
	);

describe('town shapes seen on real pages', () => {
	it('does not take the 年 of a year run into a title for part of the name', () => {
		const [r] = reports(
			'2021年青店镇政府工作报告\n各位代表:\n一、2021年工作回顾\n全镇固定资产投资9亿元,同比增长6%。'
		);
		expect(r?.town).toBe('青店镇');
	});
	it('reads the town a summary opens on after 在…领导下, not a verb phrase there', () => {
		const [r] = reports(
			'2026年以来,在区委、区政府领导下,青柳街道稳步推进各项任务。一年来,我们主要做了这些工作:\n一、经济发展\n全年固定资产投资11亿元,同比增长7%。'
		);
		expect(r?.town).toBe('青柳街道');
		const [v] = reports(
			'2026年以来,在县委、县政府领导下,团结带领全镇上下攻坚克难。一年来,我们主要做了这些工作:\n全年固定资产投资11亿元,同比增长7%。'
		);
		expect(v?.town ?? null).toBeNull();
	});
	it('reads a summary opening on its town government (上半年某乡政府紧紧围绕…)', () => {
		const rs = reports(
			'上半年青城乡政府紧紧围绕年初目标,现将上半年工作报告如下:\n一、经济发展\n上半年,财政总收入完成500万元,同比增长8%。'
		);
		expect(rs[0]).toMatchObject({ town: '青城乡', kind: 'midyear' });
		const [party] = reports(
			'上半年工作汇报\n上半年,*镇委镇政府紧紧围绕年初目标推进各项工作。\n上半年,财政总收入完成500万元。'
		);
		expect(party?.town ?? null).toBeNull();
	});
	it('reads a 苏木 (Inner Mongolian township) as a town', () => {
		const rs = reports(
			'——2026年3月5日在青草苏木第一届人民代表大会第二次会议上\n各位代表：\n我代表青草苏木人民政府向大会报告一年工作。\n一、2025年工作回顾\n全年实现地区生产总值4亿元，增长7%。'
		);
		expect(rs).toHaveLength(1);
		expect(rs[0]).toMatchObject({ town: '青草苏木', reportYear: 2026, delivered: '2026-03-05' });
	});
	it('reads a two-character name that starts on 向 or 和 (向阳镇) as a town', () => {
		const rs = reports(
			'向阳镇第四届人民代表大会第一次会议举行\n4月7日，向阳镇召开第四届人民代表大会第一次会议。会议听取了镇政府工作报告。'
		);
		expect(rs[0]?.town).toBe('向阳镇');
	});
	it('does not read 面向全镇 as a town', () => {
		const rs = reports(
			'柳溪镇第二届人民代表大会第五次会议开幕\n会议面向全镇征集民生实事，柳溪镇人民政府作了工作报告。'
		);
		expect(rs[0]?.town).toBe('柳溪镇');
	});
	it('does not take 为 from an election sentence into the town name', () => {
		const rs = reports(
			'本报讯 1月9日，柳溪镇召开第七届人民代表大会第八次会议。会议选举王一为柳溪镇人民政府镇长，选举李二为柳溪镇人大主席。今年，柳溪镇将坚持稳中求进。'
		);
		expect(rs[0]?.town).toBe('柳溪镇');
	});
});

describe('pages that are not a report', () => {
	it('gives no report for a page about a town with no report words and no figures read', () => {
		expect(
			reports(
				'柳溪镇位于县境西北，南接石门乡，北邻河口镇，总面积约65平方千米。2018年底，柳溪镇户籍人口约4万人。\n历史沿革\n民国时设柳溪联保。'
			)
		).toEqual([]);
	});
	it('gives no report for an overview of a town that quotes its figures', () => {
		expect(
			reports(
				'柳溪镇概况\n柳溪镇位于县境东部，面积80平方千米。2031年，全镇实现地区生产总值12亿元，农民人均纯收入2万元。'
			)
		).toEqual([]);
	});
	it('gives no report for a gazetteer entry that opens on where the town lies', () => {
		expect(
			reports(
				'柳溪镇\n柳溪镇位于县境东部，辖十二个村。2031年，全镇实现财政收入500万元，农民人均纯收入2万元。'
			)
		).toEqual([]);
		// the report itself may say where the town lies, after its own signals
		expect(
			reports(
				'各位代表：\n柳溪镇位于县境东部。一、2030年工作回顾\n2030年，全镇实现财政收入500万元。'
			)
		).toHaveLength(1);
	});
	it('keeps a placeholder template that speaks as the town, without a town or figures', () => {
		const rs = reports('20xx年，我镇在县委的正确领导下，统筹推进各项工作，取得了新成效。');
		expect(rs).toHaveLength(1);
		expect(rs[0].town).toBeNull();
	});
	it('gives no report for news of a meeting that is not the congress', () => {
		const text =
			'本报讯（通讯员 王一）2月3日，柳溪镇召开2023年工作动员大会。会上通报，2022年全镇实现地区生产总值12亿元，增长5%。';
		expect(reports(text)).toEqual([]);
		const congress = text.replace('工作动员大会', '第五届人民代表大会第三次会议');
		expect(reports(congress)[0]?.town).toBe('柳溪镇');
	});
	it('drops a document title split off above its report as an empty twin', () => {
		const rs = reports(
			'柳溪镇2023年政府工作报告（文档）\n\n上传时间 2024-01-02\n\n柳溪镇2023年政府工作报告\n各位代表：\n现在，我代表柳溪镇人民政府向大会报告工作。\n一、2022年工作回顾\n全年实现地区生产总值12亿元，增长5%。'
		);
		expect(rs).toHaveLength(1);
		expect(rs[0].results.length).toBeGreaterThan(0);
	});
});

describe('dates and kinds seen on real pages', () => {
	it('takes a document site upload line as the publication date', () => {
		const r = reports(
			'柳溪镇政府工作报告.docx\n• 2024-01-22 发布于某省\n柳溪镇政府工作报告\n各位代表：\n现在，我代表柳溪镇人民政府向大会报告工作。\n一、2023年工作回顾\n全年实现地区生产总值12亿元，增长5%。'
		)[0];
		expect(r.published).toBe('2024-01-22');
	});
	it('takes a source label followed by a date as the publication date', () => {
		const r = reports(
			'柳溪镇政府工作报告\n来源:柳溪镇   2024-01-12 00:00\n各位代表：\n现在，我代表柳溪镇人民政府向大会报告工作。\n一、2023年工作回顾\n全年实现地区生产总值12亿元，增长5%。'
		)[0];
		expect(r.published).toBe('2024-01-12');
	});
	it('dates a report by a bare date line under a speaker line the header did not take', () => {
		const r = reports(
			'柳溪镇政府工作报告\n——在柳溪镇第七届人民代表大会第九次会议上\n柳溪镇党委副书记、镇长候选人\n（2026年1月14日）\n各位代表：\n我代表柳溪镇人民政府向大会报告一年工作。\n一、2025年工作回顾\n全年实现地区生产总值15亿元，增长6%。'
		)[0];
		expect(r.delivered).toBe('2026-01-14');
	});
	it('reads news of a congress hearing the half-year report as mid-year', () => {
		const r = reports(
			'7月16日，柳溪镇第三届人民代表大会第七次会议举行。会上，镇长王一受镇政府委托向大会汇报上半年的工作。上半年，全镇实现地区生产总值8亿元，增长6%。'
		)[0];
		expect(r.kind).toBe('midyear');
	});
	it('reads a mid-year title run into the first words of the body', () => {
		const r = reports(
			'欢迎访问某文库\n某镇2023年上半年工作情况汇报2023年上半年，在县委的领导下，全镇实现地区生产总值6亿元，增长5%。'
		)[0];
		expect(r.kind).toBe('midyear');
	});
});

describe('template pages without a town', () => {
	const body =
		'各位代表：\n我代表镇人民政府向大会报告一年工作。\n一、2022年工作回顾\n全年实现地区生产总值14亿元，增长6%。';
	it('keeps the report of a town-less page whose page title repeats the report title', () => {
		const rs = reports(
			`2023年镇政府工作报告\n\n2023-04-25 15:10:15   某文档网\n\n2023年镇政府工作报告\n${body}`
		);
		expect(rs).toHaveLength(1);
		expect(rs[0]).toMatchObject({ town: null, reportYear: 2023, published: '2023-04-25' });
		expect(rs[0].results.length).toBeGreaterThan(0);
	});
	it('still drops a town-less fragment beside reports that name their towns', () => {
		const rs = reports(
			`柳溪镇2023年政府工作报告\n${body.replace('我代表镇', '我代表柳溪镇')}\n\n2023年镇政府工作报告\n各位代表：\n我代表镇人民政府向大会报告一年工作。`
		);
		expect(rs.map((r) => r.town)).toEqual(['柳溪镇']);
	});
});

describe('town-level signals and review headings', () => {
	it('keeps a placeholder town working under a district committee as a town report', () => {
		const rs = reports(
			'今年上半年，xx街道在区委、区政府领导下，各项工作稳步推进，现把半年工作情况报告如下。'
		);
		expect(rs).toHaveLength(1);
		expect(rs[0]).toMatchObject({ town: null, kind: 'midyear' });
	});
	it('reads "YYYY年工作情况" as the review of that year', () => {
		const r = reports(
			'一、2023年工作情况\n（一）稳经济\n2023年我镇完成地区生产总值12亿元，增长5%。'
		)[0];
		expect(r).toMatchObject({ reportYear: 2024, reviewYear: 2023 });
	});
});

describe('publication dates that cannot date a report', () => {
	const page = (date: string) =>
		`乡镇上半年工作总结\n时间:${date} 03:57:00\n乡镇上半年工作总结\n上半年，全镇实现地区生产总值6亿元，增长5%。`;
	it('does not date a half-year summary by a page put up before the half ended', () => {
		expect(reports(page('2022-05-16'))[0].reportYear).toBeNull();
	});
	it('dates it by a page put up after the half ended', () => {
		expect(reports(page('2022-07-16'))[0].reportYear).toBe(2022);
	});
});

describe('news of a congress', () => {
	it('dates a session held over a span of days by its first day', () => {
		const r = reports(
			'2025年3月11日至12日，柳溪乡召开第八届人民代表大会第一次会议，各村代表参加。会议听取了乡人民政府工作报告。'
		)[0];
		expect(r).toMatchObject({ kind: 'news', delivered: '2025-03-11' });
	});
	it('reads a congress told in the third person with a long aside before 召开 as news', () => {
		const r = reports(
			'柳溪镇第五届人民代表大会在县人大常委会的指导和镇党委的关心支持下，经过镇人大主席团的精心筹备，于2024年3月9日顺利召开。代表们审议了各项报告。'
		)[0];
		expect(r).toMatchObject({ kind: 'news', delivered: '2024-03-09' });
	});
});

describe('the year a summary reviews', () => {
	it('reads a review opening "YYYY年，…主要做了以下工作" as the year reviewed, 主要 not being a plan', () => {
		const r = reports(
			'在区委的领导下，柳溪街道各项事业取得新成效。\n2031年，柳溪街道主要做了以下工作：\n全年实现地区生产总值30亿元。'
		)[0];
		expect(r).toMatchObject({ reportYear: 2032, reviewYear: 2031 });
	});
	it('reads a traditional-character "YYYY年度工作總結" heading as the year reviewed', () => {
		const r = reports(
			'柳溪鎮政府2031年度工作總結\n今年，我們在縣委的領導下開展工作。XX年，全鎮財政收入500萬元。'
		)[0];
		expect(r).toMatchObject({ reportYear: 2032, reviewYear: 2031 });
	});
});

describe('a page that gives the year-so-far figures', () => {
	it('reads a news item giving a town’s 前三季度 figures as a three-quarter report', () => {
		const r = reports(
			'本网讯（通讯员 王一）柳溪镇坚持稳中求进，各项工作有序推进。该镇前三季度完成工业总产值5亿元，完成财政收入300万元。'
		)[0];
		expect(r).toMatchObject({ town: '柳溪镇', kind: 'q3' });
	});
	it('reads "1-9月，…实现" opening a paragraph as a three-quarter report', () => {
		const r = reports(
			'会上公布了流动红旗奖名单，柳溪街道获奖。\n柳溪街道聚焦三大攻坚。\n区街各项工作纵深推进。\n1-9月，柳溪街道实现规上工业总产值50亿元；完成固定资产投资9亿元。'
		)[0];
		expect(r).toMatchObject({ kind: 'q3' });
	});
	it('keeps a year-end report that quotes its 前三季度 figures annual', () => {
		const r = reports(
			'各位代表：\n现在，我代表柳溪镇人民政府向大会报告工作。\n一、2031年工作回顾\n一年来，全镇稳步发展。前三季度，完成地区生产总值8亿元，预计全年完成11亿元。'
		)[0];
		expect(r).toMatchObject({ kind: 'annual' });
	});
});

describe('a text that writes no year', () => {
	it('dates a congress by the five-year plan it says was accomplished (收官/开局)', () => {
		const r = reports(
			'10月21日，柳溪乡第四届人民代表大会第一次会议举行。\n过去五年，柳溪乡完成了“十三五”胜利收官，迎来了“十四五”顺利开局。'
		)[0];
		expect(r).toMatchObject({ reportYear: 2022, reviewYear: 2021, delivered: null });
	});
	it('does not date a report by a plan it looks forward to closing', () => {
		const r = reports(
			'10月21日，柳溪乡第四届人民代表大会第一次会议举行。\n会议要求，全乡要确保“十四五”圆满收官。'
		)[0];
		expect(r.reportYear).toBeNull();
	});
});
