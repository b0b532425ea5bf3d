import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/lib/extract';

/** The hand annotations are fixtures: the test reads them rather than restating them. */
const GOLD = 'tests/fixtures/gold';
const golds = readdirSync(GOLD)
	.filter((f) => /^\d.*\.json$/.test(f))
	.sort()
	.map((f) => JSON.parse(readFileSync(`${GOLD}/${f}`, 'utf8')) as GoldDoc);

interface GoldDoc {
	source: string;
	reports: {
		town: string;
		kind: string;
		reportYear: number;
		reviewYear: number;
		delivered: string | null;
		published: string | null;
	}[];
}

describe.each(golds)('bundled report $source', (gold) => {
	const doc = extractDocument({
		fileName: gold.source,
		bytes: new Uint8Array(readFileSync(`data/reports/${gold.source}`))
	});
	it('finds the annotated reports with their metadata', () => {
		const pick = (r: GoldDoc['reports'][number]) => ({
			town: r.town,
			kind: r.kind,
			reportYear: r.reportYear,
			reviewYear: r.reviewYear,
			delivered: r.delivered,
			published: r.published
		});
		expect(doc.reports.map(pick)).toEqual(gold.reports.map(pick));
	});
	it('gives ordered, non-overlapping report spans tiled by their sections', () => {
		let prevEnd = 0;
		for (const r of doc.reports) {
			expect(r.start).toBeGreaterThanOrEqual(prevEnd);
			expect(r.end).toBeGreaterThan(r.start);
			prevEnd = r.end;
			expect(r.sections[0].start).toBe(r.start);
			expect(r.sections[r.sections.length - 1].end).toBe(r.end);
			for (let i = 1; i < r.sections.length; i++)
				expect(r.sections[i].start).toBe(r.sections[i - 1].end);
		}
	});
	it('keeps page chrome out of every report', () => {
		for (const r of doc.reports) {
			const body = doc.text.slice(r.start, r.end);
			expect(body).not.toMatch(/ICP备|进入老年模式|浏览次数|付费下载|打印 关闭/);
		}
	});
});
