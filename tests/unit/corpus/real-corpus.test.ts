/**
 * The real development corpus keeps its promises: every manifest page has an annotation in the
 * SCHEMA.md shape, and where the page texts are present (they are not committed), each text is
 * the one annotated and every quote is in it. Without the texts only the first part runs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../src/lib/eval/corpus';

const DIR = 'tests/fixtures/real';
const pages = readManifest(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
const KINDS = ['annual', 'midyear', 'q3', 'news'];

describe('real corpus', () => {
	it('has two waves and breadth', () => {
		expect(pages.filter((p) => p.wave === 'A').length).toBeGreaterThanOrEqual(100);
		expect(pages.filter((p) => p.wave === 'B').length).toBeGreaterThanOrEqual(50);
		expect(new Set(pages.map((p) => p.province).filter(Boolean)).size).toBeGreaterThanOrEqual(15);
		expect(pages.every((p) => p.review && Array.isArray(p.review.changes))).toBe(true);
	});
	it('annotates every page in the SCHEMA.md shape', () => {
		for (const p of pages) {
			const a = JSON.parse(readFileSync(join(DIR, `${p.id}.json`), 'utf8'));
			expect(a.source, p.id).toBe(`${p.id}.txt`);
			for (const r of a.reports) {
				expect(KINDS, `${p.id} kind`).toContain(r.kind);
				expect(r.town === null || /(?:镇|鎮|乡|鄉|街道|苏木)$/.test(r.town), `${p.id} town`).toBe(
					true
				);
				for (const t of r.targets) expect(['headline', 'plan'], p.id).toContain(t.tier);
				for (const it of [...r.targets, ...r.results])
					expect(it.quote.length, `${p.id} quote length`).toBeLessThanOrEqual(120);
			}
		}
	});
	it.runIf(pages.some((p) => existsSync(join(DIR, 'texts', `${p.id}.txt`))))(
		'where texts are present, they are the annotated ones and hold every quote',
		() => {
			for (const p of pages) {
				const file = join(DIR, 'texts', `${p.id}.txt`);
				if (!existsSync(file)) continue;
				const bytes = readFileSync(file);
				expect(createHash('sha256').update(bytes).digest('hex'), p.id).toBe(p.sha256);
				const text = bytes.toString('utf8');
				const a = JSON.parse(readFileSync(join(DIR, `${p.id}.json`), 'utf8'));
				for (const r of a.reports)
					for (const it of [...r.targets, ...r.results])
						expect(text.includes(it.quote), `${p.id}: «${it.quote}»`).toBe(true);
			}
		}
	);
});
