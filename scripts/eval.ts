/**
 * npm run eval [-- --quiet | --json | --heldout | --set DIR [--wave W] [--pages]]
 * Extracts every file of data/reports and scores it against tests/fixtures/gold (see
 * src/lib/eval/score.ts). Prints P/R/F1 per category, per file and in total, then the misses and
 * extras. --heldout scores the synthetic held-out set in tests/fixtures/heldout instead (reports
 * and annotations side by side); --set DIR any folder laid out the same way (heldout2, heldout3),
 * or a real corpus (tests/fixtures/real): annotations in DIR, texts in DIR/texts, and a
 * manifest.json whose style tags give a figure per style. --wave W scores only the manifest's
 * pages of that wave. Always exits 0: it measures, it does not gate.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contractReport, extractDocument } from '../src/lib/extract';
import { readManifest, type CorpusPage } from '../src/lib/eval/corpus';
import { brief, score, type Counts, type Figures, type ScoredDoc } from '../src/lib/eval/score';

// A reader that stops early (| head) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
	if (err.code === 'EPIPE') process.exit(0);
	throw err;
});

const argv = process.argv.slice(2);
const args = new Set(argv);
const quiet = args.has('--quiet');
const asJson = args.has('--json');
const valueOf = (flag: string) => {
	const at = argv.indexOf(flag);
	if (at < 0) return null;
	const v = argv[at + 1];
	if (!v || v.startsWith('--')) throw new Error(`${flag} needs a value`);
	return v;
};
const set = valueOf('--set') ?? (args.has('--heldout') ? 'tests/fixtures/heldout' : null);
const wave = valueOf('--wave');
const GOLD = set ?? 'tests/fixtures/gold';
const REPORTS = set ? (existsSync(join(set, 'texts')) ? join(set, 'texts') : set) : 'data/reports';
const manifestPath = set ? join(set, 'manifest.json') : null;
const pages: CorpusPage[] =
	manifestPath && existsSync(manifestPath)
		? readManifest(readFileSync(manifestPath, 'utf8'), manifestPath)
		: [];
const pageOf = new Map(pages.map((p) => [`${p.id}.txt`, p]));
const inWave = (source: string) => !wave || pageOf.get(source)?.wave === wave;

/** Annotation files: JSON objects with a source and reports (not the catalogue or others). */
const gold: ScoredDoc[] = readdirSync(GOLD)
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => JSON.parse(readFileSync(join(GOLD, f), 'utf8')) as ScoredDoc)
	.filter((d) => d && typeof d.source === 'string' && Array.isArray(d.reports))
	.filter((d) => inWave(d.source));
const goldSources = new Set(gold.map((d) => d.source));
const files = readdirSync(REPORTS)
	.filter((n) => /\.(?:txt|html?)$/i.test(n))
	.filter((n) => !set || goldSources.has(n))
	.sort();
const missingTexts = [...goldSources].filter((s) => !files.includes(s));

const started = performance.now();
let bytes = 0;
const predicted: ScoredDoc[] = [];
for (const f of files) {
	const buf = readFileSync(join(REPORTS, f));
	bytes += buf.length;
	try {
		const doc = extractDocument({ fileName: f, bytes: buf });
		predicted.push({
			source: f,
			reports: doc.reports.map((r) =>
				contractReport(r, doc.original)
			) as unknown as ScoredDoc['reports']
		});
	} catch (err) {
		console.error(`eval: ${f}: ${err instanceof Error ? err.message : String(err)}`);
		predicted.push({ source: f, reports: [] });
	}
}
const ms = performance.now() - started;
// Pages whose text is absent are left out of the figures (and listed), not counted as missed.
const result = score(
	gold.filter((d) => files.includes(d.source)),
	predicted
);
// A second, warm pass: the first one pays for module compilation and the OpenCC tables.
const warmStart = performance.now();
for (const f of files) {
	try {
		extractDocument({ fileName: f, bytes: readFileSync(join(REPORTS, f)) });
	} catch {
		// already reported above
	}
}
const warmMs = performance.now() - warmStart;

/** Figures per style tag of the manifest: the sum of its pages' counts. */
function perStyle(): Map<string, Record<string, Counts>> {
	const out = new Map<string, Record<string, Counts>>();
	for (const [source, figs] of Object.entries(result.perSource)) {
		for (const style of pageOf.get(source)?.styles ?? []) {
			const bucket = out.get(style) ?? {};
			for (const [k, f] of Object.entries(figs)) {
				const t = (bucket[k] ??= { tp: 0, fp: 0, fn: 0 });
				t.tp += f.tp;
				t.fp += f.fp;
				t.fn += f.fn;
			}
			out.set(style, bucket);
		}
	}
	return out;
}

const f1 = (c: Counts | undefined) => {
	if (!c || c.tp + c.fp + c.fn === 0) return '–';
	const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
	const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
	return (p + r ? (2 * p * r) / (p + r) : 0).toFixed(2);
};
const line = (label: string, s: Figures) =>
	`  ${label.padEnd(16)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
const KEYS = ['report', 'metadata', 'targets.headline', 'targets.plan', 'results'];
const row = (label: string, figs: Record<string, Counts>) =>
	`  ${label.padEnd(14)} ${KEYS.map((k) => f1(figs[k]).padStart(6)).join(' ')}`;

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
	if (pages.length) {
		const head = `  ${''.padEnd(14)} ${['report', 'meta', 'head', 'plan', 'result'].map((k) => k.padStart(6)).join(' ')}`;
		console.log('PER PAGE (F1)');
		console.log(head);
		for (const [source, figs] of Object.entries(result.perSource))
			console.log(row(source.replace(/\.txt$/, ''), figs));
		console.log('PER STYLE (F1)');
		console.log(head);
		for (const [style, figs] of [...perStyle()].sort(([a], [b]) => a.localeCompare(b)))
			console.log(row(style, figs));
	}
	if (missingTexts.length)
		console.log(
			`${missingTexts.length} annotated pages have no text here (npm run corpus -- check): ${missingTexts.join(' ')}`
		);
	console.log(`TOTAL${wave ? ` (wave ${wave})` : ''} — ${files.length} documents`);
	for (const [k, f] of Object.entries(result.totals)) console.log(line(k, f));
	const rate = (t: number) => (bytes / 1e6 / (t / 1000)).toFixed(1);
	console.log(
		`  extraction: ${(bytes / 1e6).toFixed(2)} MB; cold ${ms.toFixed(0)} ms (${rate(ms)} MB/s), warm ${warmMs.toFixed(0)} ms (${rate(warmMs)} MB/s)`
	);
}
