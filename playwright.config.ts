import { defineConfig } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './tests/e2e/chromium';

const port = Number(process.env.E2E_PORT || 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	outputDir: 'test-results',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
		screenshot: 'only-on-failure'
	},
	webServer: {
		// The built app (npm run test:e2e builds it first), on a fresh temporary ledger.
		command: `npx tsx scripts/serve-e2e.ts`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 120_000,
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			// The editor tests sign in as this user, created on the e2e database at start.
			E2E_EDITOR: process.env.E2E_EDITOR || 'e2e-editor',
			E2E_PASSWORD: process.env.E2E_PASSWORD || 'e2e-password-not-secret'
		}
	}
});
