import { describe, expect, it } from 'vitest';
import { run } from './helpers';

function seconds(f: () => unknown): number {
	const t = performance.now();
	f();
	return (performance.now() - t) / 1000;
}

// One sentence of thousands of clauses (a page without full stops): every figure's lookups must
// not rescan the sentence, or the time grows with the square of its length.
describe('items on one very long sentence', () => {
	const clause =
		'地区生产总值88.6亿元,同比增长5.1%,其中工业产值12亿元,完成年度任务的98%,2030年新建公厕8座,';
	it('reads 1,600 repeated review clauses in linear time', () => {
		const review = '预计全年' + clause.repeat(1600) + '。';
		let results: unknown[] = [];
		const t = seconds(() => (results = run({ review }).results));
		expect(results.length).toBeGreaterThan(0);
		expect(t).toBeLessThan(3);
	});
	it('reads 1,600 repeated plan clauses in linear time', () => {
		const plan = '力争' + '地区生产总值增长6%以上,新建公厕8座,'.repeat(1600) + '。';
		let targets: unknown[] = [];
		const t = seconds(() => (targets = run({ plan }).targets));
		expect(targets.length).toBeGreaterThan(0);
		expect(t).toBeLessThan(3);
	});
});

describe('lastNewlineBefore', () => {
	it('agrees with lastIndexOf for increasing and decreasing positions, also on a line without breaks', async () => {
		const { lastNewlineBefore } = await import('../../../src/lib/items/text');
		const text = 'ab\ncd\n\nefg' + 'x'.repeat(5000) + '\nh';
		const find = lastNewlineBefore(text);
		const positions = [0, 1, 2, 3, 5, 6, 7, 8, 100, 4000, 2, 5008, 5009, 5010, 5011, 5012];
		for (const p of positions) expect(find(p)).toBe(text.lastIndexOf('\n', p));
	});
});

describe('implausible years', () => {
	it('drops items whose year is outside any plausible report year', () => {
		const parts = { review: '全镇实现地区生产总值10亿元,增长5%。', plan: '新建5G基站20个。' };
		const ok = run(parts);
		expect(ok.results.length).toBeGreaterThan(0);
		expect(ok.targets.length).toBeGreaterThan(0);
		const damaged = run(parts, { reportYear: 1 });
		expect(damaged.results).toEqual([]);
		expect(damaged.targets).toEqual([]);
	});
});
