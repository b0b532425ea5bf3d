import { describe, expect, it } from 'vitest';
import { contractReport, extractDocument } from '../../../src/lib/extract';

const reports = (text: string) =>
	extractDocument({ fileName: 't.txt', bytes: new TextEncoder().encode(text) }).reports.map((r) =>
		contractReport(r)
	);
const one = (text: string) => {
	const rs = reports(text);
	expect(rs).toHaveLength(1);
	return rs[0];
};
const BODY = '各位代表：\n我代表镇人民政府向大会报告一年工作。\n';

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
			`青柳镇2023年政府工作报告\n——2024年1月16日在青柳镇第三届人民代表大会第八次会议上\n${BODY}过去一年，全镇实现地区生产总值15亿元。`
		);
		expect(r).toMatchObject({ reportYear: 2024, reviewYear: 2023, delivered: '2024-01-16' });
	});
	it('lets the targets statement name the year over everything else', () => {
		const r = one(
			`青柳镇2023年政府工作报告\n${BODY}一、2023年工作回顾\n全镇实现地区生产总值12亿元。\n二、2025年工作安排\n2025年全镇各项发展的主要预期目标是：地区生产总值增长7%。`
		);
		expect(r.reportYear).toBe(2025);
	});
});

describe('pages that are not a town report', () => {
	it('gives no report for a district government report', () => {
		expect(
			reports(
				'各位代表：\n我代表区人民政府向大会报告一年工作。\n一、工作回顾\n全区地区生产总值增长7%。'
			)
		).toEqual([]);
	});
	it('gives no report for a county whose speaker speaks for the 县政府, even led by 县委、县政府', () => {
		expect(
			reports(
				'尊敬的各位代表:\n我代表青柳县政府,向大家汇报工作。\n过去一年,青柳县在县委、县政府领导下砥砺前行,全县GDP增长8%。'
			)
		).toEqual([]);
	});
	it('reads traditional characters the same way', () => {
		expect(
			reports(
				'各位代表:\n我代表區人民政府向大會報告一年工作。\n一、過去五年工作回顧\n全區生產總值增長7%。'
			)
		).toEqual([]);
	});
	it('keeps a report that takes its tasks from the district (区里下达) though it names no town', () => {
		const r = one(
			'2031年是关键之年。建议2031年经济社会发展主要预期目标为:完成区里下达财政税收任务;一般公共预算收入增长2%以上。'
		);
		expect(r).toMatchObject({ town: null, reportYear: 2031 });
		expect(r.targets).toMatchObject([{ indicator: 'general_budget_revenue', value: 2 }]);
	});
	it('keeps a town report whose town is unnamed, with town null', () => {
		const rs = reports(
			'各位代表：\n我代表镇人民政府向大会报告一年工作。\n一、2023年工作回顾\n全年实现地区生产总值14亿元，增长6%。'
		);
		expect(rs).toHaveLength(1);
		expect(rs[0]).toMatchObject({ town: null, reportYear: 2024 });
	});
});

describe('a town report that names its town only as 街道 or in its congress', () => {
	it('keeps a summary that speaks of 我街道 or opens on 街道将', () => {
		expect(
			one('2030年上半年,我街道经济保持增长。\n——规模以上工业增加值9亿元,同比增长8%。').kind
		).toBe('midyear');
		expect(
			one('2031年主要预期目标为:工业总产值增长5%以上。\n2031年街道将重点推进三方面工作。')
				.reportYear
		).toBe(2031);
	});
	it('reads the town of the congress a news lead names after 召开的', () => {
		const r = one(
			'本报讯 记者从日前召开的青柳镇第六届人民代表大会第八次会议上了解到,2031年,青柳镇将力争地区生产总值增长7%以上。去年,青柳镇实现地区生产总值24亿元。'
		);
		expect(r).toMatchObject({ town: '青柳镇', kind: 'news' });
	});
	it('reads an opening that sums up a whole year (现将2030年工作情况总结如下) as annual', () => {
		const r = one(
			'今年以来,街道认真贯彻落实各项决策部署。现将2030年工作情况总结如下:\n(一)经济指标。1-12月,实现固定资产投资24亿元。'
		);
		expect(r).toMatchObject({ kind: 'annual', reportYear: 2031, reviewYear: 2030 });
	});
});

