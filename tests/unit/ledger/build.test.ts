/**
 * npm run ledger -- build on a minimal fixture written for the test: facts and ≤40-character
 * quotes with exact offsets, nothing else of the text; sha256 checked; missing texts listed;
 * the review never overwritten.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_QUOTE, readLedger, shortQuote } from '../../../src/lib/ledger/dataset';
import { readReview, reviewShares } from '../../../src/lib/ledger/review';
import { buildLedger } from '../../../src/lib/server/ledger-build';
import { fixtures, manifestPage, PROSE, review, TEXTS } from './fixture';

const build = (f: ReturnType<typeof fixtures>) =>
	buildLedger({ fixtures: f.dir, out: f.out, review: f.review, extractorVersion: 'test' });

describe('ledger build', () => {
	it('writes the facts with exact quote offsets and no other page text', () => {
		const f = fixtures();
		const s = build(f);
		expect(s.built).toBe(2);
		expect(s.missing).toEqual([]);
		const json = readFileSync(f.out, 'utf8');
		expect(json).not.toContain(PROSE);
		expect(json).not.toContain('政府工作报告'); // titles are page text too
		const d = readLedger(json);
		expect(d.extractorVersion).toBe('test');
		const [p1, p2] = d.pages;
		expect(p1.source).toBe('https://example.invalid/T-001.html');
		expect(p1.reports[0]).toMatchObject({
			town: '雁汀坪镇',
			county: '虚构县',
			province: '虚构省',
			reportYear: 2024,
			kind: 'annual'
		});
		expect(p1.reports[0].fromManifest).toEqual(['county', 'province']);
		expect(p1.reports[0].targets.map((t) => [t.indicator, t.value])).toEqual([
			['gdp', 7],
			['fixed_asset_investment', 12],
			['retail_sales', 9]
		]);
		expect(p2.reports[0].results[0]).toMatchObject({ year: 2024, value: 61.3, growth: 7.4 });
		for (const p of d.pages)
			for (const r of p.reports)
				for (const it of [...r.targets, ...r.results]) {
					expect(it.quote.length).toBeLessThanOrEqual(MAX_QUOTE);
					expect(TEXTS[p.id].slice(it.start, it.end)).toBe(it.quote);
				}
	});

	it('lists a page whose text is missing with its query, and keeps its facts from before', () => {
		const f = fixtures();
		build(f);
		const before = readLedger(readFileSync(f.out, 'utf8'));
		const g = { ...fixtures(['T-001']), out: f.out, review: f.review };
		const s = build(g);
		expect(s.missing).toEqual([
			{
				id: 'T-002',
				address: 'https://example.invalid/T-002.html',
				query: '雁汀坪镇 T-002',
				rank: 1
			}
		]);
		const after = readLedger(readFileSync(f.out, 'utf8'));
		expect(after.pages.map((p) => p.id)).toEqual(['T-001', 'T-002']);
		expect(after.pages[1]).toEqual(before.pages[1]);
		// A page kept from a build by another extractor says which one read it.
		const k = { ...fixtures(['T-001']), out: f.out, review: f.review };
		buildLedger({ fixtures: k.dir, out: k.out, review: k.review, extractorVersion: 'next' });
		const mixed = readLedger(readFileSync(f.out, 'utf8'));
		expect(mixed.extractorVersion).toBe('next');
		expect(mixed.pages.map((p) => p.extractorVersion)).toEqual([undefined, 'test']);
		// Without an earlier build, the page is listed and not in the dataset.
		const h = fixtures(['T-001']);
		expect(build(h).dataset.pages.map((p) => p.id)).toEqual(['T-001']);
	});

	it('keeps the earlier extractor version when no text is here to rebuild from', () => {
		const f = fixtures();
		build(f);
		const none = { ...fixtures([]), out: f.out, review: f.review };
		const s = buildLedger({ fixtures: none.dir, out: none.out, review: none.review });
		expect(s.built).toBe(0);
		expect(readLedger(readFileSync(f.out, 'utf8')).extractorVersion).toBe('test');
	});

	it('refuses a text whose sha256 differs from the manifest', () => {
		const f = fixtures(
			['T-001', 'T-002'],
			[manifestPage('T-001'), { ...manifestPage('T-002'), sha256: 'f'.repeat(64) }]
		);
		const s = build(f);
		expect(s.changed).toEqual(['T-002']);
		expect(s.dataset.pages.map((p) => p.id)).toEqual(['T-001']);
	});

	it('never overwrites the review, checks its added quotes against the text, reports shares', () => {
		const f = fixtures();
		mkdirSync(dirname(f.review), { recursive: true });
		const written = JSON.stringify(review(), null, '\t');
		writeFileSync(f.review, written);
		const s = build(f);
		expect(readFileSync(f.review, 'utf8')).toBe(written);
		expect(s.reviewCreated).toBe(false);
		expect(s.problems).toEqual([]);
		expect(s.quoteMismatches).toEqual([]);
		expect(s.shares.items).toBe(6);
		expect(s.shares.fields.growth).toEqual({ n: 1, share: 1 / 6 });
		expect(s.shares.wrong.n).toBe(1);
		expect(s.shares.added.n).toBe(1);
		// A wrong offset is caught while the text is at hand.
		const bad = review();
		bad.added[0].start += 1;
		bad.added[0].end += 1;
		writeFileSync(f.review, JSON.stringify(bad));
		expect(build(f).quoteMismatches).toHaveLength(1);
		expect(reviewShares(s.dataset, readReview(written)).touched.n).toBe(2);
	});

	it('creates an empty review when there is none', () => {
		const f = fixtures();
		expect(build(f).reviewCreated).toBe(true);
		expect(readReview(readFileSync(f.review, 'utf8')).corrections).toEqual([]);
	});
});

describe('shortQuote', () => {
	it('keeps a short quote and its offsets', () => {
		expect(shortQuote('地区生产总值增长6%', 10, [6])).toEqual({
			quote: '地区生产总值增长6%',
			start: 10,
			end: 20
		});
	});

	it('cuts a long quote to at most 40 characters around its figure, offsets exact', () => {
		const text =
			'前言'.repeat(5) +
			'全镇干部群众齐心抓项目、稳企业，各条战线捷报频传，全年实现规模以上工业总产值245.7亿元以上，同比增长8.3%，其他各项指标均有所进步并且保持良好势头';
		const start = 10;
		const quote = text.slice(start);
		const s = shortQuote(quote, start, [245.7]);
		expect(s.quote.length).toBeLessThanOrEqual(40);
		expect(s.quote).toContain('245.7亿元以上');
		expect(text.slice(s.start, s.end)).toBe(s.quote);
		// It starts after a clause break, not inside a word.
		expect(s.quote.startsWith('全年实现')).toBe(true);
		const g = shortQuote(quote, start, [-8.3]);
		expect(g.quote).toContain('8.3%');
		expect(text.slice(g.start, g.end)).toBe(g.quote);
	});
});
