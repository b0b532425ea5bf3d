/**
 * Server response times of the built app on a given database, against the floor of serving a
 * small static file from the same server, and the client JavaScript each page loads (gzip).
 * Only 127.0.0.1, a bounded number of sequential requests per page, and a time cap.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { emit, errorText, missing, percentile } from './record';

export interface PageGroup {
	/** Record name part: page.<key>… */
	key: string;
	/** URLs to rotate through (several towns, reports… so no single row stays hot). */
	urls: string[];
	/** Count client JavaScript for this group (HTML pages only). */
	html: boolean;
}

export interface PageBenchOptions {
	db: string;
	groups: PageGroup[];
	requests: number;
	warmup: number;
	capSeconds: number;
	/** Per request; a page slower than this is reported as null with the bound. */
	timeoutMs: number;
	/** Appended to every record name, e.g. '@2000x10' when not on the full national database. */
	suffix: string;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const addr = s.address();
			const port = typeof addr === 'object' && addr ? addr.port : 0;
			s.close(() => resolve(port));
		});
	});
}

async function timedGet(
	url: string,
	timeoutMs: number
): Promise<{ ms: number; status: number; body: string }> {
	const t0 = performance.now();
	const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
	const body = await res.text();
	return { ms: performance.now() - t0, status: res.status, body };
}

async function waitReady(base: string, child: ChildProcess, seconds: number): Promise<void> {
	const until = Date.now() + seconds * 1000;
	while (Date.now() < until) {
		if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
		try {
			await timedGet(`${base}/favicon.svg`, 2000);
			return;
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	throw new Error(`server not ready after ${seconds} s`);
}

/** Relative imports (static and dynamic) of a built JS chunk. */
function importsOf(code: string): string[] {
	const out: string[] = [];
	const re = /(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
	for (let m = re.exec(code); m; m = re.exec(code)) out.push(m[1]);
	return out;
}

/** Gzip bytes of every JS file the page loads: its preloads and entry imports, closed over imports. */
export function clientJsGzip(html: string, clientDir: string): { bytes: number; files: number } {
	const starts = new Set<string>();
	for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g))
		starts.add(m[1]);
	for (const m of html.matchAll(/<link[^>]+href="([^"]+\.js)"[^>]+rel="modulepreload"/g))
		starts.add(m[1]);
	for (const m of html.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)) starts.add(m[1]);
	const seen = new Set<string>();
	const queue: string[] = [];
	for (const href of starts) {
		const path = href.replace(/^(\.\.?\/)+/, '').replace(/^\//, '');
		const file = join(clientDir, path.startsWith('_app') ? path : path);
		queue.push(normalize(file));
	}
	let bytes = 0;
	while (queue.length) {
		const file = queue.pop() as string;
		if (seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		const code = readFileSync(file);
		bytes += gzipSync(code, { level: 9 }).length;
		for (const rel of importsOf(code.toString('utf8')))
			queue.push(normalize(join(dirname(file), rel)));
	}
	return { bytes, files: seen.size };
}

interface Server {
	base: string;
	stop(): Promise<void>;
}

async function startServer(db: string): Promise<Server> {
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, DATABASE_PATH: db, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr?.on('data', (d: Buffer) => {
		stderr = (stderr + d.toString()).slice(-2000);
	});
	const stop = async () => {
		child.kill('SIGTERM');
		await new Promise((r) => setTimeout(r, 300));
		if (child.exitCode === null) child.kill('SIGKILL');
	};
	try {
		await waitReady(base, child, 60);
	} catch (err) {
		await stop();
		throw new Error(`${errorText(err)} ${stderr.trim().split('\n').slice(-1)[0] ?? ''}`.trim(), {
			cause: err
		});
	}
	return { base, stop };
}

/**
 * Each group gets a fresh server: a page that blocks the event loop past the timeout would
 * otherwise delay every request after it and spoil the other figures.
 */
export async function benchPages(o: PageBenchOptions): Promise<void> {
	const groups: PageGroup[] = [{ key: 'static', urls: ['/favicon.svg'], html: false }, ...o.groups];
	let floorP50 = NaN;
	let floorP95 = NaN;
	for (const g of groups) {
		const name = `page.${g.key}`;
		if (!g.urls.length) {
			missing(`${name}.p95${o.suffix}`, 'ms', 'no sample URL (empty table)');
			continue;
		}
		let server: Server;
		try {
			server = await startServer(o.db);
		} catch (err) {
			missing(`${name}.p95${o.suffix}`, 'ms', `server did not start: ${errorText(err)}`);
			continue;
		}
		const base = server.base;
		try {
			const times: number[] = [];
			const statuses = new Map<number, number>();
			let html = '';
			for (let i = 0; i < o.warmup; i++) {
				const r = await timedGet(base + g.urls[i % g.urls.length], o.timeoutMs);
				if (r.status === 200 && !html) html = r.body;
				statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
			}
			if (!statuses.has(200)) {
				const codes = [...statuses.keys()].join(',');
				missing(
					`${name}.p95${o.suffix}`,
					'ms',
					`HTTP ${codes} on ${g.urls[0]} (page not built yet?)`
				);
				continue;
			}
			const t0 = performance.now();
			for (let i = 0; i < o.requests; i++) {
				if (performance.now() - t0 > o.capSeconds * 1000) break;
				const r = await timedGet(base + g.urls[i % g.urls.length], o.timeoutMs);
				statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
				times.push(r.ms);
			}
			times.sort((a, b) => a - b);
			const p50 = percentile(times, 50);
			const p95 = percentile(times, 95);
			const status = Object.fromEntries(statuses);
			emit({
				name: `${name}.p50${o.suffix}`,
				value: p50,
				unit: 'ms',
				n: times.length,
				url: g.urls[0]
			});
			emit({ name: `${name}.p95${o.suffix}`, value: p95, unit: 'ms', n: times.length, status });
			if (g.key === 'static') {
				floorP50 = p50;
				floorP95 = p95;
			} else {
				emit({ name: `${name}.p50_ratio_to_static${o.suffix}`, value: p50 / floorP50, unit: 'x' });
				emit({ name: `${name}.p95_ratio_to_static${o.suffix}`, value: p95 / floorP95, unit: 'x' });
				emit({
					name: `${name}.html_kb${o.suffix}`,
					value: Buffer.byteLength(html) / 1024,
					unit: 'KB'
				});
			}
			if (g.html && html) {
				const js = clientJsGzip(html, 'build/client');
				emit({ name: `js.${g.key}.gzip`, value: js.bytes / 1024, unit: 'KB', files: js.files });
			}
		} catch (err) {
			const timedOut = err instanceof Error && err.name === 'TimeoutError';
			emit({
				name: `${name}.p95${o.suffix}`,
				value: null,
				unit: 'ms',
				reason: timedOut ? `a request took over ${o.timeoutMs} ms` : errorText(err),
				lower_bound: timedOut ? o.timeoutMs : undefined
			});
		} finally {
			await server.stop();
		}
	}
}
