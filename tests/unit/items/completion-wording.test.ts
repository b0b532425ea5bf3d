import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/lib/extract';

const results = (text: string) =>
	extractDocument({ fileName: 't.txt', bytes: new TextEncoder().encode(text) }).reports[0].results;

describe('completion wording', () => {
	it('超额完成x% is a completion of 100 + x', () => {
		const [r] = results('一、2021年工作回顾\n全镇全年完成固定资产投资8亿元，超额完成6%。');
		expect(r).toMatchObject({ indicator: 'fixed_asset_investment', value: 8, completion: 106 });
	});
	it('为年度计划的x% states the completion', () => {
		const [r] = results('一、2021年工作回顾\n全镇重点项目完成投资2亿元，为年度计划的120%。');
		expect(r).toMatchObject({ indicator: 'project_investment', value: 2, completion: 120 });
	});
	it('a bare 为x% after a figure is not a completion', () => {
		const rs = results('一、2021年工作回顾\n全镇城镇化率为61%。');
		expect(rs.every((r) => r.completion === null)).toBe(true);
	});
});

describe('wording between an indicator and its figure', () => {
	it('a measuring modifier does not hide the growth', () => {
		const [r] = results('一、2021年工作回顾\n全镇实现地区生产总值20亿元，按可比价格计算增长6%。');
		expect(r).toMatchObject({ indicator: 'gdp', value: 20, growth: 6 });
	});
	it('a completion share right after its indicator is a result without a level', () => {
		const [r] = results('一、2021年工作回顾\n全镇财政总收入完成全年任务的104%。');
		expect(r).toMatchObject({ indicator: 'fiscal_revenue_total', value: null, completion: 104 });
	});
});

describe('more wording of real pages', () => {
	it('reads asides and qualifiers before a change', () => {
		const rs = results(
			'一、2021年工作回顾\n全镇地区生产总值18亿元，同比(下同)增长6%；农村居民人均可支配收入为21380元，名义增长3.4%；工业投资劲增31%。'
		);
		expect(rs.map((r) => [r.indicator, r.growth])).toEqual([
			['gdp', 6],
			['rural_disposable_income', 3.4],
			['industrial_investment', 31]
		]);
	});
	it('占年计划的x% is a completion', () => {
		const [r] = results(
			'一、2021年工作回顾\n全镇公共财政预算收入2350万元，同比增长7%，占年计划的52%。'
		);
		expect(r).toMatchObject({ indicator: 'general_budget_revenue', growth: 7, completion: 52 });
	});
	it('a spaced figure copied from a PDF keeps its unit', () => {
		const [r] = results('一、2021年工作回顾\n全镇工业增加值 2.7 亿元，同比增长 4.36%。');
		expect(r).toMatchObject({
			indicator: 'industrial_value_added',
			value: 2.7,
			unit: '亿元',
			growth: 4.36
		});
	});
	it('a dated figure in a five-year review is that year’s level', () => {
		const rs = results(
			'青柳镇政府工作报告\n——2021年1月8日在青柳镇第三届人民代表大会第五次会议上\n各位代表：\n一、过去五年工作回顾\n五年来，全镇经济稳步发展，2020年全镇财政收入达到3100万元，农民人均纯收入从7250元提高到15830元。'
		);
		expect(rs.find((r) => r.indicator === 'fiscal_revenue')).toMatchObject({
			period: 'year',
			year: 2020
		});
		expect(rs.find((r) => r.indicator === 'farmer_income' && r.value === 15830)?.period).toBe('5y');
	});
});

describe('comparisons and classes of projects', () => {
	it('与2012年相比增长 gives the growth', () => {
		const [r] = results('一、2013年工作回顾\n全镇生产总值86亿元，与2012年相比增长9.4%。');
		expect(r).toMatchObject({ indicator: 'gdp', value: 86, growth: 9.4 });
	});
	it('a range of amounts before 项目 names a class, not a figure', () => {
		const rs = results('一、2023年工作回顾\n全镇10-500万元项目完成固定资产投资1.4亿元。');
		expect(rs.map((r) => r.value)).toEqual([1.4]);
	});
});

