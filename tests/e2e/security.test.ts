/**
 * Security against the built app (issue 8): hostile report content shown as text everywhere and
 * never run, state-changing routes refused without an editor session or from a foreign origin,
 * sign-in rate limiting, secrets kept out of pages, and the security headers.
 * The hostile fixtures (tests/fixtures/hostile, fictional towns) are loaded by scripts/serve-e2e.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_COUNTY, HOSTILE_SPEAKER, HOSTILE_TOWN } from '../fixtures/hostile/payloads';

const PLAIN_TOWN = '砺锋镇';
const TEXT_PAYLOADS = [
	'<script>window.__pwned=3</script>',
	`'; DROP TABLE targets; --`,
	'</textarea><svg onload=window.__pwned=5>'
];

interface TownJson {
	name: string;
	slug: string;
}
interface ReportJson {
	id: number;
	town: string;
}

/** Visits a page and checks that no payload ran and no payload element exists. */
async function visitSafely(page: Page, path: string): Promise<string> {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	const res = await page.goto(path);
	expect(res?.status(), path).toBeLessThan(400);
	// The HTML as sent: payloads only ever escaped (&lt; in text, \u003C in hydration data).
	const raw = (await res?.text()) ?? '';
	for (const bad of [
		'<script>window.__pwned',
		'<svg onload',
		'<img src=x onerror',
		'<iframe src="javascript'
	])
		expect(raw.includes(bad), `${path}: raw HTML carries ${bad}`).toBe(false);
	await page.waitForLoadState('networkidle');
	// Hover over everything once, for onmouseover payloads.
	await page.mouse.move(10, 10);
	const found = await page.evaluate(() => ({
		pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
		injected: document.querySelectorAll(
			'[onerror], [onload], [onmouseover], iframe, a[href^="javascript:"]'
		).length,
		scripts: [...document.scripts].filter((s) => /^\s*window\.__pwned/.test(s.textContent ?? ''))
			.length,
		text: document.body.innerText
	}));
	expect(found.pwned, `${path}: a payload ran`).toBeNull();
	expect(found.injected, `${path}: payload elements in the DOM`).toBe(0);
	expect(found.scripts, `${path}: payload script elements`).toBe(0);
	expect(dialogs, `${path}: dialogs`).toEqual([]);
	return found.text;
}

test.describe('hostile content', () => {
	test('the API answers payloads as JSON strings, unchanged', async ({ request }) => {
		const res = await request.get('/api/towns');
		expect(res.headers()['content-type']).toMatch(/application\/json/);
		expect(res.headers()['x-content-type-options']).toBe('nosniff');
		const towns = (await res.json()) as (TownJson & { county?: string })[];
		const hostile = towns.find((t) => t.name === HOSTILE_TOWN);
		expect(hostile).toBeDefined();
		expect(towns.find((t) => t.name === PLAIN_TOWN)).toBeDefined();
		const reports = (await (
			await request.get(`/api/reports?town=${encodeURIComponent(hostile!.slug)}`)
		).json()) as ReportJson[];
		expect(reports.length).toBe(1);
		const body = await (await request.get(`/api/reports/${reports[0].id}`)).text();
		const report = JSON.parse(body) as { town: string; speaker: string; title: string };
		expect(report.town).toBe(HOSTILE_TOWN);
		expect(report.speaker).toBe(HOSTILE_SPEAKER);
		expect(report.title).toContain('<script>window.__pwned=23</script>');
	});

	test('pages show payloads as text and run none of them', async ({ page, request }) => {
		const towns = (await (await request.get('/api/towns')).json()) as TownJson[];
		const targets = towns.filter((t) => t.name === HOSTILE_TOWN || t.name === PLAIN_TOWN);
		expect(targets).toHaveLength(2);
		const pages = ['/', '/reports', `/search?q=${encodeURIComponent('<script>')}`];
		for (const t of targets) {
			pages.push(`/towns/${encodeURIComponent(t.slug)}`);
			pages.push(`/towns/${encodeURIComponent(t.slug)}/brief/2023`);
			pages.push(`/search?q=${encodeURIComponent(t.name)}`);
			const reps = (await (
				await request.get(`/api/reports?town=${encodeURIComponent(t.slug)}`)
			).json()) as ReportJson[];
			for (const r of reps) pages.push(`/reports/${r.id}`);
		}
		pages.push(`/search?q=${encodeURIComponent(HOSTILE_COUNTY)}`);
		const seen: Record<string, string> = {};
		for (const p of pages) seen[p] = await visitSafely(page, p);
		// The payloads are there, as text: the town name on its page, the quotes in the report view.
		const townPage = Object.entries(seen).find(([p]) =>
			p.startsWith(
				`/towns/${encodeURIComponent(targets.find((t) => t.name === HOSTILE_TOWN)!.slug)}`
			)
		);
		expect(townPage?.[1]).toContain(HOSTILE_TOWN);
		const reportTexts = Object.entries(seen)
			.filter(([p]) => p.startsWith('/reports/'))
			.map(([, text]) => text)
			.join('\n');
		for (const payload of TEXT_PAYLOADS) expect(reportTexts).toContain(payload);
		// The seeded town name (a payload no extraction yields) heads its report view.
		expect(reportTexts).toContain(HOSTILE_TOWN);
	});
});

