import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../src/lib/format/segments';

describe('segmentText', () => {
	const doc = '前言。力争生产总值增长6.5%以上，固定资产投资增长8%。结束。';
	const base = 3;
	const text = doc.slice(base);

	it('keeps the text intact and marks item spans with anchors', () => {
		const s1 = doc.indexOf('生产总值');
		const e1 = doc.indexOf('，');
		const runs = segmentText(text, base, [{ key: 't-1', start: s1, end: e1 }]);
		expect(runs.map((r) => r.text).join('')).toBe(text);
		const marked = runs.filter((r) => r.keys.length);
		expect(marked).toHaveLength(1);
		expect(marked[0].text).toBe(doc.slice(s1, e1));
		expect(marked[0].anchors).toEqual(['t-1']);
		expect(marked[0].start).toBe(s1);
	});

	it('splits overlapping spans so each item keeps its own anchor', () => {
		const a = doc.indexOf('生产');
		const b = doc.indexOf('6.5');
		const c = doc.indexOf('，');
		const runs = segmentText(text, base, [
			{ key: 't-1', start: a, end: c },
			{ key: 'r-2', start: b, end: c },
			{ key: 't-3', start: a, end: c }
		]);
		expect(runs.map((r) => r.text).join('')).toBe(text);
		const first = runs.find((r) => r.anchors.includes('t-1'))!;
		expect(first.anchors).toEqual(['t-1', 't-3']);
		const overlap = runs.find((r) => r.anchors.includes('r-2'))!;
		expect(overlap.keys.sort()).toEqual(['r-2', 't-1', 't-3']);
		// every key anchored exactly once
		const all = runs.flatMap((r) => r.anchors);
		expect(all.sort()).toEqual(['r-2', 't-1', 't-3']);
	});

	it('clips spans to the slice and drops empty or outside ones', () => {
		const runs = segmentText(text, base, [
			{ key: 't-1', start: 0, end: 5 },
			{ key: 't-2', start: 100, end: 120 },
			{ key: 't-3', start: 8, end: 8 }
		]);
		expect(runs.map((r) => r.text).join('')).toBe(text);
		expect(runs[0].keys).toEqual(['t-1']);
		expect(runs[0].text).toBe(doc.slice(3, 5));
		expect(runs.flatMap((r) => r.keys)).not.toContain('t-2');
		expect(runs.flatMap((r) => r.keys)).not.toContain('t-3');
	});

	it('returns one plain run when there are no items', () => {
		expect(segmentText(text, base, [])).toEqual([{ text, start: base, keys: [], anchors: [] }]);
	});
});
