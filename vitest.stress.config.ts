import { defineConfig } from 'vitest/config';

// Long-running robustness tests (issue 8): npm run test:stress. Plain node tests: no Svelte plugin.
export default defineConfig({
	test: {
		include: ['tests/stress/**/*.test.ts'],
		environment: 'node',
		testTimeout: 600_000,
		hookTimeout: 300_000,
		// Two workers: the fuzz shards run side by side; the process-heavy tests take turns.
		maxWorkers: 2
	}
});
