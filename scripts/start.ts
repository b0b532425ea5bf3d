/**
 * npm start: bring the ledger database up to date with data/reports (the loader skips
 * unchanged documents), build the app when its sources are newer than the build, then serve
 * it on HOST:PORT (default 0.0.0.0:3000).
 */
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { databasePath, openDatabase } from '../src/lib/server/db/index';
import { loadPathsAsync } from '../src/lib/server/loader';

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
db.close();
console.log(
	`ledger ${dbPath}: ${summary.loaded} loaded, ${summary.skipped} unchanged, ${summary.failures.length} failed`
);
for (const f of summary.failures) console.log(`  failed: ${f.file}: ${f.error}`);

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
