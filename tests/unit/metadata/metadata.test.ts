import { describe, expect, it } from 'vitest';
import { pageFacts } from '../../../src/lib/reading/chrome';
import { arabicDates, cleanDate, congressDate, damagedDate } from '../../../src/lib/metadata/dates';
import { frequentTown, reportMeta, splitPlace } from '../../../src/lib/metadata/index';
import { findSections } from '../../../src/lib/sections/index';
import { splitReports } from '../../../src/lib/splitting/index';
import { layout } from '../splitting/helpers';

function metas(text: string) {
	const d = layout(text);
	const page = pageFacts(d.info.filter((l) => l.chrome).map((l) => l.t));
	return splitReports(d.info).map((span) => {
		const sections = findSections({ text: d.text, norm: d.norm, lines: d.info, span });
		return reportMeta({ text: d.text, norm: d.norm, lines: d.info, span, page, sections });
	});
}
const meta = (text: string) => metas(text)[0];

const opening = '各位代表：\n我代表镇人民政府向大会报告一年工作，请审议。';

describe('town', () => {
	it('reads no town from a from-to phrase (从社区到镇人民政府) nor from a next-item link', () => {
		const m = meta(
			'青柳镇代表票决出民生实事\n日期:2030年01月18日\n青柳镇在今年的人民代表大会上,代表们票决选出了10件民生实事。这些大事是从社区到镇人民政府反复征求意见确定的。\n下一条:白鹭镇第二届人民代表大会第四次会议圆满闭幕'
		);
		expect(m.town).toBe('青柳镇');
	});
	it('reads the town of a title that opens on the period (2030年上半年某乡…), not the 年 of the date', () => {
		const m = meta(
			'2030年上半年青柳乡主要工作目标管理情况自查报告\n2030年,青柳乡在县委、县政府的正确领导下,扎实推进各项工作。上半年,全乡完成财政收入500万元。'
		);
		expect(m.town).toBe('青柳乡');
		expect(m.kind).toBe('midyear');
	});
	it('takes the town from the sentence that says what the year is to it', () => {
		const body = '今年工作的总体要求是:稳中求进。主要预期目标是:地区生产总值增长6%。';
		expect(meta(`2031年是规划的开局之年,也是青柳乡迈向高质量发展的攻坚之年。${body}`).town).toBe(
			'青柳乡'
		);
		expect(meta(`2031年是规划的开局之年,也是我们乡干事创业的关键之年。${body}`).town).toBeFalsy();
	});
	it('names an ethnic township by its full name when the text also shortens it', () => {
		const m = meta(
			'青柳乡召开第十届人民代表大会第三次会议\n会议听取了乡长代表乡人民政府所做的《政府工作报告》,审议了《关于青柳乡2030年财政预算的报告》,并选举某某为青柳回族乡人民政府乡长。'
		);
		expect(m.town).toBe('青柳回族乡');
	});
	it('comes from the title, with the county split off', () => {
		const m = meta(
			`临江市青禾镇2023年政府工作报告\n${opening}\n一、2022年工作回顾\n全镇经济平稳。`
		);
		expect(m.town).toBe('青禾镇');
		expect(m.county).toBe('临江市');
	});
	it('comes from the delivery line when the title has none', () => {
		const m = meta(
			`政府工作报告\n——2022年1月11日在雾岭乡第四届人民代表大会第五次会议上\n${opening}`
		);
		expect(m.town).toBe('雾岭乡');
	});
	it('comes from the body (我代表…人民政府) when the header names none', () => {
		const m = meta(
			'政府工作报告\n各位代表：\n现在，我代表栗园街道人民政府向大会报告工作。\n一、工作回顾\n全街道经济平稳。'
		);
		expect(m.town).toBe('栗园街道');
	});
	it('comes from the page publisher, then from the most frequent name', () => {
		expect(
			meta('发布机构：梧川镇\n2024年上半年工作报告\n一、上半年工作\n全镇经济平稳运行。').town
		).toBe('梧川镇');
		const body =
			'2024年上半年工作情况\n一、主要指标完成情况\n上半年，枫湾镇经济平稳。枫湾镇工业稳步增长，全镇项目推进有力，枫湾镇民生改善。';
		expect(meta(body).town).toBe('枫湾镇');
	});
	it('comes from an issuer line above a title split in two', () => {
		const m = meta(`梧川镇人民政府\n工作报告\n${opening}\n一、2022年工作回顾\n全镇经济平稳。`);
		expect(m.town).toBe('梧川镇');
	});
	it('comes from a navigation trail when nothing else names it', () => {
		const m = meta(
			`当前位置：首页 > 乡镇信息公开 > 雾岭乡 > 计划总结\n政府工作报告\n${opening}\n一、2022年工作回顾\n全乡经济平稳。`
		);
		expect(m.town).toBe('雾岭乡');
	});
	it('ignores a list of related reports above the report', () => {
		const text = [
			'白鹭镇2021年政府工作报告',
			'白鹭镇2022年政府工作报告',
			'白鹭镇2023年政府工作报告',
			opening,
			'一、2022年工作回顾',
			'全镇经济平稳。'
		].join('\n');
		expect(metas(text)).toHaveLength(1);
		expect(meta(text)).toMatchObject({ town: '白鹭镇', reportYear: 2023, reviewYear: 2022 });
	});
	it('splitPlace and frequentTown keep a town of three characters and refuse common words', () => {
		expect(splitPlace('浙江省临海市杜家镇')).toEqual({
			town: '杜家镇',
			county: '临海市',
			city: null,
			province: '浙江省'
		});
		expect(splitPlace('新市镇')?.town).toBe('新市镇');
		// a district named by a two-character unit (通州区) is peeled whole, not cut after 州
		expect(splitPlace('通州区青柳镇')).toMatchObject({ town: '青柳镇', county: '通州区' });
		expect(splitPlace('南阳市青柳镇')).toMatchObject({ town: '青柳镇', county: '南阳市' });
		expect(splitPlace('城镇')).toBeNull();
		expect(
			frequentTown(
				'天目岭镇位于山区。天目岭镇交通便利，天目岭镇旅游发达，全镇人口3万，城镇化率高。'
			)
		).toBe('天目岭镇');
	});
});

