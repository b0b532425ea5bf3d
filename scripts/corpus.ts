/**
 * npm run corpus -- check [DIR]   verify texts against the manifest (sha256), list missing texts
 *                                 with the query that finds each, run the reserved-page check
 * npm run corpus -- merge [DIR]   fold DIR/parts/*.json (collectors' manifest parts) into
 *                                 DIR/manifest.json
 * npm run corpus -- stats [DIR]   pages per province, style, wave and year
 * DIR defaults to tests/fixtures/real. Exit 1 when a text changed or a page is reserved.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { coverage, readManifest, textState, type CorpusPage } from '../src/lib/eval/corpus';

const [command = 'check', dir = 'tests/fixtures/real'] = process.argv
	.slice(2)
	.filter((a) => a !== '--');
const manifestFile = join(dir, 'manifest.json');
const texts = join(dir, 'texts');
const load = (): CorpusPage[] =>
	existsSync(manifestFile) ? readManifest(readFileSync(manifestFile, 'utf8'), manifestFile) : [];
const sha = (file: string) =>
	existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : null;

if (command === 'merge') {
	const byId = new Map(load().map((p) => [p.id, p]));
	const partsDir = join(dir, 'parts');
	const parts = existsSync(partsDir)
		? readdirSync(partsDir).filter((f) => f.endsWith('.json'))
		: [];
	for (const f of parts) {
		const file = join(partsDir, f);
		for (const p of readManifest(readFileSync(file, 'utf8'), file)) byId.set(p.id, p);
	}
	const pages = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
	readManifest(JSON.stringify(pages), manifestFile); // ids unique across parts
	writeFileSync(manifestFile, JSON.stringify({ pages }, null, '\t') + '\n');
	for (const f of parts) rmSync(join(partsDir, f));
	console.log(`${manifestFile}: ${pages.length} pages (${parts.length} parts merged)`);
} else if (command === 'stats') {
	console.log(JSON.stringify(coverage(load()), null, 2));
} else if (command === 'check') {
	const pages = load();
	let bad = 0;
	const missing: CorpusPage[] = [];
	for (const p of pages) {
		const state = textState(p, sha(join(texts, `${p.id}.txt`)));
		if (state === 'missing') missing.push(p);
		else if (state === 'changed') {
			bad++;
			console.log(`changed\t${p.id}\ttext differs from the annotated one (sha256)`);
		}
		if (!existsSync(join(dir, `${p.id}.json`))) {
			bad++;
			console.log(`unannotated\t${p.id}\tno ${p.id}.json`);
		}
	}
	for (const p of missing)
		console.log(`missing\t${p.id}\tsearch pages «${p.query}» rank ${p.rank}: ${p.address}`);
	const present = pages.filter((p) => !missing.includes(p)).map((p) => join(texts, `${p.id}.txt`));
	// The shared reserved-page check, where the workplace provides it.
	const reserved = join('..', 'shared', 'corpus', 'reserved.mjs');
	if (present.length && existsSync(reserved)) {
		const r = spawnSync(process.execPath, [reserved, ...present], { encoding: 'utf8' });
		const hits = r.stdout.split('\n').filter((l) => l.startsWith('reserved'));
		for (const h of hits) console.log(h);
		bad += hits.length;
	}
	console.log(
		`${pages.length} pages: ${pages.length - missing.length} texts present, ${missing.length} missing, ${bad} problems`
	);
	process.exitCode = bad ? 1 : 0;
} else {
	console.error('usage: npm run corpus -- check|merge|stats [DIR]');
	process.exitCode = 2;
}
