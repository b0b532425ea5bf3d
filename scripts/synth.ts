/**
 * npm run synth -- --towns N --years Y [--out DIR] [--seed S] [--filler F] [--midyear SHARE] [--truth]
 * Writes a synthetic corpus of fictional towns' reports (annual and mid-year), one .txt per
 * report, every file marked synthetic on its first line. Deterministic for a seed. With
 * --truth, DIR/truth/<file>.json holds what a perfect extractor finds (the gold file shape).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus, type CorpusOptions } from '../src/lib/synth/corpus';

interface Args extends CorpusOptions {
	out: string;
	truth: boolean;
}

function parseArgs(argv: string[]): Args {
	const a: Args = {
		towns: 10,
		years: 5,
		seed: 1,
		filler: 4,
		out: 'data/synth/corpus',
		truth: false
	};
	for (let i = 0; i < argv.length; i++) {
		const k = argv[i];
		const v = () => {
			const x = argv[++i];
			if (x === undefined) throw new Error(`${k} needs a value`);
			return x;
		};
		const num = () => {
			const n = Number(v());
			if (!Number.isFinite(n) || n < 0) throw new Error(`${k} must be a non-negative number`);
			return n;
		};
		if (k === '--towns') a.towns = num();
		else if (k === '--years') a.years = num();
		else if (k === '--seed') a.seed = num();
		else if (k === '--filler') a.filler = num();
		else if (k === '--midyear') a.midyearShare = num();
		else if (k === '--start-year') a.startYear = num();
		else if (k === '--out') a.out = v();
		else if (k === '--truth') a.truth = true;
		else if (k === '-h' || k === '--help') {
			console.log(
				'usage: npm run synth -- --towns N --years Y [--out DIR] [--seed S] [--filler F] [--midyear SHARE] [--truth]'
			);
			process.exit(0);
		} else throw new Error(`unknown argument ${k}`);
	}
	return a;
}

const args = parseArgs(process.argv.slice(2));
mkdirSync(args.out, { recursive: true });
if (args.truth) mkdirSync(join(args.out, 'truth'), { recursive: true });
let files = 0;
let bytes = 0;
for (const doc of generateCorpus(args)) {
	writeFileSync(join(args.out, doc.fileName), doc.text);
	if (args.truth) {
		const gold = { source: doc.fileName, synthetic: true, reports: [doc.report] };
		writeFileSync(
			join(args.out, 'truth', doc.fileName.replace(/\.txt$/, '.json')),
			JSON.stringify(gold, null, 1)
		);
	}
	files++;
	bytes += Buffer.byteLength(doc.text);
}
console.log(`${files} synthetic reports (${(bytes / 1e6).toFixed(1)} MB) written to ${args.out}`);
