import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { getReadDb } from '$lib/server/db/index';
import { writeSnapshot } from '$lib/server/db/snapshot';
import type { RequestHandler } from './$types';

/**
 * The whole ledger as one SQLite file: a consistent snapshot (SQLite's online backup, so a
 * load running meanwhile is either in it or not), streamed and then removed. Sessions,
 * sign-in attempts, pending uploads and password hashes are left out of the copy.
 */
export const GET: RequestHandler = async () => {
	const dir = mkdtempSync(join(tmpdir(), 'ledger-export-'));
	const file = join(dir, 'ledger.sqlite');
	try {
		await writeSnapshot(getReadDb(), file);
	} catch (err) {
		rmSync(dir, { recursive: true, force: true });
		throw err;
	}
	const size = statSync(file).size;
	const stream = createReadStream(file);
	stream.on('close', () => rmSync(dir, { recursive: true, force: true }));
	const date = new Date().toISOString().slice(0, 10);
	return new Response(Readable.toWeb(stream) as ReadableStream, {
		headers: {
			'content-type': 'application/vnd.sqlite3',
			'content-length': String(size),
			'content-disposition': `attachment; filename="ledger-${date}.sqlite"`,
			'cache-control': 'no-store'
		}
	});
};
