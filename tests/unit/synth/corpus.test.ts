import { describe, expect, it } from 'vitest';
import { SYNTHETIC_MARKER, generateCorpus } from '../../../src/lib/synth/corpus';
import { assessTown } from '../../../src/lib/synth/assess';
import { makeTowns } from '../../../src/lib/synth/names';
import { Rng } from '../../../src/lib/synth/prng';
import { extractDocument } from '../../../src/lib/extract';

const options = { towns: 6, years: 4, seed: 7 };

describe('seeded generator', () => {
	it('repeats for a seed and differs across seeds', () => {
		const a = new Rng(42);
		const b = new Rng(42);
		const c = new Rng(43);
		const xs = Array.from({ length: 20 }, () => a.next());
		expect(Array.from({ length: 20 }, () => b.next())).toEqual(xs);
		expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(xs);
		for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
	});
});

describe('synthetic corpus', () => {
	const docs = [...generateCorpus(options)];

	it('is identical for the same seed and different for another', () => {
		const again = [...generateCorpus(options)].map((d) => d.text);
		expect(again).toEqual(docs.map((d) => d.text));
		const other = [...generateCorpus({ ...options, seed: 8 })].map((d) => d.text);
		expect(other).not.toEqual(again);
	});

	it('marks every document synthetic on its first line, with fictional places', () => {
		expect(docs.length).toBeGreaterThanOrEqual(options.towns * options.years);
		for (const d of docs) {
			expect(d.text.split('\n')[0]).toBe(SYNTHETIC_MARKER);
			expect(d.report.province).toMatch(/合成/);
		}
	});

	it('has one annual report per town-year and mid-year reports for some', () => {
		const annual = docs.filter((d) => d.report.kind === 'annual');
		expect(annual.length).toBe(options.towns * options.years);
		expect(docs.some((d) => d.report.kind === 'midyear')).toBe(true);
		const names = new Set(docs.map((d) => d.fileName));
		expect(names.size).toBe(docs.length);
	});

	it('gives truth whose quotes sit at their offsets', () => {
		for (const d of docs) {
			const items = [...d.report.targets, ...d.report.results];
			for (const it of items) expect(d.text.slice(it.start, it.end)).toBe(it.quote);
			for (const t of d.report.targets) {
				expect(t.year).toBe(d.report.reportYear);
				if (t.value !== null && t.bound !== 'above')
					expect(t.quote).toContain(String(Math.abs(t.value)));
			}
		}
	});

	it('varies its wording across the phenomena the extractor handles', () => {
		const targets = docs.flatMap((d) => d.report.targets);
		const bounds = new Set(targets.map((t) => t.bound));
		expect(bounds.size).toBeGreaterThanOrEqual(4);
		expect(targets.some((t) => t.modality)).toBe(true);
		expect(new Set(targets.map((t) => t.tier))).toEqual(new Set(['headline', 'plan']));
		const results = docs.flatMap((d) => d.report.results);
		expect(results.some((r) => r.completion !== null)).toBe(true);
		expect(results.some((r) => r.growth !== null && r.growth < 0)).toBe(true);
		expect(new Set(results.map((r) => r.period)).has('H1')).toBe(true);
	});
});

describe('fictional towns', () => {
	it('have unique slugs at national scale', () => {
		const towns = makeTowns(5000, 3);
		expect(new Set(towns.map((t) => t.slug)).size).toBe(towns.length);
		expect(towns.every((t) => /(镇|乡|街道)$/.test(t.name))).toBe(true);
	});
});

describe('synthetic assessments', () => {
	it('judge every target once per basis with a mix of statuses', () => {
		const docs = [...generateCorpus({ towns: 10, years: 4, seed: 11 })];
		const statuses = new Set<string>();
		for (let i = 0; i < 10; i++) {
			const town = docs.filter((d) => d.town.index === i).map((d) => d.report);
			const out = assessTown(town);
			const keys = out.map((a) => `${a.reportIndex}/${a.targetIndex}/${a.basis}`);
			expect(new Set(keys).size).toBe(keys.length);
			const targets = town.reduce((n, r) => n + r.targets.length, 0);
			expect(new Set(out.map((a) => `${a.reportIndex}/${a.targetIndex}`)).size).toBe(targets);
			for (const a of out) statuses.add(a.status);
		}
		for (const s of ['met', 'missed', 'pending']) expect(statuses.has(s)).toBe(true);
	});
});

// The extractor is being built (issue 3); until it finds reports at all, this is skipped.
const extractorReady =
	extractDocument({ fileName: 'probe.txt', bytes: Buffer.from(docsForProbe()) }).reports.length > 0;

function docsForProbe(): string {
	return generateCorpus({ towns: 1, years: 1, seed: 1 }).next().value?.text ?? '';
}

describe.skipIf(!extractorReady)('extraction of synthetic reports', () => {
	it('finds the report, its town and year, and most of its targets', () => {
		const docs = [...generateCorpus({ towns: 3, years: 2, seed: 5 })];
		let expected = 0;
		let found = 0;
		for (const d of docs) {
			const out = extractDocument({ fileName: d.fileName, bytes: Buffer.from(d.text) });
			expect(out.reports.length).toBeGreaterThanOrEqual(1);
			const r = out.reports[0];
			expect(r.town).toBe(d.report.town);
			expect(r.kind).toBe(d.report.kind);
			expect(r.reportYear).toBe(d.report.reportYear);
			const values = new Set(out.reports.flatMap((x) => x.targets.map((t) => t.value)));
			for (const t of d.report.targets) {
				expected++;
				if (values.has(t.value)) found++;
			}
		}
		expect(found / Math.max(1, expected)).toBeGreaterThan(0.5);
	});
});
