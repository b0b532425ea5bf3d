import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The bundled real ledger (data/ledger/ledger.json) is loaded by the e2e server as by npm start. */
const ledger = JSON.parse(readFileSync('data/ledger/ledger.json', 'utf8')) as {
	pages: {
		id: string;
		source: string;
		reports: { town: string; targets: { quote: string }[]; results: { quote: string }[] }[];
	}[];
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
	// Its quotes, as in the dataset (the review may add or drop some, never change a quote).
	const first = page.getByTestId('report-quotes').locator('a.item').first();
	await expect(first).toBeVisible();
	const quote = await first.evaluate((el) => el.firstChild?.textContent ?? '');
	const r = withReport!.reports[0];
	expect([...r.targets, ...r.results].map((x) => x.quote)).toContain(quote);
	await expect(page.getByTestId('report-text')).toHaveCount(0);
});
