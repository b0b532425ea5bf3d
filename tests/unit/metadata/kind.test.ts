import { describe, expect, it } from 'vitest';
import { interimMonth, isNewsArticle, namesCongress } from '../../../src/lib/metadata/index';
import { extractDocument, contractReport } from '../../../src/lib/extract';

const doc = (text: string) =>
	extractDocument({ fileName: 't.txt', bytes: new TextEncoder().encode(text) }).reports.map((r) =>
		contractReport(r)
	);

describe('interim period', () => {
	it('reads the last month an interim report covers', () => {
		expect(interimMonth('某镇2022年上半年工作总结')).toBe(6);
		expect(interimMonth('前三季度工作情况汇报')).toBe(9);
		expect(interimMonth('1-9月经济运行情况')).toBe(9);
		expect(interimMonth('1至6月工作')).toBe(6);
		expect(interimMonth('1-10月经济运行情况')).toBe(10);
		expect(interimMonth('2023年政府工作报告')).toBeNull();
	});
	it('gives q3 as the contract kind and year-to-date periods to its figures', () => {
		const [r] = doc(
			'青柳镇2022年前三季度工作总结\n\n一、前三季度工作情况\n前三季度，全镇完成固定资产投资3.2亿元，同比增长8%。'
		);
		expect(r.kind).toBe('q3');
		expect(r.town).toBe('青柳镇');
		expect(r.reportYear).toBe(2022);
		expect(r.results[0]).toMatchObject({ period: 'M1-9', value: 3.2, growth: 8 });
	});
});

describe('a work report read to a mid-year session', () => {
	const report = (date: string) =>
		doc(
			`政府工作报告\n——青柳镇第五届人民代表大会第三次会议\n${date}\n各位代表:\n现在,我代表青柳镇人民政府向大会报告工作。\n今年以来,全镇稳步发展。预计上半年完成地区生产总值40亿元,同比增长8%。`
		)[0];
	it('is an interim report of that year when it opens on the year so far', () => {
		const r = report('2030年7月20日');
		expect(r.kind).toBe('midyear');
		expect(r.reportYear).toBe(2030);
		expect(r.reviewYear).toBe(2030);
		expect(r.results[0]).toMatchObject({ year: 2030, period: 'H1', value: 40, growth: 8 });
	});
	it('stays an annual report when read at the start of the year', () => {
		expect(report('2030年1月20日').kind).toBe('annual');
	});
	it('stays an annual report when a session put off to mid-year reviews the whole last year', () => {
		const [r] = doc(
			'政府工作报告\n——青柳镇第五届人民代表大会第三次会议\n2030年6月20日\n各位代表:\n现在,我代表青柳镇人民政府向大会报告工作。\n2029年和今年以来工作回顾\n2029年,全镇完成财政总收入5000万元,增长9%。上半年,全镇稳步复工。'
		);
		expect(r.kind).toBe('annual');
		expect(r.reviewYear).toBe(2029);
		const [news] = doc(
			'青柳镇召开第五届人大三次会议\n7月20日,青柳镇召开第五届人民代表大会第三次会议,审议通过镇政府工作报告。\n2029年,青柳实现财政总收入1.8亿元,比增9%。2030年1—6月,青柳完成财政总收入1亿元。'
		);
		expect(news.kind).not.toBe('midyear');
	});
});