describe('kind and years', () => {
	it('reads town and years from a title and review heading run into one line', () => {
		const m = meta(
			'青柳镇“十四五”工作总结及“十五五”工作规划一、2030年工作总结今年以来,全镇上下紧紧围绕目标,完成财政收入4000万元,同比增长9%。'
		);
		expect(m.town).toBe('青柳镇');
		expect(m.reportYear).toBe(2031);
		expect(m.reviewYear).toBe(2030);
	});
	it('dates a plan page by the year its title plans, even written without 年', () => {
		const m = meta(
			'青柳镇2030工作计划\n2030年工作计划\n2030年我镇以新发展理念为指导,统筹做好各项工作。\n一、抓好农业\n实现粮食总产3500吨。'
		);
		expect(m.reportYear).toBe(2030);
		expect(m.reviewYear).toBe(2029);
	});
	it('an annual report sets targets for the title year and reviews the year before', () => {
		const m = meta(
			`青禾镇2023年政府工作报告\n${opening}\n一、2022年工作回顾\n全镇经济平稳。\n二、2023年工作安排\n全力以赴。`
		);
		expect(m).toMatchObject({ kind: 'annual', reportYear: 2023, reviewYear: 2022 });
	});
	it('a December-delivered report sets next year’s targets and reviews the year it is delivered in', () => {
		const m = meta(
			`政府工作报告\n——2021年12月27日在白鹭镇第八届人民代表大会第一次会议上\n${opening}\n2021年和本届政府工作回顾\n今年以来，全镇经济平稳。\n2022年重点工作安排\n根据要求，全镇经济发展的主要预期目标是：规上工业总产值增长6%。`
		);
		expect(m).toMatchObject({
			kind: 'annual',
			reportYear: 2022,
			reviewYear: 2021,
			delivered: '2021-12-27'
		});
	});
	it('the targets statement names the year when the title does not', () => {
		const m = meta(
			`政府工作报告\n${opening}\n一、过去一年工作回顾\n全镇经济平稳。\n二、今后工作\n2027年全镇各项发展的主要预期目标是：地区生产总值增长7%。`
		);
		expect(m.reportYear).toBe(2027);
		expect(m.reviewYear).toBe(2026);
	});
	it('a mid-year report (上半年工作报告 / 上半年…完成情况) reviews its own year', () => {
		expect(
			meta('2024年上半年工作报告\n一、上半年政府工作\n上半年经济平稳运行，实现增长。')
		).toMatchObject({
			kind: 'midyear',
			reportYear: 2024,
			reviewYear: 2024
		});
		expect(
			meta(
				'2020年上半年重点工作任务完成情况\n一、主要经济指标完成情况\n1-6月，全镇实现产值7071万元。'
			)
		).toMatchObject({
			kind: 'midyear',
			reportYear: 2020
		});
	});
});

