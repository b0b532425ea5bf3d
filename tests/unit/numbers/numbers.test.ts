import { describe, expect, it } from 'vitest';
import {
	boundOf,
	findQuantities,
	parseArabic,
	parseChineseNumeral,
	planTermYears,
	type Quantity
} from '../../../src/lib/numbers';
import { normalizeForMatching } from '../../../src/lib/reading/normalize';

const q = (s: string): Quantity[] => findQuantities(normalizeForMatching(s));
const one = (s: string): Quantity => {
	const all = q(s);
	expect(all).toHaveLength(1);
	return all[0];
};

describe('numerals', () => {
	it('reads Chinese numerals', () => {
		expect(parseChineseNumeral('一百二十')).toBe(120);
		expect(parseChineseNumeral('两')).toBe(2);
		expect(parseChineseNumeral('十五')).toBe(15);
		expect(parseChineseNumeral('三千零五')).toBe(3005);
		expect(parseChineseNumeral('三万五千')).toBe(35000);
		expect(parseChineseNumeral('十')).toBe(10);
		expect(Number.isNaN(parseChineseNumeral('个'))).toBe(true);
	});
	it('reads thousands commas', () => {
		expect(parseArabic('1,040.5')).toBe(1040.5);
		expect(one('新增小微企业1,040家').value).toBe(1040);
	});
	it('reads full-width digits through the matching form', () => {
		const x = one('增长６．５％');
		expect(x.value).toBe(6.5);
		expect(x.unit).toBe('%');
	});
});

describe('figures', () => {
	it('keeps 万/亿 as part of the written unit', () => {
		expect(one('实现产值12.5亿元').unit).toBe('亿元');
		expect(one('盘活厂房3.15万平方米').unit).toBe('万平方米');
		expect(one('投资4700万元').value).toBe(4700);
	});
	it('reads grain weighed in 斤 without splitting 公斤', () => {
		expect(one('粮食产量达5200万斤').unit).toBe('万斤');
		expect(one('亩产650公斤').unit).toBe('公斤');
	});
	it('reads Chinese numerals with a unit but not bare ones', () => {
		expect(one('新建两个公园').value).toBe(2);
		expect(one('培训一百二十人次').unit).toBe('人次');
		expect(q('一是坚定信心')).toHaveLength(0);
	});
	it('reads ranges of counts and percentages', () => {
		const a = one('培育2-3个示范村');
		expect([a.value, a.high, a.unit, boundOf(a)]).toEqual([2, 3, '个', 'range']);
		const b = one('增长6%-7%');
		expect([b.value, b.high, b.unit]).toEqual([6, 7, '%']);
		const c = one('增长8~9%');
		expect([c.value, c.high]).toEqual([8, 9]);
	});
	it('does not read a month span as a range', () => {
		const all = q('1-6月,产值10亿元');
		expect(all.map((x) => x.unit)).toEqual([null, null, '亿元']);
	});
	it('reads qualifiers before and after', () => {
		expect(boundOf(one('增长6.5%以上'))).toBe('at_least');
		expect(boundOf(one('控制在5%以下'))).toBe('at_most');
		expect(boundOf(one('增长7%左右'))).toBe('about');
		expect(boundOf(one('不低于90%'))).toBe('at_least');
		expect(boundOf(one('突破1300亿元'))).toBe('at_least');
		expect(boundOf(one('超过100家'))).toBe('at_least');
		expect(boundOf(one('约330亩'))).toBe('about');
		expect(boundOf(one('不少于3400米'))).toBe('at_least');
		expect(boundOf(one('误差在2%以内'))).toBe('at_most');
		expect(boundOf(one('近15万人次'))).toBe('about');
		expect(boundOf(one('控制在4.5%'))).toBe('at_most');
		expect(boundOf(one('控制在4.5%左右'))).toBe('about');
	});
	it('reads 余 and 多 approximations', () => {
		const a = one('工业投资6700余万元');
		expect([a.value, a.unit, a.approx]).toEqual([6700, '万元', '余']);
		const b = one('粮播面积3万多亩');
		expect([b.value, b.unit, boundOf(b)]).toEqual([3, '万亩', 'at_least']);
		const c = one('服务群众十余人');
		expect([c.value, c.unit]).toEqual([10, '人']);
	});
	it('reads a negative sign but not a dash between figures', () => {
		const a = one('增长-6.2%');
		expect(a.value).toBe(-6.2);
		expect(a.negative).toBe(true);
	});
	it('reads adjacent values of a list', () => {
		expect(q('分别增长7.5%、8%以上').map((x) => x.value)).toEqual([7.5, 8]);
		expect(q('分别达95%和99%以上').map((x) => x.value)).toEqual([95, 99]);
		expect(q('分别增长7.5%8%').map((x) => x.value)).toEqual([7.5, 8]);
	});
	it('reads percentage points and a spaced percent sign', () => {
		expect(one('提高2个百分点').unit).toBe('pp');
		expect(one('参保率达99 %').unit).toBe('%');
	});
	it('leaves digits glued to letters alone', () => {
		expect(q('5G基站').every((x) => x.unit === null)).toBe(true);
		// an indicator's acronym before a figure with its unit does not glue to it
		expect(q('GDP55.11亿元')).toMatchObject([{ value: 55.11, unit: '亿元' }]);
		expect(q('PM2.5浓度').every((x) => x.unit === null)).toBe(true);
	});
});

describe('five-year plan terms', () => {
	it('gives the years of a plan named by its numeral', () => {
		expect(planTermYears('三')).toEqual({ start: 2016, end: 2020 });
		expect(planTermYears('四')).toEqual({ start: 2021, end: 2025 });
		expect(planTermYears('一')).toEqual({ start: 2006, end: 2010 });
	});
});
