/**
 * npm run --silent extract -- FILE... (.txt, .html, .docx or .pdf)
 * Prints ONE JSON array to stdout, one element per input file: {source, reports[, error]} in the
 * shape of tests/fixtures/gold/SCHEMA.md. Messages go to stderr; exit status 1 if any file failed.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { contractReport, extractDocumentAsync } from '../src/lib/extract';
import type { ExtractedDocument } from '../src/lib/types';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
	console.error('usage: npm run --silent extract -- FILE...');
	process.exit(2);
}

// A reader that stops early (| head) is not an extraction failure.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
	if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
	throw err;
});

const out: (Omit<ExtractedDocument, 'reports'> & { reports: unknown[] })[] = [];
let failed = 0;
for (const file of files) {
	const source = basename(file);
	try {
		const doc = await extractDocumentAsync({ fileName: source, bytes: readFileSync(file) });
		out.push({
			source,
			encoding: doc.encoding,
			reports: doc.reports.map((r) => contractReport(r, doc.original))
		});
	} catch (err) {
		failed++;
		const message = err instanceof Error ? err.message : String(err);
		console.error(`extract: cannot read ${file}: ${message}`);
		out.push({ source, reports: [], error: message });
	}
}
process.stdout.write(JSON.stringify(out) + '\n');
process.exitCode = failed ? 1 : 0;
