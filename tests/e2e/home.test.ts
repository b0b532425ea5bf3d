import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';

test('home page lists every bundled document', async ({ page }, testInfo) => {
	const names = readdirSync('data/reports').filter((f) => f.endsWith('.txt'));
	expect(names.length).toBeGreaterThan(0);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// The overview shows the first documents; the full list is on /reports.
	await page.goto('/reports');
	const shown = await page.getByTestId('document-name').allTextContents();
	for (const name of names) expect(shown).toContain(name);
	await page.screenshot({ path: testInfo.outputPath('home.png'), fullPage: true });
});