describe('news that quotes the targets without naming the congress', () => {
	it('keeps an interview quoting the year’s targets, with the town its first sentence names', () => {
		const r = one(
			'2030年,青柳镇地区生产总值达到23亿元,同比增长9%。\n青柳镇党委书记张明:2031年全镇的主要预期目标是:规上工业增加值增长6%左右。'
		);
		expect(r).toMatchObject({ town: '青柳镇', kind: 'news', reportYear: 2031, reviewYear: 2030 });
	});
	it('keeps news of a plan period’s goals and dates it by the plan just accomplished', () => {
		const r = one(
			'本报记者 王五\n五年来,我镇全面完成了“十二五”各项目标。“十三五”期间,我镇将围绕“山水名镇、宜居小镇”的发展方向,力争生产总值年均增长9%左右,到2020年突破95亿元。'
		);
		expect(r).toMatchObject({ town: null, kind: 'news', reportYear: 2016 });
		// the figure after 到2020年 goes on with the subject before it
		expect(r.targets).toMatchObject([
			{ indicator: 'gdp', year: 2020, value: 9 },
			{ indicator: 'gdp', year: 2020, value: 95, unit: '亿元' }
		]);
	});
	it('does not take 预计全镇 for a town', () => {
		const r = one('各位代表:\n2030年,预计全镇实现地区生产总值20亿元,增长8%。');
		expect(r.town).toBeNull();
	});
});

describe('interim reports dated by what they say', () => {
	it('dates a half-year report whose only year is the end of the year before', () => {
		const r = one(
			'青柳乡上半年经济运行情况汇报\n青柳乡辖11个行政村,2029年底农民人均纯收入达到4170元。今年以来,全乡干群同心,上半年农民人均纯收入2260元,比去年同期增长17%。'
		);
		expect(r).toMatchObject({ town: '青柳乡', kind: 'midyear', reportYear: 2030 });
	});
	it('reads a report of half a year’s work to the deputies (向人大代表报告半年工作) as interim', () => {
		const r = one(
			'7月22日,青柳街道党工委书记向辖区人大代表汇报半年工作。上半年,青柳街道规上工业总产值19亿元。'
		);
		expect(r).toMatchObject({ town: '青柳街道', kind: 'midyear' });
	});
	it('gives no year to a 范文 copy from its upload date', () => {
		const r = one(
			'镇上半年工作情况总结范文\n时间:2031-06-11 17:48:05\n今年上半年,全镇上下紧盯目标抓落实。农业总收入2870万元,占全年目标的51.2%。'
		);
		expect(r).toMatchObject({ kind: 'midyear', reportYear: null });
	});
	it('reads a day-first date line (26.07.2030 03:41) as the publication date', () => {
		const r = one(
			'青柳镇上半年完成产业投资16亿元\n\n19.07.2030  03:41\n\n记者从近日召开的青柳镇六届人民代表大会第八次会议上了解到这一消息。今年上半年,全镇一般公共预算收入5140万元,同比增长18.3%。'
		);
		expect(r).toMatchObject({ town: '青柳镇', published: '2030-07-19', reportYear: 2030 });
	});
});

describe('the page’s date read from the first lines of text', () => {
	it('takes a site’s date line under the title as published, and a catalogue’s date not as delivered', () => {
		const r = one(
			'青柳镇2030年度政府工作报告\n- 发文机构\n- 青柳镇人民政府\n- 日期\n- 2031-04-15\n青柳镇政府工作报告\n各位代表:\n一、2030年工作回顾\n全年实现地区生产总值12亿元,增长5%。'
		);
		expect(r).toMatchObject({ published: '2031-04-15', delivered: null, reportYear: 2031 });
	});
	it('keeps a bare date under the title as the delivery date, not the publication', () => {
		const r = one(
			'青柳镇政府工作报告\n2031年1月9日\n各位代表:\n一、2030年工作回顾\n全年实现地区生产总值12亿元,增长5%。'
		);
		expect(r).toMatchObject({ published: null, delivered: '2031-01-09' });
	});
});

describe('news of a town’s figures that tells of no meeting', () => {
	it('keeps it, dated by the results its headline names', () => {
		const r = one(
			'青柳街道2030年完成外资任务的10倍\n2031-01-24 15:38\n记者从青柳街道获悉,刚刚过去的一年,青柳街道各项经济指标完成良好。2030年预计完成规上工业总产值55亿元,增速17%。'
		);
		expect(r).toMatchObject({ town: '青柳街道', kind: 'news', reportYear: 2031, reviewYear: 2030 });
	});
	it('reads an interview giving the half year’s figures as an interim report', () => {
		const r = one(
			'近日,青柳镇镇长张明在接听市长专线时告诉记者。\n张明介绍,2031年上半年,青柳镇规上工业产值比增5.75%;财政收入比增46.5%。'
		);
		expect(r).toMatchObject({ town: '青柳镇', kind: 'midyear', reportYear: 2031 });
	});
	it('gives no report for news of another meeting (工作动员大会)', () => {
		expect(
			reports(
				'本报讯(通讯员 王五)2月9日,青柳镇召开2030年总结暨2031年工作动员大会。2030年,全镇实现地区生产总值20亿元。'
			)
		).toEqual([]);
	});
});

