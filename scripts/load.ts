/**
 * npm run load -- [--db FILE] [PATH...]
 * Loads report files (.txt, .html, .docx, .pdf; default: data/reports) into the ledger database
 * and recomputes the assessments of the towns they touch.
 */
import { openDatabase, databasePath } from '../src/lib/server/db/index';
import { LoaderBusyError } from '../src/lib/server/db/documents';
import { loadPathsAsync, type LoadEvent } from '../src/lib/server/loader';

function parseArgs(argv: string[]): { db: string; paths: string[] } {
	let db = databasePath();
	const paths: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--db') {
			const v = argv[++i];
			if (!v) throw new Error('--db needs a file path');
			db = v;
		} else if (a.startsWith('--db=')) db = a.slice(5);
		else if (a === '-h' || a === '--help') {
			console.log('usage: npm run load -- [--db FILE] [PATH...]');
			process.exit(0);
		} else paths.push(a);
	}
	return { db, paths: paths.length ? paths : ['data/reports'] };
}

const tty = process.stderr.isTTY;
function progress(e: LoadEvent): void {
	if (e.kind === 'start') return;
	if (e.kind === 'assessing') {
		process.stderr.write(`${tty ? '\r\x1b[K' : ''}assessing the towns touched…\n`);
		return;
	}
	const line = `[${e.index + 1}/${e.total}] ${e.outcome.padEnd(7)} ${e.file}${e.error ? ` — ${e.error}` : ''}`;
	if (tty && e.outcome !== 'failed') {
		const width = 24;
		const done = Math.round(((e.index + 1) / e.total) * width);
		process.stderr.write(`\r\x1b[K${'█'.repeat(done)}${'░'.repeat(width - done)} ${line}`);
		if (e.index + 1 === e.total) process.stderr.write('\n');
	} else {
		process.stderr.write(`${tty ? '\r\x1b[K' : ''}${line}\n`);
	}
}

const args = parseArgs(process.argv.slice(2));
const db = openDatabase(args.db);
try {
	const s = await loadPathsAsync(db, args.paths, { onEvent: progress });
	console.log(
		`documents: ${s.seen} seen, ${s.loaded} loaded, ${s.skipped} unchanged, ${s.failures.length} failed\n` +
			`stored: ${s.reports} reports, ${s.targets} targets, ${s.results} results; ${s.assessments} assessments recomputed`
	);
	for (const f of s.failures) console.log(`  failed: ${f.file}: ${f.error}`);
	process.exitCode = s.failures.length ? 1 : 0;
} catch (err) {
	if (!(err instanceof LoaderBusyError)) throw err;
	console.error(`refused: ${err.message}; try again when it has finished`);
	process.exitCode = 2;
} finally {
	db.close();
}
