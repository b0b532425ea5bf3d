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

describe('pages that are not a town report', () => {
	it('gives no report for a district government report', () => {
		expect(
			reports(
				'各位代表：\n现在，我代表区人民政府，向大会报告政府工作。\n一、工作回顾\n全区地区生产总值增长5%。'
			)
		).toEqual([]);
	});
	it('gives no report for a county whose speaker speaks for the 县政府, even led by 县委、县政府', () => {
		expect(
			reports(
				'尊敬的各位代表:\n我代表青柳县政府,向大家汇报工作。\n过去的一年,青柳县在县委、县政府的坚强领导下,全县GDP增长6%。'
			)
		).toEqual([]);
	});
	it('reads traditional characters the same way', () => {
		expect(
			reports(
				'各位代表:\n我代表區人民政府向大會作工作報告。\n一、過去五年工作回顧\n全區生產總值增長5%。'
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
			'各位代表：\n现在，我代表镇人民政府向大会报告工作。\n一、2023年工作回顾\n全年实现地区生产总值12亿元，增长5%。'
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
			one('2031年主要预期目标为:地区生产总值增长6%以上。\n2031年街道将重点推进三方面工作。')
				.reportYear
		).toBe(2031);
	});
	it('reads the town of the congress a news lead names after 召开的', () => {
		const r = one(
			'本报讯 记者从近日召开的青柳镇第九届人民代表大会第五次会议上获悉,2031年,青柳镇将力争地区生产总值增长6%以上。去年,青柳镇实现地区生产总值20亿元。'
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
			'2030年,青柳镇完成地区生产总值20亿元,同比增长8%。\n青柳镇党委书记张明:2031年全镇经济社会主要预期目标是:地区生产总值增长7%左右。'
		);
		expect(r).toMatchObject({ town: '青柳镇', kind: 'news', reportYear: 2031, reviewYear: 2030 });
	});
	it('keeps news of a plan period’s goals and dates it by the plan just accomplished', () => {
		const r = one(
			'本报记者 王五\n过去五年,我镇圆满完成了“十二五”各项目标任务。“十三五”时期,我镇将紧紧围绕“生态水乡、休闲小镇”的定位,力争生产总值年均增长8%左右,到2020年超过80亿元。'
		);
		expect(r).toMatchObject({ town: null, kind: 'news', reportYear: 2016 });
		// the figure after 到2020年 goes on with the subject before it
		expect(r.targets).toMatchObject([
			{ indicator: 'gdp', year: 2020, value: 8 },
			{ indicator: 'gdp', year: 2020, value: 80, unit: '亿元' }
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
			'青柳乡上半年经济运行情况汇报\n青柳乡有13个行政村,2029年底农民人均纯收入为3892元。今年以来,我乡上下齐心,上半年农民人均纯收入为1915元,比去年同期增长23%。'
		);
		expect(r).toMatchObject({ town: '青柳乡', kind: 'midyear', reportYear: 2030 });
	});
	it('reads a report of half a year’s work to the deputies (向人大代表报告半年工作) as interim', () => {
		const r = one(
			'7月28日上午,青柳街道办事处主要负责人向人大代表报告半年工作。上半年,青柳街道规上工业企业实现总产值16亿元。'
		);
		expect(r).toMatchObject({ town: '青柳街道', kind: 'midyear' });
	});
	it('gives no year to a 范文 copy from its upload date', () => {
		const r = one(
			'镇上半年工作情况总结范文\n时间:2031-06-11 17:48:05\n今年上半年,全镇上下咬定目标不放松。农业总收入3420万元,占全年目标的43.9%。'
		);
		expect(r).toMatchObject({ kind: 'midyear', reportYear: null });
	});
	it('reads a day-first date line (26.07.2030 03:41) as the publication date', () => {
		const r = one(
			'青柳镇上半年实现产业投资13亿元\n\n26.07.2030  03:41\n\n这是记者从日前召开的青柳镇十八届人民代表大会第六次会议上获得的信息。今年上半年,全镇一般公共预算收入6030万元,同比增长20.6%。'
		);
		expect(r).toMatchObject({ town: '青柳镇', published: '2030-07-26', reportYear: 2030 });
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
			'一、2030年工作回顾\n经济运行稳健有力。全年地区生产总值预计增长5.9%,农林牧渔业总产值11.6亿元、增长6%,领跑全县。'
		);
		expect(r).toMatchObject({ town: null, reportYear: 2031 });
	});
	it('reads 双过半 as a half-year report, and 2030年街道完成 as the year reviewed', () => {
		expect(
			one(
				'青柳街道扎实推进经济指标“双过半”\n预计1—6月份,青柳街道规上工业总产值可实现4.2亿元,增长63.9%。'
			).kind
		).toBe('midyear');
		expect(
			one(
				'在经济工作方面,街道始终坚持开源节流。\n1、经济指标持续向好。2030年街道完成财政总收入1.36亿元。'
			).reportYear
		).toBe(2031);
	});
});

describe('interim reports heard and 范文 frames', () => {
	it('reads deputies hearing a half year’s project report (上半年重点项目建设情况汇报) as interim', () => {
		const r = one(
			'人大代表听取青柳街道办事处重点项目建设情况汇报\n8月28日,人大代表听取了青柳街道办事处2030年上半年重点项目建设情况汇报。青柳街道上半年完成固定资产投资4.11亿元。'
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
			'乡镇政府2030年下半年工作总结及年末工作计划\n1—9月经济指标完成情况\n全镇工业总产值25992万元,完成全年目标任务的76%。'
		);
		expect(r.kind).toBe('q3');
	});
});

describe('a goal for the end of a plan period in a news item', () => {
	it('reads 十三五末,财政收入突破1亿元 in 2017 news as the plan’s goal for 2020, not an outcome', () => {
		const r = one(
			'本报讯 3月17日,青柳乡召开第五届人民代表大会第一次会议。会议要求,努力把青柳乡建设成为美丽家园,十三五末,财政收入突破1亿元。2016年,全乡财政收入完成5000万元。'
		);
		expect(r.reportYear).toBe(2017);
		expect(r.targets).toMatchObject([{ indicator: 'fiscal_revenue', year: 2020, value: 1 }]);
		expect(r.results.map((x) => x.value)).toEqual([5000]);
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
		const r = one('综合实力持续攀升\n\n2022年，全镇一般公共预算收入3500万元，同比增长12%。');
		expect(r).toMatchObject({ reportYear: 2023, reviewYear: 2022 });
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
			'XX镇第八届人民代表大会第二次会议工作报告\n发布时间：2030-11-13\n各位代表：\n一年来，全镇完成财政收入800万元，占计划的105%。'
		);
		expect(r.reportYear).toBeNull();
	});
	it('does not take a document title for a plan heading', () => {
		const r = one(
			'乡镇2023年政府工作报告选编\n\n2022年，全镇一般公共预算收入3500万元，同比增长12%；固定资产投资4.6亿元。'
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
			'昨日，临川青柳镇第三届人民代表大会第一次会议召开。大会听取和审查青柳镇人民政府工作报告。'
		);
		expect(r.town).toBe('青柳镇');
	});
	it('keeps a long name the text always writes whole', () => {
		const r = one(
			'白音查干镇第三届人民代表大会第一次会议召开。大会听取白音查干镇人民政府工作报告。'
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
			'青柳乡第三届人民代表大会第二次会议隆重开幕 2023-12-28 14:59:57  来源：某网\n12月26日上午，青柳乡第三届人民代表大会第二次会议隆重开幕。'
		);
		expect(r).toMatchObject({
			town: '青柳乡',
			published: '2023-12-28',
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
			'2021年11月17日，青山县青柳镇在镇政府会议室召开了第二届人民代表大会第一次会议。会议听取并审议了政府工作报告。'
		);
		expect(r).toMatchObject({
			town: '青柳镇',
			kind: 'news',
			delivered: '2021-11-17',
			reportYear: 2022
		});
	});
});
