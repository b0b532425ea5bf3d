/**
 * The JSON API against the built app on a ledger loaded from data/reports and the synthetic
 * corpus (scripts/serve-e2e.ts).
 */
import { expect, test } from '@playwright/test';

interface Source {
	role: string;
	reportId: number;
	quote: string;
	start: number;
	end: number;
}
interface AssessmentView {
	town: string;
	townSlug: string;
	synthetic: boolean;
	year: number;
	indicator: string | null;
	tier: string;
	measure: string;
	status: string;
	basis: string | null;
	primary: boolean;
	margin: number | null;
	target: { value: number | null; reportId: number };
	outcome: { value: number | null; reportId: number } | null;
	sources: Source[];
}

test('GET /api/towns lists towns with their years, the synthetic one marked', async ({
	request
}) => {
	const res = await request.get('/api/towns');
	expect(res.ok()).toBe(true);
	const towns = (await res.json()) as {
		name: string;
		slug: string;
		synthetic: boolean;
		years: number[];
	}[];
	const synth = towns.find((t) => t.name === '云栖湾镇');
	expect(synth?.synthetic).toBe(true);
	expect(synth?.years).toEqual([2021, 2022, 2023, 2024]);
	expect(towns.filter((t) => !t.synthetic).every((t) => t.years.length > 0)).toBe(true);
});

test('GET /api/assessments answers with target, outcome and both sources', async ({ request }) => {
	const res = await request.get('/api/assessments?town=云栖湾镇');
	expect(res.ok()).toBe(true);
	const rows = (await res.json()) as AssessmentView[];
	expect(rows.length).toBeGreaterThan(0);
	for (const key of [
		'town',
		'year',
		'indicator',
		'tier',
		'measure',
		'status',
		'basis',
		'margin',
		'target',
		'outcome',
		'sources'
	])
		expect(rows[0]).toHaveProperty(key);
	const judged = rows.find((r) => r.outcome !== null && r.basis === 'following_report')!;
	expect(judged.sources.map((s) => s.role)).toEqual(expect.arrayContaining(['target', 'outcome']));
	// Every source's offsets point at its quote in the report it came from.
	for (const s of judged.sources) {
		const rep = await (await request.get(`/api/reports/${s.reportId}`)).json();
		expect(rep.text.slice(s.start - rep.start, s.end - rep.start)).toBe(s.quote);
	}
	const silent = rows.filter((r) => r.status === 'not_reported' || r.status === 'pending');
	expect(silent.length).toBeGreaterThan(0);
	expect(silent.every((r) => r.outcome === null)).toBe(true);
});

test('filters by year, indicator and status combine', async ({ request }) => {
	const all = (await (
		await request.get('/api/assessments?town=云栖湾镇')
	).json()) as AssessmentView[];
	const res = await request.get(
		'/api/assessments?town=云栖湾镇&year=2022&indicator=gdp&status=missed'
	);
	const rows = (await res.json()) as AssessmentView[];
	const expected = all.filter(
		(r) => r.year === 2022 && r.indicator === 'gdp' && r.status === 'missed'
	);
	expect(rows.length).toBe(expected.length);
	expect(rows.length).toBeGreaterThan(0);
	const primary = (await (
		await request.get('/api/assessments?primary=1')
	).json()) as AssessmentView[];
	expect(primary.every((r) => r.primary)).toBe(true);
});

test('the bundled mid-year reports are judged from their own figures', async ({ request }) => {
	for (const town of ['斜桥镇', '浬浦镇']) {
		const rows = (await (
			await request.get(`/api/assessments?town=${encodeURIComponent(town)}`)
		).json()) as AssessmentView[];
		const midyear = rows.filter((r) => r.basis === 'midyear' || r.basis === 'stated_completion');
		expect(midyear.length, town).toBeGreaterThan(0);
		expect(midyear.every((r) => ['met', 'on_track', 'behind'].includes(r.status))).toBe(true);
	}
});

test('GET /api/reports and /api/reports/[id]', async ({ request }) => {
	const list = (await (await request.get('/api/reports')).json()) as {
		id: number;
		town: string;
		kind: string;
		factsOnly: boolean;
		sourceUrl: string | null;
	}[];
	expect(list.some((r) => r.kind === 'midyear')).toBe(true);
	// A report with its text: every quote is at its offsets.
	const first = list.find((r) => !r.factsOnly)!;
	const one = await request.get(`/api/reports/${first.id}`);
	expect(one.ok()).toBe(true);
	const rep = await one.json();
	expect(rep.id).toBe(first.id);
	for (const t of rep.targets)
		expect(rep.text.slice(t.start - rep.start, t.end - rep.start)).toBe(t.quote);
	// A report known only by its facts (the bundled real ledger): no text, its source and quotes.
	const facts = list.find((r) => r.factsOnly);
	if (facts) {
		const f = await (await request.get(`/api/reports/${facts.id}`)).json();
		expect(f.text).toBe('');
		expect(facts.sourceUrl).toMatch(/^https?:\/\//);
		for (const t of [...f.targets, ...f.results]) {
			expect(t.quote.length).toBeLessThanOrEqual(40);
			expect(t.end - t.start).toBe(t.quote.length);
		}
	}
});

test('bad input gives 400, unknown things 404', async ({ request }) => {
	expect((await request.get('/api/assessments?year=abc')).status()).toBe(400);
	expect((await request.get('/api/assessments?status=great')).status()).toBe(400);
	expect((await request.get('/api/assessments?town=没有这个镇')).status()).toBe(404);
	expect((await request.get('/api/reports/abc')).status()).toBe(400);
	expect((await request.get('/api/reports/999999')).status()).toBe(404);
	expect((await request.get('/api/reports?town=没有这个镇')).status()).toBe(404);
});