describe('delivery date, session, speaker, published', () => {
	it('reads a bracketed date-and-session line as the delivery', () => {
		const m = meta(
			'政府工作报告\n(2030年1月15日青柳镇第十八届人民代表大会第七次会议)\n青柳镇人民政府 某某\n各位代表:\n现在,我代表青柳镇人民政府向大会作政府工作报告。\n一、2029年工作回顾\n全镇实现财政收入3000万元。'
		);
		expect(m.delivered).toBe('2030-01-15');
	});
	it('dates a session that a news item says opened (拉开序幕) by the page year', () => {
		const m = meta(
			'青柳镇第三届人民代表大会第三次会议召开\n来源:某网 发布日期:2030-12-30\n12月29日下午,青柳镇第三届人民代表大会第三次会议拉开序幕。会议听取并审议了《政府工作报告》。'
		);
		expect(m.delivered).toBe('2030-12-29');
		expect(m.reportYear).toBe(2031);
	});
	it('reads the delivery line, session and a spaced speaker name', () => {
		const m = meta(
			`政府工作报告\n——2023年2月10日在青禾镇第五届人民代表大会\n第三次会议上\n林 一 舟\n${opening}`
		);
		expect(m.delivered).toBe('2023-02-10');
		expect(m.session).toBe('第五届人民代表大会第三次会议');
		expect(m.speaker).toBe('林一舟');
	});
	it('repairs a damaged delivery date, preferring a clean date in the page title', () => {
		expect(
			meta(`政府工作报告\n——2020812日在青禾镇第十七届人民代表大会\n次会议上\n${opening}`).delivered
		).toBe('2020-08-12');
		const m = meta(
			`青禾镇政府工作报告(2020年1月12日在青禾镇第十七届人民代表大会第七次会议)\n政府工作报告\n——2020112日在青禾镇第十七届人民代表大会\n${opening}`
		);
		expect(m.delivered).toBe('2020-01-12');
		expect(m.session).toBe('第十七届人民代表大会第七次会议');
	});
	it('reads a delivery date in Chinese numerals and a speaker named with office before it', () => {
		const m = meta(
			`松涛镇2025年政府工作报告（讨论稿）\n松涛镇人民政府镇长  陈建国\n——二〇二五年一月二十日在松涛镇第七届人民代表大会第九次会议上\n${opening}`
		);
		expect(m).toMatchObject({
			town: '松涛镇',
			delivered: '2025-01-20',
			speaker: '陈建国',
			session: '第七届人民代表大会第九次会议'
		});
	});
	it('takes a bare date line under the title as the delivery date', () => {
		const m = meta(`雾岭乡2023年政府工作报告\n（2023年1月8日）\n${opening}`);
		expect(m.delivered).toBe('2023-01-08');
	});
	it('carries the page publication date, publisher and index number', () => {
		const m = meta(
			`索引号：TEST-9/2023-1\n发布机构：青禾镇\n发布时间：2023-03-02 09:15\n青禾镇2023年政府工作报告\n${opening}`
		);
		expect(m).toMatchObject({
			published: '2023-03-02',
			publisher: '青禾镇',
			indexNumber: 'TEST-9/2023-1'
		});
		expect(meta(`青禾镇2023年政府工作报告\n${opening}`).published).toBeNull();
	});
});