describe('news of a session', () => {
	it('is news when the session 落幕, or a deputy 当选为 its chair, or a speech thanks 各位代表', () => {
		expect(isNewsArticle('12月6日，甲乡第七届人民代表大会第三次会议在乡礼堂落幕。')).toBe(true);
		expect(isNewsArticle('在当天会议上，王一当选为该镇人大主席。')).toBe(true);
		expect(
			isNewsArticle(
				'甲镇第四届人民代表大会第二次会议如期召开。镇党委书记讲话时感谢各位代表一年来的支持与监督。'
			)
		).toBe(true);
		expect(isNewsArticle('各位代表：\n我代表镇人民政府向大会报告一年工作。')).toBe(false);
		expect(isNewsArticle('会议选举产生了甲镇新一届政府领导班子，并表决了各项决议。')).toBe(true);
	});
	it('is news when a site dateline opens it (某某网讯 4月1日), and a 街道 三代会 is its congress', () => {
		const [r] = doc(
			'青柳街道召开三代会\n青柳网讯 3月9日,青柳街道召开居民代表大会,听取了青柳街道2026年工作报告。2026年,全街道实现地区生产总值23亿元,同比增长7%。'
		);
		expect(r).toMatchObject({ town: '青柳街道', kind: 'news' });
		expect(r.results[0]).toMatchObject({ indicator: 'gdp', value: 23 });
	});
	it('of a mid-year session is a mid-year report of the year its period names', () => {
		const [r] = doc(
			'青石镇召开八届人大六次会议\n发布时间:2031-07-19\n7月18日，青石镇举行第八届人民代表大会第六次会议，审议了《关于镇政府上半年工作的报告》等文件。\n上半年，全镇完成税收总额3.4亿元，同比增长8.7%。'
		);
		expect(r).toMatchObject({
			town: '青石镇',
			kind: 'midyear',
			reportYear: 2031,
			reviewYear: 2031
		});
		const [n] = doc(
			'9月12日，青石镇第三届人民代表大会第八次会议顺利召开。会上，代表们听取了镇政府关于2031年上半年经济发展的报告。'
		);
		expect(n).toMatchObject({ kind: 'midyear', reportYear: 2031 });
	});
});

describe('a review heading a few lines into the body', () => {
	it('dates the review when the header took neither title nor salutation', () => {
		const [r] = doc(
			'XX\n镇\n2031\n年政府工作报告\n各位代表:\n我代表\nXX\n镇人民政府向大会报告一年工作。\n一、2031年工作回顾\n今年以来,全镇稳步发展。前三季度,全镇地区生产总值完成XX亿元,增长7%。'
		);
		expect(r).toMatchObject({ reportYear: 2032, reviewYear: 2031 });
	});
});

describe('three-quarter wording', () => {
	it('reads 1-3季度 as the first three quarters, and a period named under 今年以来 over the half year', () => {
		expect(interimMonth('1-3季度经济运行情况')).toBe(9);
		const [r] = doc(
			'某网10月23日讯:记者从镇统计站获悉,我镇经济稳中有升。\n今年以来,我镇迎难而上。今年1-9月份,全镇工业总产值达到180亿元。1-3季度我镇全社会固定资产投资完成36.2亿元。'
		);
		expect(r.kind).toBe('q3');
		expect(r.results.map((x) => x.period)).toEqual(['M1-9', 'M1-9']);
	});
});

describe('year-end summaries', () => {
	it('are annual even when their figures run to November (1-11月)', () => {
		const [r] = doc(
			'青柳街道2030年工作总结及2031年工作思路\n今年以来，青柳街道扎实推进各项工作。\n一、2030年工作成效\n1-11月，全街道财政总收入完成7.4亿元，同比增长9%。\n二、2031年工作思路\n全力抓好项目建设。'
		);
		expect(r).toMatchObject({ kind: 'annual', reportYear: 2031, reviewYear: 2030 });
		expect(r.results[0]).toMatchObject({ period: 'M1-11', value: 7.4, growth: 9 });
	});
});

describe('news of a congress', () => {
	it('is told apart from the report read to it', () => {
		expect(
			isNewsArticle('本报讯（记者 王五）1月13日，青柳镇第二届人民代表大会第五次会议开幕。')
		).toBe(true);
		expect(isNewsArticle('各位代表：现在，我代表青柳镇人民政府向大会报告工作。')).toBe(false);
	});
	it('is kind news in the contract', () => {
		const [r] = doc(
			'青柳镇第二届人民代表大会第五次会议开幕\n发布时间：2024-01-14\n1月13日，青柳镇第二届人民代表大会第五次会议开幕。会议听取并审议了政府工作报告。报告提出，2024年全镇地区生产总值增长6%。'
		);
		expect(r.kind).toBe('news');
		expect(r.town).toBe('青柳镇');
		expect(r.reportYear).toBe(2024);
	});
	it('leaves an unnamed town null, never a placeholder', () => {
		const rs = doc('各位代表：我代表XX镇人民政府，就过去一年的工作向大会报告。');
		for (const r of rs) expect(r.town).toBeNull();
	});
});

