import { describe, expect, it } from 'vitest';
import { frequentTown, splitPlace } from '../../../src/lib/metadata/index';
import { contractReport, extractDocument } from '../../../src/lib/extract';

const reports = (text: string) =>
	extractDocument({ fileName: 't.txt', bytes: new TextEncoder().encode(text) }).reports.map((r) =>
		contractReport(r)
	);

describe('town names', () => {
	it('keep a name that ends on 和 (永和, 人和), not the words around one (县委和镇)', () => {
		expect(splitPlace('青山市永和镇')).toMatchObject({ town: '永和镇', county: '青山市' });
		expect(splitPlace('人和乡')?.town).toBe('人和乡');
		expect(splitPlace('委和镇')).toBeNull();
		expect(frequentTown('在县委和镇政府领导下，县委和镇党委部署。')).toBeNull();
	});
	it('keep the whole name of an ethnic township', () => {
		expect(frequentTown('青石山彝族乡召开会议。青石山彝族乡党委书记出席。')).toBe('青石山彝族乡');
	});
	it('are never a verb phrase run into 镇 (贯彻落实镇党代会)', () => {
		expect(splitPlace('全面贯彻落实镇')).toBeNull();
		const [r] = reports(
			'政府上半年工作报告\n各位代表：\n我代表**镇人民政府向大会报告半年工作。\n上半年工作回顾\n今年上半年，镇政府全面贯彻落实镇第九次党代会部署，地区生产总值完成26亿元，同比增长8%。'
		);
		expect(r.town).toBeNull();
	});
});

describe('meetings that hear a town’s report', () => {
	it('include a 街道 deputies’ 议政大会, whose quoted targets are the year’s', () => {
		const [r] = reports(
			'2月3日，青石街道召开人大代表议政大会，共商2031年发展思路。\n2031年，青石街道将突出项目攻坚和民生保障，力争规模工业增加值增长8%，固定资产投资增长13%。（记者 王一）'
		);
		expect(r).toMatchObject({ town: '青石街道', kind: 'news', reportYear: 2031 });
		expect(r.targets.map((t) => [t.indicator, t.tier, t.value])).toEqual([
			['industrial_value_added_above_scale', 'headline', 8],
			['fixed_asset_investment', 'headline', 13]
		]);
	});
	it('make a session that hears the half-year plan’s execution a mid-year report', () => {
		const [r] = reports(
			'某新闻网7月21日讯 昨日，青山市永和镇第三届人民代表大会第二次会议举行，听取了永和镇2030年上半年计划执行情况的报告。\n据会上通报，1-6月，永和镇完成工业总产值71.4亿元。'
		);
		expect(r).toMatchObject({ town: '永和镇', kind: 'midyear', reportYear: 2030 });
		expect(r.results[0]).toMatchObject({
			indicator: 'industrial_output',
			period: 'H1',
			value: 71.4
		});
	});
	it('date a 民主议政会 that hears the 年中 report, and make it a mid-year report', () => {
		const [r] = reports(
			'9月17日，青石街道第四届民主议政会第一次会议举行。\n会上，代表们听取了青石街道办事处的年中工作报告。\n2030年1-8月，全街道规上工业产值完成137亿元。'
		);
		expect(r).toMatchObject({ kind: 'midyear', town: '青石街道' });
		expect(r.delivered?.slice(5)).toBe('09-17');
	});
});

describe('news copied years later', () => {
	it('is dated by the years its text names, not by the later page date', () => {
		const [r] = reports(
			'青石镇第九届人民代表大会九次会议开幕\n日期:2029-12-28 14:41\n5月20日，青石镇召开第九届人民代表大会第九次会议。镇长在会上作政府工作报告。报告说，2020年全镇生产总值为31.7亿元。2021年，全镇主要预期目标是：生产总值增长8%左右。'
		);
		expect(r).toMatchObject({ town: '青石镇', reportYear: 2021 });
		expect(r.targets.map((t) => [t.indicator, t.year, t.value])).toEqual([['gdp', 2021, 8]]);
	});
});

describe('a page’s metadata block and its report', () => {
	it('are one report, dated by the review, not by a target word in the review', () => {
		const rs = reports(
			'青石镇人民政府\n您的位置: 首页 > 青石镇人民政府 > 政府工作报告\n名称: 青石镇2031年政府工作报告\n发布日期: 2031-03-05\n青石镇2031年政府工作报告\n各位代表:\n我代表青石镇人民政府,向大会报告一年工作。\n2030年工作回顾\n2030年是落实“十四五”目标任务承上启下的一年。全镇一般公共预算收入完成1385万元。'
		);
		expect(rs.map((r) => [r.town, r.reportYear, r.results.length])).toEqual([['青石镇', 2031, 1]]);
	});
});

describe('街道 summaries', () => {
	it('read a template’s 某街道 or spaced XX 街道 as a town-level page, town unknown', () => {
		const [r] = reports(
			'2030年度某街道工作总结和2031年度工作思路\n一、2030 年度工作总结\n今年以来,XX 街道紧紧围绕中心工作。全年一般公共预算收入完成 7 亿元,同比下降 4.3%。'
		);
		expect(r).toMatchObject({ town: null, reportYear: 2031 });
		expect(r.results.map((x) => [x.indicator, x.value, x.growth])).toEqual([
			['general_budget_revenue', 7, -4.3]
		]);
	});
	it('name the 街道 from its office at the head of a run-in title, and take that title’s year', () => {
		const [r] = reports(
			'青石街道办事处2031年政府工作报告一、2030年工作回顾2030年是爬坡过坎的一年。全街道固定资产投资完成12.6亿元。'
		);
		expect(r).toMatchObject({ town: '青石街道', reportYear: 2031 });
	});
});