describe('more signals of a town’s report', () => {
	it('keeps a report that ranks itself in the county (领跑全县), with town null', () => {
		const r = one(
			'一、2030年工作回顾\n经济发展稳中有进。全年地区生产总值预计增长6.8%,农林牧渔业总产值13.4亿元、增长7%,领跑全县。'
		);
		expect(r).toMatchObject({ town: null, reportYear: 2031 });
	});
	it('reads 双过半 as a half-year report, and 2030年街道完成 as the year reviewed', () => {
		expect(
			one('青柳街道经济指标实现“双过半”\n预计1—6月份,青柳街道规上工业总产值达到5.3亿元,增长41.7%。')
				.kind
		).toBe('midyear');
		expect(
			one(
				'经济工作上,街道坚持开源与节流并重。\n1、主要指标稳中有升。2030年街道完成财政总收入1.52亿元。'
			).reportYear
		).toBe(2031);
	});
});

describe('interim reports heard and 范文 frames', () => {
	it('reads deputies hearing a half year’s project report (上半年重点项目建设情况汇报) as interim', () => {
		const r = one(
			'青柳街道向人大代表通报重点项目进展\n8月19日,人大代表听取了青柳街道办事处关于2030年上半年重点项目建设情况的汇报。青柳街道上半年完成固定资产投资3.87亿元。'
		);
		expect(r).toMatchObject({ town: '青柳街道', kind: 'midyear', reportYear: 2030 });
	});
	it('gives no year to a 范文 whose years are placeholders, whatever its page heading says', () => {
		const r = one(
			'2031年乡镇年工作总结范文和2031年工作计划\n一、xx年工作总结\nxx年xx镇按照区委要求,全年完成规模以上固定资产投资4亿元。'
		);
		expect(r.reportYear).toBeNull();
	});
});

describe('second-half summaries', () => {
	it('reads a body opening on 1—9月…完成情况 as the three quarters, under a 下半年 title', () => {
		const r = one(
			'乡镇政府2030年下半年工作总结与年末安排\n1—9月经济指标完成情况\n全镇工业总产值31460万元,完成全年目标任务的68%。'
		);
		expect(r.kind).toBe('q3');
	});
});

describe('a goal for the end of a plan period in a news item', () => {
	it('reads a 十三五末 goal (财政收入突破…) in 2017 news as the plan’s goal for 2020, not an outcome', () => {
		const r = one(
			'本报讯 3月14日,青柳乡召开第八届人民代表大会第一次会议。会议提出,努力把青柳乡建成宜居乡村,十三五末,财政收入突破2亿元。2016年,全乡财政收入完成6200万元。'
		);
		expect(r.reportYear).toBe(2017);
		expect(r.targets).toMatchObject([{ indicator: 'fiscal_revenue', year: 2020, value: 2 }]);
		expect(r.results.map((x) => x.value)).toEqual([6200]);
	});
});

describe('a year read from an anniversary', () => {
	it('dates a text that names no year by the anniversary it celebrates', () => {
		const r = one(
			'8月8日,青柳镇召开第二十届人民代表大会第六次会议。\n今年上半年,青柳镇实现规上工业总产值9亿元,同比增长5.7%,向中华人民共和国成立75周年献礼。'
		);
		expect(r).toMatchObject({ kind: 'midyear', reportYear: 2024 });
	});
});

describe('town from a navigation trail', () => {
	it('takes the town out of a segment naming its county government first', () => {
		const r = one(
			'当前位置：首页 > 镇街 > 青山区人民政府柳湾街道办事处 > 工作报告\n2021年工作总结\n2021年，全街实现地区生产总值20亿元，同比增长6%。'
		);
		expect(r.town).toBe('柳湾街道');
		expect(r.reportYear).toBe(2022);
	});
});