describe('interim reports named only in their text', () => {
	it('reads the kind from a first part on the year so far, under a generic title', () => {
		const [r] = doc(
			'政府工作报告\n——2031年9月8日在青柳镇第二届人民代表大会第六次会议上\n各位代表:\n我代表镇人民政府向大会报告一年工作。\n一、前三季度经济社会发展情况\n全镇完成固定资产投资3.2亿元,同比增长8%。\n二、下步工作安排\n'
		);
		expect(r).toMatchObject({ kind: 'q3', reportYear: 2031, reviewYear: 2031 });
		expect(r.results[0]).toMatchObject({ period: 'M1-9', year: 2031 });
		const [annual] = doc(
			'政府工作报告\n——2031年1月8日在青柳镇第二届人民代表大会第六次会议上\n各位代表:\n一、2030年工作回顾\n全镇完成固定资产投资3.2亿元。\n'
		);
		expect(annual).toMatchObject({ kind: 'annual', reportYear: 2031 });
	});
	it('reads the kind from a title run into the body', () => {
		const [r] = doc(
			'青柳镇2022年上半年工作汇报2022年上半年，全镇完成固定资产投资3.2亿元，同比增长8%。'
		);
		expect(r).toMatchObject({ kind: 'midyear', reportYear: 2022 });
	});
	it('reads the kind from the report a congress heard', () => {
		const [r] = doc(
			'本报讯 昨日，青柳镇第一届人民代表大会第五次会议开幕。会议听取了青柳镇2024年上半年政府工作报告。上半年，全镇完成固定资产投资4.6亿元。'
		);
		expect(r).toMatchObject({ kind: 'midyear', reportYear: 2024 });
		expect(r.results[0]).toMatchObject({ period: 'H1', year: 2024 });
	});
	it('reads 1~6月, 1月至5月 and 半年度 as their periods', () => {
		const [r] = doc(
			'青柳镇2022年上半年工作汇报\n一、上半年工作情况\n1~6月全镇完成地区生产总值5亿元，同比增长6%。1月至5月全镇工业总产值4亿元，增长9%。一季度开局良好，半年度全镇完成固定资产投资3亿元。'
		);
		expect(r.results.map((x) => x.period)).toEqual(['H1', 'M1-5', 'H1']);
	});
});

describe('targets a news article quotes', () => {
	it('are headline targets although the article has no targets part', () => {
		const [r] = doc(
			'本报讯 4月14日，青柳镇第四届人民代表大会第五次会议开幕。会议提出，今年全镇力争实现工业总产值26亿元，增长11%。'
		);
		expect(r.kind).toBe('news');
		expect(r.targets.map((t) => [t.tier, t.indicator, t.measure, t.value, t.year])).toEqual([
			['headline', 'industrial_output', 'level', 26, r.reportYear],
			['headline', 'industrial_output', 'growth', 11, r.reportYear]
		]);
	});
	it('a review sentence that only sought funds is not a target', () => {
		const [r] = doc(
			'青柳镇2023年政府工作报告\n各位代表：\n一、2022年工作回顾\n全镇积极争取乡村振兴资金1600万元。'
		);
		expect(r.targets).toEqual([]);
	});
});

describe('a title year the body reviews', () => {
	it('is the year reviewed: the report is for the next', () => {
		const [r] = doc(
			'青柳镇2021年政府工作报告\n2021年,青柳镇在区委的领导下稳步推进各项工作,现把一年来的工作总结如下。\n一、本年度重点工作完成情况\n全镇固定资产投资预计完成3亿元。\n'
		);
		expect(r).toMatchObject({ reportYear: 2022, reviewYear: 2021 });
		const [plain] = doc(
			'青柳镇2031年政府工作报告\n各位代表:\n一、2030年工作回顾\n2030年,全镇固定资产投资3亿元。\n'
		);
		expect(plain).toMatchObject({ reportYear: 2031, reviewYear: 2030 });
	});
});

describe('the congress a news item must name', () => {
	it('is a congress or the deputies’ 议政大会 of a 街道, not any meeting', () => {
		expect(namesCongress('青柳街道召开第二届议政大会第一次会议')).toBe(true);
		expect(namesCongress('青柳镇召开第三届人民代表大会第二次会议')).toBe(true);
		expect(namesCongress('青柳镇召开安全生产工作推进会')).toBe(false);
	});
});
