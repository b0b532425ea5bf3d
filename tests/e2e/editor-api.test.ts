/**
 * Writes are refused without a signed-in editor (401) and from another origin (403), even with
 * a valid session; reading needs no account. Against the built app (scripts/serve-e2e.ts).
 */
import { expect, test } from '@playwright/test';

const EDITOR = process.env.E2E_EDITOR || 'e2e-editor';
const PASSWORD = process.env.E2E_PASSWORD || 'e2e-password-not-secret';
const EVIL = 'https://evil.example';
const report = {
	name: 'r.txt',
	mimeType: 'text/plain',
	buffer: Buffer.from(
		'【合成测试数据 SYNTHETIC TEST DATA】\n青柳镇2024年政府工作报告\n全镇地区生产总值增长6%。\n'
	)
};

test('every write without a session is refused', async ({ request, baseURL }) => {
	const origin = { origin: baseURL! };
	// Form actions answer a browser's post (Accept: text/html) with the failure's own status.
	const browser = { origin: baseURL!, accept: 'text/html' };
	const writes: [string, () => Promise<{ status(): number }>][] = [
		[
			'POST /api/reports',
			() => request.post('/api/reports', { headers: origin, multipart: { file: report } })
		],
		[
			'POST /api/corrections',
			() =>
				request.post('/api/corrections', {
					headers: origin,
					data: { kind: 'result', id: 1, action: 'delete', reason: 'x' }
				})
		],
		[
			'POST /api/manual-results',
			() => request.post('/api/manual-results', { headers: origin, data: { town: '云栖湾镇' } })
		],
		[
			'DELETE /api/manual-results/1',
			() => request.delete('/api/manual-results/1', { headers: origin })
		],
		['DELETE /api/session', () => request.delete('/api/session', { headers: origin })],
		[
			'POST /import?/upload',
			() => request.post('/import?/upload', { headers: browser, multipart: { files: report } })
		],
		[
			'POST /import/{id}?/confirm',
			() =>
				request.post(`/import/${'0'.repeat(32)}?/confirm`, {
					headers: browser,
					form: { reason: 'x' }
				})
		],
		[
			'POST /edit/result/1?/set',
			() =>
				request.post('/edit/result/1?/set', {
					headers: browser,
					form: { field: 'growth', value: '1', reason: 'x' }
				})
		],
		[
			'POST /edit/report/1?/add',
			() => request.post('/edit/report/1?/add', { headers: browser, form: { addKind: 'target' } })
		],
		[
			'POST /edit/manual?/add',
			() => request.post('/edit/manual?/add', { headers: browser, form: { townId: '1' } })
		],
		[
			'POST /edit/manual?/withdraw',
			() => request.post('/edit/manual?/withdraw', { headers: browser, form: { id: '1' } })
		]
	];
	for (const [what, send] of writes) {
		const res = await send();
		expect(res.status(), what).toBe(401);
	}
	// Reading needs no account.
	for (const path of [
		'/api/towns',
		'/api/assessments',
		'/api/corrections',
		'/api/manual-results',
		'/api-docs',
		'/edit/log'
	])
		expect((await request.get(path)).status(), path).toBe(200);
});

test('writes from another origin are refused, even with a session', async ({
	request,
	baseURL
}) => {
	const login = await request.post('/api/session', {
		headers: { origin: baseURL! },
		data: { name: EDITOR, password: PASSWORD }
	});
	expect(login.status()).toBe(200);
	const { token } = (await login.json()) as { token: string };
	const auth = { authorization: `Bearer ${token}` };
	const crossForm = await request.post('/login', {
		headers: { origin: EVIL },
		form: { name: EDITOR, password: PASSWORD }
	});
	expect(crossForm.status()).toBe(403);
	const crossUpload = await request.post('/api/reports', {
		headers: { ...auth, origin: EVIL },
		multipart: { file: report, preview: '1' }
	});
	expect(crossUpload.status()).toBe(403);
	// A multipart post with no Origin at all is refused too (SvelteKit's check).
	const noOrigin = await request.post('/api/reports', {
		headers: auth,
		multipart: { file: report, preview: '1' }
	});
	expect(noOrigin.status()).toBe(403);
	const crossJson = await request.post('/api/corrections', {
		headers: { ...auth, origin: EVIL },
		data: { kind: 'result', id: 1, action: 'delete', reason: 'x' }
	});
	expect(crossJson.status()).toBe(403);
	// The same upload from this origin is accepted (a preview stores nothing).
	const same = await request.post('/api/reports', {
		headers: { ...auth, origin: baseURL! },
		multipart: { file: report, preview: '1' }
	});
	expect(same.status()).toBe(200);
	expect(((await same.json()) as { stored: boolean }).stored).toBe(false);
	expect(
		(await request.delete('/api/session', { headers: { ...auth, origin: baseURL! } })).status()
	).toBe(204);
});

test('every answer carries the security headers; pages have a script policy without inline', async ({
	request
}) => {
	for (const path of ['/', '/api/towns', '/login']) {
		const res = await request.get(path);
		const h = res.headers();
		expect(h['x-content-type-options'], path).toBe('nosniff');
		expect(h['referrer-policy'], path).toBeTruthy();
		expect(h['content-security-policy'], path).toMatch(/frame-ancestors 'none'/);
	}
	const csp = (await request.get('/')).headers()['content-security-policy'];
	expect(csp).toMatch(/script-src 'self' 'nonce-/);
	expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
});

test('the pages run under the content security policy (no refused scripts or styles)', async ({
	page
}) => {
	const refused: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
	});
	page.on('pageerror', (e) => refused.push(String(e)));
	const towns = (await (await page.request.get('/api/towns')).json()) as { slug: string }[];
	for (const path of [
		'/',
		'/reports',
		'/about',
		`/towns/${encodeURIComponent(towns[0].slug)}`,
		'/login'
	]) {
		const res = await page.goto(path);
		expect(res?.status(), path).toBe(200);
		await page.waitForLoadState('networkidle');
	}
	expect(refused).toEqual([]);
});