describe('year from the body alone', () => {
	it('reads a body opening on a year of outcomes as that year reviewed', () => {
		const r = one('综合实力持续攀升\n\n2026年，全镇一般公共预算收入完成4100万元，同比增长9%。');
		expect(r).toMatchObject({ reportYear: 2027, reviewYear: 2026 });
	});
	it('reads outcomes at the end of a year (截至…年底) as that year reviewed', () => {
		const r = one(
			'镇工作汇报\n时间：2030-11-03 08:00:00\n刚刚过去的一年，全镇发展良好。截至2019年底，全镇地区生产总值完成3.2亿元，同比增长8%。'
		);
		expect(r).toMatchObject({ reportYear: 2020, reviewYear: 2019 });
		expect(r.results[0]).toMatchObject({ year: 2019, value: 3.2 });
	});
	it('does not read a deadline ahead (截至…年底，全镇将…) as the year reviewed', () => {
		const r = one(
			'镇工作汇报\n时间：2030-03-03 08:00:00\n截至2035年底，全镇将完成地区生产总值9亿元。过去一年，全镇地区生产总值3.2亿元。'
		);
		expect(r.reviewYear).not.toBe(2035);
	});
	it('dates a year described and then looked back on in the next paragraph', () => {
		const r = one(
			'2031年是实施规划承上启下的关键一年。全镇上下凝心聚力，攻坚克难，推动经济社会各项事业迈上新的台阶，实现了稳中有进、进中向好。\n一年来，全镇一般公共预算收入3500万元，同比增长12%。'
		);
		expect(r).toMatchObject({ reportYear: 2032, reviewYear: 2031 });
	});
	it('does not date a template whose town is a placeholder by its upload', () => {
		const r = one(
			'XX镇第六届人民代表大会第八次会议工作报告\n发布时间：2030-11-13\n各位代表：\n一年来，全镇完成财政收入920万元，占计划的108%。'
		);
		expect(r.reportYear).toBeNull();
	});
	it('does not take a document title for a plan heading', () => {
		const r = one(
			'乡镇2027年政府工作报告选编\n\n2026年，全镇一般公共预算收入完成4100万元，同比增长9%；固定资产投资5.3亿元。'
		);
		expect(r.targets).toEqual([]);
		expect(r.results.map((x) => x.indicator)).toEqual([
			'general_budget_revenue',
			'fixed_asset_investment'
		]);
	});
});

describe("the town's own name", () => {
	it('drops words before the town that the text also leaves off', () => {
		const r = one(
			'昨日，临川青柳镇第三届人民代表大会第二次会议举行。会议审议了青柳镇人民政府工作报告。'
		);
		expect(r.town).toBe('青柳镇');
	});
	it('keeps a long name the text always writes whole', () => {
		const r = one(
			'白音查干镇第一届人民代表大会第五次会议举行。会上，代表们听取了白音查干镇人民政府工作报告。'
		);
		expect(r.town).toBe('白音查干镇');
	});
});

describe('town names that are not names', () => {
	it('never keeps a placeholder, a verb or a government', () => {
		const r = one('上半年某乡工作总结\n今年以来，全乡完成固定资产投资1亿元，同比增长5%。');
		expect(r.town).toBeNull();
	});
	it('drops the tail of a county name run into the town', () => {
		const r = one(
			'儋州市雅星镇2025年政府工作报告\n各位代表：\n现在，我代表雅星镇人民政府向大会报告工作。\n一、2024年工作回顾\n全镇地区生产总值12亿元。'
		);
		expect(r.town).toBe('雅星镇');
	});
	it('reads a headline dateline as the publication date', () => {
		const r = one(
			'青柳乡第四届人民代表大会第五次会议举行 2023-12-30 10:12:31  来源：某网\n12月29日上午，青柳乡第四届人民代表大会第五次会议隆重开幕。'
		);
		expect(r).toMatchObject({
			town: '青柳乡',
			published: '2023-12-30',
			reportYear: 2024,
			kind: 'news'
		});
	});
});

describe('news and summaries that open on their town', () => {
	it('takes the town a lead opens on, with its county', () => {
		const r = one(
			'本网讯：今年以来，青山县青柳镇坚持稳中求进，前三季度全镇完成固定资产投资3亿元，同比增长9%。'
		);
		expect(r).toMatchObject({ town: '青柳镇', kind: 'q3' });
		expect(r.results[0]).toMatchObject({ period: 'M1-9', value: 3 });
	});
	it('dates a congress from the news lead', () => {
		const r = one(
			'2021年11月23日，青山县青柳镇在镇会议中心召开了第一届人民代表大会第二次会议。会议听取并审议了政府工作报告。'
		);
		expect(r).toMatchObject({
			town: '青柳镇',
			kind: 'news',
			delivered: '2021-11-23',
			reportYear: 2022
		});
	});
});
