import { describe, expect, it } from 'vitest';
import { describeTarget } from '../../../src/lib/format/target';
import { draftQuestion } from '../../../src/lib/format/question';

describe('describeTarget', () => {
	it('writes growth targets with their bound', () => {
		expect(describeTarget({ measure: 'growth', value: 6.5, unit: '%', bound: 'at_least' })).toBe(
			'增长6.5%以上'
		);
		expect(describeTarget({ measure: 'growth', value: -20, unit: '%', bound: 'at_most' })).toBe(
			'下降20%以内'
		);
		expect(describeTarget({ measure: 'avg_growth', value: 7, unit: '%', bound: 'about' })).toBe(
			'年均增长7%左右'
		);
		expect(describeTarget({ measure: 'growth', value: 0, unit: '%', bound: 'above' })).toBe(
			'正增长'
		);
		expect(
			describeTarget({ measure: 'growth', value: 6, high: 7, unit: '%', bound: 'range' })
		).toBe('增长6%–7%');
	});
	it('writes level targets in their unit, rescaling money', () => {
		expect(describeTarget({ measure: 'level', value: 117, unit: '个', bound: 'at_least' })).toBe(
			'117个以上'
		);
		expect(describeTarget({ measure: 'level', value: 15000, unit: '万元', bound: 'exactly' })).toBe(
			'1.5亿元'
		);
	});
	it('has an English form', () => {
		expect(
			describeTarget({ measure: 'growth', value: 6.5, unit: '%', bound: 'at_least' }, 'en')
		).toBe('≥ 6.5% growth');
		expect(describeTarget({ measure: 'level', value: 3, unit: '家', bound: 'about' }, 'en')).toBe(
			'≈ 3 家'
		);
	});
});

describe('draftQuestion', () => {
	const base = {
		measure: 'growth' as const,
		value: 8,
		unit: '%',
		bound: 'at_least' as const,
		year: 2022,
		name: '固定资产投资',
		outcomeValue: 5.5,
		margin: -2.5,
		marginUnit: 'pp' as const
	};
	it('states the gap of a missed target and asks for next year’s measures', () => {
		const q = draftQuestion({ ...base, status: 'missed' });
		expect(q).toContain('固定资产投资');
		expect(q).toContain('增长8%以上');
		expect(q).toContain('5.5%');
		expect(q).toContain('2.5个百分点');
		expect(q).toContain('2023年');
		expect(q.endsWith('？')).toBe(true);
	});
	it('asks why a target was not reported', () => {
		const q = draftQuestion({ ...base, status: 'not_reported', outcomeValue: null, margin: null });
		expect(q).toContain('没有说明完成情况');
		expect(q).not.toContain('百分点');
	});
	it('compares mid-year completion with time elapsed', () => {
		const q = draftQuestion({
			...base,
			status: 'behind',
			completion: 31.2,
			expectedShare: 0.5
		});
		expect(q).toContain('31.2%');
		expect(q).toContain('50%的时间进度');
	});
	it('writes a level gap as a share of the target', () => {
		const q = draftQuestion({
			...base,
			measure: 'level',
			unit: '家',
			value: 3,
			outcomeValue: 2,
			margin: 0.667,
			marginUnit: 'ratio',
			status: 'missed'
		});
		expect(q).toContain('实际完成2家');
		expect(q).toContain('66.7%');
	});
});
