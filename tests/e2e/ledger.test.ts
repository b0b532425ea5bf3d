import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The bundled real ledger (data/ledger/ledger.json) is loaded by the e2e server as by npm start. */
const ledger = JSON.parse(readFileSync('data/ledger/ledger.json', 'utf8')) as {
	pages: { id: string; source: string; reports: { town: string }[] }[];
};

test('coverage renders; a real-ledger report page shows its quotes and the source link', async ({
	page
}) => {
	const withReport = ledger.pages.find((p) => p.reports.length > 0);
	test.skip(!withReport, 'the bundled ledger holds no report');
	await page.goto('/coverage');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByTestId('coverage-summary')).toBeVisible();
	await expect(page.getByTestId('coverage-table').first()).toBeVisible();

	// The report list badges the facts-only documents and links each to its report.
	await page.goto('/reports');
	const row = page.getByRole('row').filter({ hasText: withReport!.id });
	await expect(row.getByTestId('facts-badge')).toBeVisible();
	await row
		.getByRole('link')
		.filter({ hasNotText: /出处|Source/ })
		.first()
		.click();
	await expect(page.getByTestId('source-link')).toHaveAttribute('href', withReport!.source);
	await expect(page.getByTestId('report-quotes').locator('q').first()).toBeVisible();
	await expect(page.getByTestId('report-text')).toHaveCount(0);
});
