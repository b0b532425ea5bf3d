/**
 * The editor's round trip in Chromium against the built app (scripts/serve-e2e.ts creates the
 * editor from E2E_EDITOR / E2E_PASSWORD): sign in, upload two synthetic reports of a fictional
 * town, correct a value in the preview, confirm, see the verdict change, correct it again on
 * the item's page, download the CSV, sign out and be refused; then the dashboard's editor links
 * and a manual outcome's citation.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const EDITOR = process.env.E2E_EDITOR || 'e2e-editor';
const PASSWORD = process.env.E2E_PASSWORD || 'e2e-password-not-secret';
const TOWN = '青梧镇'; // fictional (tests/fixtures/upload, synthetic)
const FIXTURES = 'tests/fixtures/upload';

interface Verdict {
	status: string;
	basis: string | null;
	target: { id: number };
	outcome: { resultId: number; value: number | null } | null;
}

async function gdpVerdict(request: APIRequestContext): Promise<Verdict> {
	const res = await request.get(
		`/api/assessments?town=${encodeURIComponent(TOWN)}&indicator=gdp&year=2024&primary=1`
	);
	expect(res.ok()).toBe(true);
	const rows = (await res.json()) as Verdict[];
	expect(rows).toHaveLength(1);
	return rows[0];
}

async function upload(page: Page, file: string) {
	await page.goto('/import');
	await page.locator('input[type=file][name=files]').setInputFiles(`${FIXTURES}/${file}`);
	await page.getByRole('button', { name: /上传并预览|Upload and preview/ }).click();
	await expect(page).toHaveURL(/\/import\/[0-9a-f]{32}$/);
	await expect(page.getByTestId('highlighted-text')).toBeVisible();
}

test.describe.configure({ mode: 'serial' });

test('an editor imports, corrects, downloads and signs out', async ({ page }, testInfo) => {
	// Not signed in: the import page refuses.
	const refused = await page.goto('/import');
	expect(refused?.status()).toBe(401);
	await expect(page.getByTestId('import-refused')).toBeVisible();

	// Wrong password first, then the right one.
	await page.goto('/login?next=/import');
	await page.getByLabel(/用户名|Name/).fill(EDITOR);
	await page.getByLabel(/密码|Password/).fill('not the password');
	await page.getByRole('button', { name: /登录|Sign in/ }).click();
	await expect(page.getByTestId('login-error')).toBeVisible();
	await page.getByLabel(/密码|Password/).fill(PASSWORD);
	await page.getByRole('button', { name: /登录|Sign in/ }).click();
	await expect(page).toHaveURL(/\/import$/);
	const cookie = (await page.context().cookies()).find((c) => c.name === 'ledger_session');
	expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

	// The 2024 report: its targets are pending; nothing is stored before confirmation.
	await upload(page, 'qingwu-2024-annual.txt');
	await expect(page.getByTestId('targets-table').locator('tbody tr')).toHaveCount(4); // 3 + add row
	expect(
		(await page.request.get(`/api/assessments?town=${encodeURIComponent(TOWN)}`)).status()
	).toBe(404);
	await page.getByTestId('confirm').click();
	await expect(page).toHaveURL(/\/import\?stored=\d+$/);
	await expect(page.getByTestId('stored-reports')).toContainText(TOWN);
	expect((await gdpVerdict(page.request)).status).toBe('pending');

	// The 2025 report states 6.5% growth; the editor corrects it to 5.5% before confirming.
	await upload(page, 'qingwu-2025-annual.txt');
	const results = page.getByTestId('results-table');
	const gdpRow = results.locator('tbody tr', { hasText: '增长6.5%' });
	const growth = gdpRow.locator('input[name$=".growth"]');
	await expect(growth).toHaveValue('6.5');
	await growth.fill('5.5');
	await page.screenshot({ path: testInfo.outputPath('import-preview.png'), fullPage: true });
	await page.getByTestId('confirm').click();
	await expect(page).toHaveURL(/\/import\?stored=\d+$/);
	const corrected = await gdpVerdict(page.request);
	expect(corrected).toMatchObject({ status: 'missed', basis: 'following_report' });
	expect(corrected.outcome?.value).toBe(5.5);

	// Correct it back on the result's own page; its history keeps both changes.
	const resultId = corrected.outcome!.resultId;
	await page.goto(`/edit/result/${resultId}`);
	await expect(page.getByTestId('history').locator('tbody tr')).toHaveCount(1);
	await page.getByLabel(/字段|Field/).selectOption('growth');
	await page.getByLabel(/新值|New value/).fill('6.5');
	await page
		.getByTestId('correct-form')
		.getByLabel(/理由|Why/)
		.fill('复核原文 checked the text');
	await page.getByRole('button', { name: /保存修正|Save the correction/ }).click();
	await expect(page.getByTestId('edit-done')).toBeVisible();
	await expect(page.getByTestId('history').locator('tbody tr')).toHaveCount(2);
	await expect(page.getByTestId('history')).toContainText('复核原文');
	const back = await gdpVerdict(page.request);
	expect(back.status).toBe('met');

	// The town's assessments as CSV: BOM, header, one row per assessment.
	const csvRes = await page.request.get(`/export/assessments.csv?town=${encodeURIComponent(TOWN)}`);
	expect(csvRes.headers()['content-disposition']).toMatch(
		/attachment; filename="assessments\.csv"/
	);
	const bytes = await csvRes.body();
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = bytes.toString('utf8').slice(1).trim().split(/\r\n/);
	const all = (await (
		await page.request.get(`/api/assessments?town=${encodeURIComponent(TOWN)}`)
	).json()) as unknown[];
	expect(lines).toHaveLength(all.length + 1);
	expect(lines[0]).toMatch(/^乡镇 town,/);
	expect(lines.some((l) => /,gdp,.*,met,following_report,true,/.test(l))).toBe(true);

	// Sign out: the import page refuses again, reading still works.
	await page.goto('/logout');
	await page.getByRole('button', { name: /退出|Sign out/ }).click();
	await expect(page).toHaveURL(/\/$/);
	expect((await page.goto('/import'))?.status()).toBe(401);
	await expect(page.getByTestId('import-refused')).toBeVisible();
	expect((await page.request.get('/api/towns')).ok()).toBe(true);
});

test('editors see correction links; a manual outcome shows its citation', async ({ page }) => {
	await page.goto('/login?next=/');
	await page.getByLabel(/用户名|Name/).fill(EDITOR);
	await page.getByLabel(/密码|Password/).fill(PASSWORD);
	await page.getByRole('button', { name: /登录|Sign in/ }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByTestId('editor-name')).toContainText(EDITOR);

	// The 2025 GDP target (pending) gets an outcome from a bulletin.
	const verdict2025 = async () => {
		const res = await page.request.get(
			`/api/assessments?town=${encodeURIComponent(TOWN)}&indicator=gdp&year=2025&primary=1`
		);
		return ((await res.json()) as Verdict[])[0];
	};
	const before = await verdict2025();
	expect(before.status).toBe('pending');
	const citation = {
		citationTitle: '青梧镇2025年统计公报（合成）',
		citationUrl: 'https://example.org/qingwu-2025',
		citationDate: '2026-02-01'
	};
	const added = await page.request.post('/api/manual-results', {
		data: {
			town: TOWN,
			indicator: 'gdp',
			text: '地区生产总值',
			year: 2025,
			growth: 7.1,
			unit: '%',
			vintage: '初步核算',
			...citation
		}
	});
	expect(added.status()).toBe(201);
	const after = await verdict2025();
	expect(after).toMatchObject({ status: 'met', basis: 'manual' });
	const targetId = after.target.id;

	// The town's table shows the citation beside the verdict it decided.
	await page.goto(`/towns/${encodeURIComponent(TOWN)}?year=all`);
	const row = page.locator(`[data-testid=target-table] tr[data-target-id="${targetId}"]`);
	const cite = row.getByTestId('manual-citation');
	await expect(cite).toContainText(citation.citationTitle);
	await expect(cite).toContainText('初步核算');
	expect(await cite.getByRole('link').getAttribute('href')).toBe(citation.citationUrl);

	// The report page: correction links for each item and for the report itself.
	const reportHref = (await row.getByTestId('target-link').getAttribute('href'))!;
	const reportId = /\/reports\/(\d+)/.exec(reportHref)![1];
	await page.goto(`/reports/${reportId}`);
	expect(await page.getByTestId('edit-report').getAttribute('href')).toBe(
		`/edit/report/${reportId}`
	);
	const items = page.getByTestId('edit-items');
	await expect(items.locator(`a[href="/edit/target/${targetId}"]`)).toHaveText(/修正|Correct/);
	await expect(items.locator('a[href^="/edit/result/"]').first()).toBeVisible();
	await expect(page.getByTestId('manual-citation')).toContainText(citation.citationTitle);
	await items.locator(`a[href="/edit/target/${targetId}"]`).click();
	await expect(page).toHaveURL(new RegExp(`/edit/target/${targetId}$`));

	// Signed out: no correction links; the citation stays.
	await page.goto('/logout');
	await page.getByRole('button', { name: /退出|Sign out/ }).click();
	await page.goto(`/reports/${reportId}`);
	await expect(page.getByTestId('edit-report')).toHaveCount(0);
	await expect(page.getByTestId('edit-items')).toHaveCount(0);
	await expect(page.getByTestId('manual-citation')).toContainText(citation.citationTitle);
	await expect(page.getByRole('link', { name: /编辑登录|Editor sign-in/ })).toBeVisible();
});

test('the CSV link downloads through the browser', async ({ page }) => {
	await page.goto('/api-docs');
	const download = page.waitForEvent('download');
	await page.getByTestId('csv-example').click();
	const file = await download;
	const path = await file.path();
	const bytes = readFileSync(path!);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect(file.suggestedFilename()).toBe('assessments.csv');
});