test.describe('access', () => {
	const WRITES: [string, string][] = [
		['POST', '/api/reports'],
		['POST', '/api/corrections'],
		['POST', '/api/manual-results'],
		['DELETE', '/api/session'],
		['POST', '/import'],
		['POST', '/import/1'],
		['POST', '/edit/target/1'],
		['POST', '/edit/result/1'],
		['POST', '/edit/report/1'],
		['POST', '/edit/manual']
	];

	test('every write is refused without an editor session', async ({ request }) => {
		for (const [method, path] of WRITES) {
			const res = await request.fetch(path, {
				method,
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				data: 'reason=x&value=1',
				maxRedirects: 0
			});
			const status = res.status();
			const toLogin = status === 303 && /\/login/.test(res.headers()['location'] ?? '');
			expect(
				[401, 403, 404, 405].includes(status) || toLogin,
				`${method} ${path} answered ${status}`
			).toBe(true);
		}
	});

	test('every write from a foreign origin is refused, signed in or not', async ({ request }) => {
		for (const [method, path] of [...WRITES, ['POST', '/api/session'], ['POST', '/login']]) {
			const res = await request.fetch(path, {
				method,
				headers: {
					origin: 'https://evil.example',
					'content-type': 'application/x-www-form-urlencoded'
				},
				data: 'name=x&password=y',
				maxRedirects: 0
			});
			expect(res.status(), `${method} ${path}`).toBe(403);
		}
	});

	test('sign-in is rate limited per name', async ({ request }) => {
		const statuses: number[] = [];
		for (let i = 0; i < 7; i++) {
			const res = await request.post('/api/session', {
				data: { name: 'rate-limit-probe', password: `wrong-password-${i}` }
			});
			statuses.push(res.status());
		}
		expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
		expect(statuses.at(-1)).toBe(429);
	});

	test('secrets stay out of pages', async ({ page }) => {
		const name = process.env.E2E_EDITOR || 'e2e-editor';
		const password = process.env.E2E_PASSWORD || 'e2e-password-not-secret';
		// The page's own request context: the session cookie lands in the browser.
		const res = await page.request.post('/api/session', { data: { name, password } });
		expect(res.status()).toBe(200);
		const { token } = (await res.json()) as { token: string };
		for (const path of ['/', '/import', '/edit/log', '/api/session']) {
			const r = await page.goto(path);
			expect(r?.status(), path).toBeLessThan(400);
			const html = await page.content();
			expect(html, path).not.toContain(password);
			expect(html, path).not.toContain(token);
		}
		const cookie = (await page.context().cookies()).find((c) => c.value === token);
		expect(cookie?.httpOnly).toBe(true);
		expect(cookie?.sameSite).not.toBe('None');
	});
});

test.describe('headers', () => {
	for (const path of ['/', '/reports', '/api/towns']) {
		test(`security headers on ${path}`, async ({ request }) => {
			const res = await request.get(path);
			const h = res.headers();
			expect(h['x-content-type-options']).toBe('nosniff');
			expect(h['referrer-policy']).toBeTruthy();
			const csp = h['content-security-policy'] ?? '';
			expect(csp).toMatch(/frame-ancestors 'none'/);
			const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? /default-src ([^;]*)/.exec(csp)?.[1];
			expect(scriptSrc, csp).toBeDefined();
			expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
		});
	}
});
