/**
 * npm start: bring the ledger database up to date with data/reports and the bundled real ledger
 * data/ledger/ledger.json (both loaders skip what is unchanged), build the app when its sources
 * are newer than the build, then serve it on HOST:PORT (default 0.0.0.0:3000).
 */
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { databasePath, openDatabase } from '../src/lib/server/db/index';
import { loadPathsAsync } from '../src/lib/server/loader';
import { loadLedger } from '../src/lib/server/ledger-load';

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let newest = st.mtimeMs;
	for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
	return newest;
}

const dbPath = databasePath();
const db = openDatabase(dbPath);
const summary = await loadPathsAsync(db, ['data/reports']);
console.log(
	`ledger ${dbPath}: ${summary.loaded} loaded, ${summary.skipped} unchanged, ${summary.failures.length} failed`
);
for (const f of summary.failures) console.log(`  failed: ${f.file}: ${f.error}`);
// The bundled real ledger (facts only, data/ledger/ledger.json) with its review corrections.
const ledger = loadLedger(db);
db.close();
if (ledger.present)
	console.log(
		`real ledger: ${ledger.pages} pages, ${ledger.loaded} loaded, ${ledger.skipped} unchanged` +
			(ledger.outdated
				? ` (built by extractor ${ledger.extractorVersion}: npm run ledger -- build)`
				: '')
	);
for (const p of ledger.problems) console.log(`  review: ${p}`);
for (const f of ledger.failures) console.log(`  failed: ${f.page}: ${f.error}`);

const built = existsSync('build/index.js') ? statSync('build/index.js').mtimeMs : 0;
const sources = Math.max(
	...['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'].map(newestMtime)
);
if (built < sources) {
	console.log('building the app…');
	const r = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}

const port = process.env.PORT || '3000';
const host = process.env.HOST || '0.0.0.0';
console.log(`serving on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
const server = spawn(process.execPath, ['build/index.js'], {
	stdio: 'inherit',
	// Without ORIGIN the server takes requests to be HTTPS, and SvelteKit's origin check would
	// refuse the sign-in form on plain http://localhost; behind a proxy set ORIGIN yourself.
	env: {
		ORIGIN: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
		BODY_SIZE_LIMIT: '25M',
		...process.env,
		PORT: port,
		HOST: host,
		DATABASE_PATH: dbPath
	}
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