describe('a review part of the whole term', () => {
	it('gives its undated paragraphs the five-year period, and a year heading within it the year', () => {
		const rs = results(
			'青柳镇人民政府工作报告\n各位代表：\n一、过去五年工作回顾\n全镇地区生产总值达到20亿元，比届初增长45%。\n' +
				'二、2030年工作回顾\n全镇完成固定资产投资6亿元，同比增长5%。\n三、2031年工作安排\n抓好项目建设。'
		);
		expect(rs.map((r) => [r.indicator, r.period])).toEqual([
			['gdp', '5y'],
			['fixed_asset_investment', 'year']
		]);
	});
	it('a paragraph opening on a change from a base year (由2025年的…) is still the term’s', () => {
		const rs = results(
			'青柳镇人民政府工作报告\n各位代表：\n一、过去五年工作回顾\n全镇税收由2025年的1700万元增加到2030年的6000万元，一般公共预算收入从5600万元增加到9800万元。\n二、2031年工作安排\n抓好项目建设。'
		);
		expect(rs.find((r) => r.value === 9800)?.period).toBe('5y');
	});
	it('an unnumbered term heading after the opening speech, written in traditional characters', () => {
		const rs = results(
			'青柳鎮人民政府工作報告\n各位代表:\n現在,我代表鎮人民政府向大會報告工作\n過去五年的工作回顧\n全鎮一般公共預算收入從5600萬元增加到9800萬元。\n二、2031年工作安排\n抓好項目建設。'
		);
		expect(rs.find((r) => r.value === 9800)?.period).toBe('5y');
	});
});

describe('a 截至 aside inside a sentence', () => {
	it('holds to its own segment; the period the sentence named first resumes after it', () => {
		const rs = results(
			'青柳镇2031年政府工作报告\n一、2030年工作回顾\n全年全镇生产总值增长4.7%;财政总收入为3.2亿元,截至11月完成2.9亿元,为年初预算的91%;固定资产投资增长12%。\n二、2031年工作安排\n'
		);
		expect(rs.find((r) => r.indicator === 'fixed_asset_investment')?.period).toBe('year');
		expect(rs.find((r) => r.value === 2.9)?.period).toBe('M1-11');
	});
});

describe('a forecast aside inside a sentence', () => {
	it('holds to its own segment: 1-5月…,半年度预计增长…;the next figure is of 1-5月 again', () => {
		const rs = results(
			'青柳镇2031年上半年工作总结\n一、上半年工作情况\n1-5月,规上工业总产值2亿元,同比增长10%,半年度预计增长11%;限上社会消费品零售总额3亿元,同比增长9%。\n'
		);
		expect(rs.find((r) => r.indicator === 'retail_sales_above_quota')?.period).toBe('M1-5');
		expect(rs.find((r) => r.value === 2)?.period).toBe('M1-5');
	});
});

describe('the period a paragraph of an interim report opens with', () => {
	it('goes on to its later sentences that name none, unless the opening sentence names two', () => {
		const head = '青柳镇2031年上半年工作总结\n一、上半年工作情况\n';
		const carried = results(
			`${head}1-5月,规上工业总产值2亿元,同比增长10%。重点项目累计投资1.2亿元,完成年度计划的60%。\n`
		);
		expect(carried.find((r) => r.value === 1.2)?.period).toBe('M1-5');
		const mixed = results(
			`${head}1-5月,规上工业总产值2亿元,1-6月预计完成2.5亿元。重点项目累计投资1.2亿元,完成年度计划的60%。\n`
		);
		expect(mixed.find((r) => r.value === 1.2)?.period).toBe('H1');
		const compared = results(
			`${head}全镇规上工业总产值2亿元,增速低于1-4月1个百分点。重点项目累计投资1.2亿元,完成年度计划的60%。\n`
		);
		expect(compared.find((r) => r.value === 1.2)?.period).toBe('H1');
	});
});

describe('the year-to-date period an annual report paragraph opens with', () => {
	it('goes on to its later sentences; 完成全年总目标任务的 names a target, not a period', () => {
		const rs = results(
			'青柳镇2031年政府工作报告\n一、2030年工作回顾\n今年1-10月,全镇完成固定资产投资10亿元,完成全年总目标任务的80%。完成招商引资2亿元,同比增长5%。\n另外,全年财政总收入3亿元。\n二、2031年工作安排\n'
		);
		expect(rs.find((r) => r.indicator === 'fixed_asset_investment')?.period).toBe('M1-10');
		expect(rs.find((r) => r.indicator === 'investment_attracted')?.period).toBe('M1-10');
		expect(rs.find((r) => r.indicator === 'fiscal_revenue_total')?.period).toBe('year');
	});
});
