/**
 * npm run eval [-- --quiet | --json | --heldout | --set DIR]
 * Extracts every file of data/reports and scores it against tests/fixtures/gold (see
 * src/lib/eval/score.ts). Prints P/R/F1 per category, per file and in total, then the misses and
 * extras. --heldout scores the synthetic held-out set in tests/fixtures/heldout instead (reports
 * and annotations side by side); --set DIR any folder laid out the same way (heldout2, heldout3).
 * Always exits 0: it measures, it does not gate.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../src/lib/extract';
import { brief, score, type Figures, type ScoredDoc } from '../src/lib/eval/score';

// A reader that stops early (| head) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
	if (err.code === 'EPIPE') process.exit(0);
	throw err;
});

const argv = process.argv.slice(2);
const args = new Set(argv);
const quiet = args.has('--quiet');
const asJson = args.has('--json');
const setAt = argv.indexOf('--set');
const set = setAt >= 0 ? argv[setAt + 1] : args.has('--heldout') ? 'tests/fixtures/heldout' : null;
if (setAt >= 0 && !set) throw new Error('--set needs a folder of reports and their annotations');
const REPORTS = set ?? 'data/reports';
const GOLD = set ?? 'tests/fixtures/gold';

/** Annotation files: JSON objects with a source and reports (not the catalogue or others). */
const gold: ScoredDoc[] = readdirSync(GOLD)
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => JSON.parse(readFileSync(join(GOLD, f), 'utf8')) as ScoredDoc)
	.filter((d) => d && typeof d.source === 'string' && Array.isArray(d.reports));

const started = performance.now();
let bytes = 0;
const predicted: ScoredDoc[] = [];
for (const f of readdirSync(REPORTS)
	.filter((n) => /\.(?:txt|html?)$/i.test(n))
	.sort()) {
	const buf = readFileSync(join(REPORTS, f));
	bytes += buf.length;
	try {
		const doc = extractDocument({ fileName: f, bytes: buf });
		predicted.push({ source: f, reports: doc.reports as unknown as ScoredDoc['reports'] });
	} catch (err) {
		console.error(`eval: ${f}: ${err instanceof Error ? err.message : String(err)}`);
		predicted.push({ source: f, reports: [] });
	}
}
const ms = performance.now() - started;
const result = score(gold, predicted);
// A second, warm pass: the first one pays for module compilation and the OpenCC tables.
const files = readdirSync(REPORTS).filter((n) => /\.(?:txt|html?)$/i.test(n));
const warmStart = performance.now();
for (const f of files) {
	try {
		extractDocument({ fileName: f, bytes: readFileSync(join(REPORTS, f)) });
	} catch {
		// already reported above
	}
}
const warmMs = performance.now() - warmStart;

const line = (label: string, s: Figures) =>
	`  ${label.padEnd(16)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

if (asJson) {
	console.log(
		JSON.stringify({ ...result.totals, ms: Math.round(ms), warmMs: Math.round(warmMs), bytes })
	);
} else {
	if (!quiet) {
		for (const [source, figs] of Object.entries(result.perSource)) {
			console.log(source);
			for (const m of result.misses.filter((x) => x.source === source))
				console.log(`    ${m.what.padEnd(6)} ${m.category} (${m.town}) ${brief(m.item)}`);
			for (const [k, f] of Object.entries(figs)) console.log(line(k, f));
		}
	}
	console.log('TOTAL');
	for (const [k, f] of Object.entries(result.totals)) console.log(line(k, f));
	const rate = (t: number) => (bytes / 1e6 / (t / 1000)).toFixed(1);
	console.log(
		`  extraction: ${(bytes / 1e6).toFixed(2)} MB; cold ${ms.toFixed(0)} ms (${rate(ms)} MB/s), warm ${warmMs.toFixed(0)} ms (${rate(warmMs)} MB/s)`
	);
}
