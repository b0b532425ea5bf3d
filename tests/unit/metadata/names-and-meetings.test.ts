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
			'政府上半年工作报告\n各位代表：\n现在，我代表**镇人民政府向大会作工作报告。\n上半年工作回顾\n今年上半年，镇政府全面贯彻落实镇第十六次党代会确立的目标任务，地区生产总值完成20亿元，同比增长6%。'
		);
		expect(r.town).toBeNull();
	});
});

describe('meetings that hear a town’s report', () => {
	it('include a 街道 deputies’ 议政大会, whose quoted targets are the year’s', () => {
		const [r] = reports(
			'1月25日，青石街道举行人大代表、政协委员议政大会，谋划2031年街道经济社会发展。\n2031年，青石街道将重点抓好项目建设、社会保障两个方面的工作，力争规模工业增加值增长9%，固定资产投资增长11%。（记者 王一）'
		);
		expect(r).toMatchObject({ town: '青石街道', kind: 'news', reportYear: 2031 });
		expect(r.targets.map((t) => [t.indicator, t.tier, t.value])).toEqual([
			['industrial_value_added_above_scale', 'headline', 9],
			['fixed_asset_investment', 'headline', 11]
		]);
	});
	it('make a session that hears the half-year plan’s execution a mid-year report', () => {
		const [r] = reports(
			'某新闻网7月28日讯 昨日，青山市永和镇第十七届人民代表大会第二次会议召开，会议听取了永和镇2030年上半年经济社会发展计划执行情况报告。\n记者从会上获悉，1-6月，永和镇完成工业总产值83.6亿元。'
		);
		expect(r).toMatchObject({ town: '永和镇', kind: 'midyear', reportYear: 2030 });
		expect(r.results[0]).toMatchObject({
			indicator: 'industrial_output',
			period: 'H1',
			value: 83.6
		});
	});
	it('date a 民主议政会 that hears the 年中 report, and make it a mid-year report', () => {
		const [r] = reports(
			'9月23日，青石街道第二届民主议政会第二次会议召开。\n会议听取了《青石街道办事处年中政府工作报告》。\n2030年1-8月，街道完成规上工业产值158亿元。'
		);
		expect(r).toMatchObject({ kind: 'midyear', town: '青石街道' });
		expect(r.delivered?.slice(5)).toBe('09-23');
	});
});

describe('news copied years later', () => {
	it('is dated by the years its text names, not by the later page date', () => {
		const [r] = reports(
			'青石镇第十六届人民代表大会二次会议胜利召开\n日期:2029-12-28 14:41\n5月27日，青石镇召开第十六届人民代表大会第二次会议。镇长代表镇政府作《政府工作报告》。报告指出，2020年全镇生产总值达28.9亿元。2021年，全镇经济社会发展的主要预期目标是：生产总值增长9%左右。'
		);
		expect(r).toMatchObject({ town: '青石镇', reportYear: 2021 });
		expect(r.targets.map((t) => [t.indicator, t.year, t.value])).toEqual([['gdp', 2021, 9]]);
	});
});

describe('a page’s metadata block and its report', () => {
	it('are one report, dated by the review, not by a target word in the review', () => {
		const rs = reports(
			'青石镇人民政府\n您现在所在的位置: 网站首页 > 青石镇人民政府 > 政府工作报告\n名称: 青石镇2031年政府工作报告\n发布日期: 2031-03-05\n青石镇2031年政府工作报告\n各位代表:\n现在,我代表青石镇人民政府,向大会报告工作。\n2030年工作回顾\n2030年是实施“十四五”规划目标任务的关键一年。全年完成一般公共预算收入1204万元。'
		);
		expect(rs.map((r) => [r.town, r.reportYear, r.results.length])).toEqual([['青石镇', 2031, 1]]);
	});
});

describe('街道 summaries', () => {
	it('read a template’s 某街道 or spaced XX 街道 as a town-level page, town unknown', () => {
		const [r] = reports(
			'2030年度某街道工作总结和2031年度工作思路\n一、2030 年度工作总结\n今年以来,XX 街道紧紧围绕中心工作。全年完成一般公共预算收入 8 亿元,同比下降 6.2%。'
		);
		expect(r).toMatchObject({ town: null, reportYear: 2031 });
		expect(r.results.map((x) => [x.indicator, x.value, x.growth])).toEqual([
			['general_budget_revenue', 8, -6.2]
		]);
	});
	it('name the 街道 from its office at the head of a run-in title, and take that title’s year', () => {
		const [r] = reports(
			'青石街道办事处2031年政府工作报告一、2030年工作回顾2030年是极不平凡的一年。全年完成固定资产投资10.1亿元。'
		);
		expect(r).toMatchObject({ town: '青石街道', reportYear: 2031 });
	});
});
