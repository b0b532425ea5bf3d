import { describe, expect, it } from 'vitest';
import { targetActualColumns } from '../../../src/lib/components/data-table';
import { translator } from '../../../src/lib/i18n';

describe('targetActualColumns', () => {
	const row: { label: string; target: number; actual: number | null; status: 'missed' } = {
		label: '地区生产总值',
		target: 6,
		actual: 5.5,
		status: 'missed'
	};

	it('gives indicator, target, actual and status, figures right-aligned', () => {
		const cols = targetActualColumns<typeof row>(translator('en'), 'en');
		expect(cols.map((c) => c.num ?? false)).toEqual([false, true, true, false]);
		expect(cols[0].value?.(row)).toBe('地区生产总值');
		expect(cols[1].value?.(row)).toMatch(/^6(\.0)?%$/);
		expect(cols[2].value?.(row)).toMatch(/^5\.5%$/);
		expect(cols[3].status?.(row)).toBe('missed');
	});

	it('labels the columns in the page language and shows a missing actual as no figure', () => {
		const zh = targetActualColumns<typeof row>(translator('zh'), 'zh');
		const en = targetActualColumns<typeof row>(translator('en'), 'en');
		expect(zh[1].label).not.toBe(en[1].label);
		expect(zh[2].value?.({ ...row, actual: null })).not.toMatch(/\d/);
	});
});