describe('dates', () => {
	it('cleanDate reads 年月日 and dashed forms', () => {
		expect(cleanDate('2020年8月12日在')).toBe('2020-08-12');
		expect(cleanDate('2024-08-29 15:04')).toBe('2024-08-29');
		expect(cleanDate('2023年2月30日')).toBeNull();
	});
	it('arabicDates rewrites Chinese-numeral dates for parsing', () => {
		expect(arabicDates('二〇二三年一月十六日在')).toBe('2023年1月16日在');
		expect(arabicDates('二○二一年十二月二十五日')).toBe('2021年12月25日');
		expect(arabicDates('一年来，我们')).toBe('一年来，我们');
	});
	it('damagedDate accepts only an unambiguous reading', () => {
		expect(damagedDate('——2020812日在')).toBe('2020-08-12');
		expect(damagedDate('——2021125日在')).toBeNull(); // 1-25 or 12-5
		expect(damagedDate('——20201231日在')).toBe('2020-12-31');
		expect(damagedDate('——2020年8月12日')).toBe('2020-08-12');
		// every separator lost, the digits run into the session's name
		expect(damagedDate('——2030131青柳乡第十四届')).toBe('2030-01-31');
		expect(damagedDate('——2030115青柳乡第十四届')).toBeNull(); // 1-15 or 11-5
		expect(damagedDate('——1530亩')).toBeNull();
	});
	it('congressDate reads the date of the session a sentence tells of', () => {
		// a news lead: the date before the congress
		expect(congressDate('2031年1月14日，某某镇第四届人民代表大会第一次会议隆重开幕。')).toEqual({
			y: 2031,
			m: 1,
			d: 14
		});
		// a run-in delivery line without a year
		expect(congressDate('3月4日在某某镇第七届人民代表大会第七次会议上')).toEqual({
			y: null,
			m: 3,
			d: 4
		});
		// the session is held on a date after it
		expect(congressDate('某某镇第二届人民代表大会第四次会议于2031年2月23日顺利召开。')).toEqual({
			y: 2031,
			m: 2,
			d: 23
		});
		// a dateline's month completes a bare day
		expect(congressDate('本报4月27日讯 26日，某某镇召开第三届人民代表大会第七次会议。')).toEqual({
			y: null,
			m: 4,
			d: 26
		});
		expect(congressDate('8月8日和9日,某某镇召开第二十届人民代表大会第六次会议。')).toEqual({
			y: null,
			m: 8,
			d: 8
		});
		// a session over two days opened on the first; a 街道's 三代会 stands in for the congress
		expect(congressDate('2031年11月22至23日,某某镇第八届人民代表大会第六次会议胜利召开。')).toEqual(
			{
				y: 2031,
				m: 11,
				d: 22
			}
		);
		expect(congressDate('4月3日,某某街道召开本年度三代会,听取街道工作报告。')).toEqual({
			y: null,
			m: 4,
			d: 3
		});
		// a date with no session event is not the session's
		expect(congressDate('2031年1月10日，某某镇人民代表大会主席团审查了预算。')).toBeNull();
		expect(congressDate('2031年1月10日，全镇召开安全生产大会。')).toBeNull();
	});
});

describe('labelled titles', () => {
	it('reads the town after a 标题： label', () => {
		expect(
			meta('标题：雁门乡2026年政府工作报告\n各位代表：\n我代表乡人民政府向大会报告一年工作。').town
		).toBe('雁门乡');
	});
});

describe('published date on a title line', () => {
	it('is read from a title that carries a 发布时间 label', async () => {
		const { extractDocument } = await import('../../../src/lib/extract');
		const text =
			'标题：雁门乡2026年政府工作报告 发布时间：2026-02-03\n各位代表：\n我代表乡人民政府向大会报告一年工作。';
		const doc = extractDocument({ fileName: 't.txt', bytes: new TextEncoder().encode(text) });
		expect(doc.reports[0].published).toBe('2026-02-03');
	});
});

describe('session forms', () => {
	it('reads 第N届人大第N次会议 and 第N届人民代表大会N次会议', () => {
		expect(
			meta(`政府工作报告\n——2023年1月5日在雁门乡第十届人大第二次会议上\n${opening}`).session
		).toBe('第十届人大第二次会议');
		expect(
			meta(`政府工作报告\n——2023年1月5日在雁门乡第十届人民代表大会三次会议上\n${opening}`).session
		).toBe('第十届人民代表大会三次会议');
	});
});

describe('year and town pitfalls', () => {
	it('a horizon year before the targets cue is not the report year', () => {
		const m = meta(
			`政府工作报告\n${opening}\n一、过去一年工作回顾\n全镇经济平稳。\n二、今年工作安排\n为到2030年基本实现目标打下基础，2027年全镇各项发展的主要预期目标是：地区生产总值增长7%。`
		);
		expect(m.reportYear).toBe(2027);
		const h = meta(
			`政府工作报告\n（2026年1月15日）\n${opening}\n一、过去一年工作回顾\n全镇经济平稳。\n二、今年工作安排\n到2030年全镇各项发展的主要预期目标是：地区生产总值达到65亿元。`
		);
		expect(h).toMatchObject({ reportYear: 2026, reviewYear: 2025 });
	});
	it('乡村 and 乡镇 are not township names', () => {
		expect(
			frequentTown('全面推进乡村振兴，实施乡村建设行动，推进乡村治理，深化乡镇改革，加强乡镇建设。')
		).toBeNull();
	});
});

describe('kind without a title', () => {
	it('a body opening on the half-year is a mid-year report', () => {
		expect(
			meta('浏览次数：3\n今年以来，梧川镇经济运行稳中有进，上半年实现地区生产总值18亿元。').kind
		).toBe('midyear');
		expect(
			meta('浏览次数：3\n2023年，梧川镇经济运行稳中有进，全年实现地区生产总值38亿元。').kind
		).toBe('annual');
	});
});
