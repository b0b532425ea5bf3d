import { describe, expect, it } from 'vitest';
import {
	formatGrowth,
	formatMargin,
	formatMoney,
	formatNumber,
	formatShare,
	formatValue,
	toYuan
} from '../../../src/lib/format/number';
import { formatDate, formatPeriod } from '../../../src/lib/format/date';

describe('number formatting', () => {
	it('groups digits and limits decimals', () => {
		expect(formatNumber(1234567.891)).toBe('1,234,567.89');
		expect(formatNumber(null)).toBe('—');
		expect(formatNumber(Number.NaN)).toBe('—');
		expect(formatNumber(-0)).toBe('0');
	});

	it('rescales money to the largest unit that stays at or above one', () => {
		expect(formatValue(12300, '万元')).toBe('1.23亿元');
		expect(formatValue(0.5, '亿元')).toBe('5,000万元');
		expect(formatValue(3, '亿元')).toBe('3亿元');
		expect(formatMoney(9999)).toBe('9,999元');
		expect(toYuan(2, '万元')).toBe(20000);
		expect(toYuan(2, '个')).toBeNull();
	});

	it('keeps plain 元 (per-capita incomes) and other units as written', () => {
		expect(formatValue(45210, '元')).toBe('45,210元');
		expect(formatValue(117, '个')).toBe('117个');
		expect(formatValue(6.5, '%')).toBe('6.5%');
		expect(formatValue(null, '%')).toBe('—');
	});

	it('renders English amounts in millions and billions of yuan', () => {
		expect(formatValue(12300, '万元', 'en')).toBe('123 m yuan');
		expect(formatValue(30, '亿元', 'en')).toBe('3 bn yuan');
		expect(formatValue(117, '个', 'en')).toBe('117 个');
	});

	it('signs growth and margins', () => {
		expect(formatGrowth(6.5)).toBe('+6.5%');
		expect(formatGrowth(-2)).toBe('−2%');
		expect(formatMargin(-1.25, 'pp')).toBe('−1.25个百分点');
		expect(formatMargin(0.8, 'pp', 'en')).toBe('+0.8 pp');
		expect(formatMargin(1.05, 'ratio')).toBe('完成目标的105%');
		expect(formatShare(0.625, 'zh', 1)).toBe('62.5%');
		expect(formatShare(null)).toBe('—');
	});
});

describe('date formatting', () => {
	it('uses Chinese dates by default and English on request', () => {
		expect(formatDate('2020-08-12')).toBe('2020年8月12日');
		expect(formatDate('2020-08-12', 'en')).toBe('12 August 2020');
		expect(formatDate(null)).toBe('—');
		expect(formatDate('not a date')).toBe('not a date');
	});
	it('names result periods', () => {
		expect(formatPeriod('year')).toBe('全年');
		expect(formatPeriod('H1')).toBe('上半年');
		expect(formatPeriod('M1-9')).toBe('1-9月');
		expect(formatPeriod('M1-9', 'en')).toBe('Jan–Sep');
		expect(formatPeriod('odd')).toBe('odd');
	});
});
