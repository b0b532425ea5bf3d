/**
 * The end-to-end tests' server: a fresh temporary ledger loaded from data/reports, the bundled
 * real ledger (data/ledger/ledger.json) and any extra paths in E2E_LOAD (separated by the
 * platform's path delimiter), served by the built app.
 */
import { spawn } from 'node:child_process';
import { delimiter } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openDatabase } from '../src/lib/server/db/index';
import { loadPathsAsync } from '../src/lib/server/loader';
import { loadLedger } from '../src/lib/server/ledger-load';
import { createUser } from '../src/lib/server/auth';
import { loadHostile } from '../tests/fixtures/hostile/seed';

const dbPath = join(mkdtempSync(join(tmpdir(), 'ledger-e2e-')), 'ledger.sqlite');
const paths = ['data/reports', ...(process.env.E2E_LOAD?.split(delimiter).filter(Boolean) ?? [])];
// The synthetic multi-year corpus (fictional towns, stored as synthetic) exercises every ledger rule.
if (!paths.includes('tests/fixtures/synthetic')) paths.push('tests/fixtures/synthetic');
const db = openDatabase(dbPath);
const summary = await loadPathsAsync(db, paths);
// The bundled real ledger (facts only), as npm start loads it.
const ledger = loadLedger(db);
summary.failures.push(
	...ledger.problems.map((p) => ({ file: 'data/ledger/review.json', error: p })),
	...ledger.failures.map((f) => ({ file: `data/ledger/ledger.json#${f.page}`, error: f.error }))
);
// Reports carrying script, HTML and SQL payloads (issue 8; fictional towns, synthetic).
summary.failures.push(...loadHostile(db));
// An editor for the editor tests (tests/e2e/editor.test.ts), from the environment.
if (process.env.E2E_EDITOR && process.env.E2E_PASSWORD)
	createUser(db, process.env.E2E_EDITOR, process.env.E2E_PASSWORD, new Date().toISOString());
db.close();
if (summary.failures.length) {
	console.error('e2e ledger load failed:', summary.failures);
	process.exit(1);
}
const server = spawn(process.execPath, ['build/index.js'], {
	stdio: 'inherit',
	env: {
		BODY_SIZE_LIMIT: '25M',
		ORIGIN: `http://${process.env.HOST || '127.0.0.1'}:${process.env.PORT || 4173}`,
		...process.env,
		DATABASE_PATH: dbPath,
		UPLOAD_DIR: join(dirname(dbPath), 'uploads')
	}
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
