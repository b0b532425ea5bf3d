/**
 * npm run eval [-- --quiet | --json]
 * Extracts every file of data/reports and scores it against tests/fixtures/gold (see
 * src/lib/eval/score.ts). Prints P/R/F1 per category, per file and in total, then the misses and
 * extras. Always exits 0: it measures, it does not gate.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../src/lib/extract';
import { brief, score, type Figures, type ScoredDoc } from '../src/lib/eval/score';

const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet');
const asJson = args.has('--json');
const REPORTS = 'data/reports';
const GOLD = 'tests/fixtures/gold';

const gold: ScoredDoc[] = readdirSync(GOLD)
	.filter((f) => /^\d.*\.json$/.test(f))
	.sort()
	.map((f) => JSON.parse(readFileSync(join(GOLD, f), 'utf8')) as ScoredDoc);

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

const line = (label: string, s: Figures) =>
	`  ${label.padEnd(16)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

if (asJson) {
	console.log(JSON.stringify({ ...result.totals, ms: Math.round(ms), bytes }));
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
	console.log(
		`  extraction: ${(bytes / 1e6).toFixed(2)} MB in ${ms.toFixed(0)} ms (${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s)`
	);
}
