import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';

test('home page lists every bundled document', async ({ page }, testInfo) => {
	const names = readdirSync('data/reports').filter((f) => f.endsWith('.txt'));
	expect(names.length).toBeGreaterThan(0);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const shown = await page.getByTestId('document-name').allTextContents();
	expect(shown.sort()).toEqual(names.sort());
	await page.screenshot({ path: testInfo.outputPath('home.png'), fullPage: true });
});
