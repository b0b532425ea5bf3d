/**
 * Concurrency tools: readers hammering a ledger while loaders write into it, and two loaders
 * started at once (one must be refused, or they must run one after the other).
 */
import { spawn } from 'node:child_process';
import { loaderArgs } from './crash-kit';

export interface Hammer {
	served: number;
	failures: string[];
	stop: () => Promise<void>;
}

/**
 * Runs `workers` loops that each call `request` until stopped; a thrown error or a rejected
 * promise is a failure (kept with its message).
 */
export function hammer(workers: number, request: (n: number) => Promise<void> | void): Hammer {
	let running = true;
	const h: Hammer = { served: 0, failures: [], stop: async () => {} };
	const loops = Array.from({ length: workers }, async (_, w) => {
		let n = w;
		while (running) {
			try {
				await request(n);
				h.served++;
			} catch (err) {
				h.failures.push(err instanceof Error ? err.message : String(err));
			}
			n += workers;
			// Let the event loop breathe between synchronous reads.
			await new Promise((r) => setImmediate(r));
		}
	});
	h.stop = async () => {
		running = false;
		await Promise.all(loops);
	};
	return h;
}

export interface LoaderOutcome {
	code: number | null;
	stdout: string;
	stderr: string;
}

export function runLoader(dbPath: string, paths: string[]): Promise<LoaderOutcome> {
	const child = spawn(process.execPath, loaderArgs(dbPath, paths), { stdio: 'pipe' });
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
	child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('exit', (code) => resolve({ code, stdout, stderr }));
	});
}

/**
 * Problems with two loaders started at once: each either finished (0) or was refused (2, with a
 * message saying so); and the load runs recorded never overlap in time.
 */
export function twoLoaderProblems(
	outcomes: LoaderOutcome[],
	runs: { startedAt: string; finishedAt: string | null }[]
): string[] {
	const problems: string[] = [];
	for (const o of outcomes) {
		if (o.code === 2 && !/refused: another loader is running/.test(o.stderr))
			problems.push(`exit 2 without saying why: ${o.stderr.slice(-300)}`);
		else if (o.code !== 0 && o.code !== 2)
			problems.push(`loader exited ${o.code}: ${o.stderr.slice(-300)}`);
	}
	const done = runs
		.filter((r) => r.finishedAt)
		.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
	if (done.length !== runs.length)
		problems.push(`${runs.length - done.length} load runs unfinished`);
	for (let i = 1; i < done.length; i++)
		if (done[i].startedAt < done[i - 1].finishedAt!)
			problems.push(
				`load runs interleaved: ${JSON.stringify(done[i - 1])} and ${JSON.stringify(done[i])}`
			);
	const finished = outcomes.filter((o) => o.code === 0).length;
	if (finished < 1) problems.push('neither loader finished');
	return problems;
}
