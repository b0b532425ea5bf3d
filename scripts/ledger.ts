/**
 * npm run ledger -- build     extract the real ledger fixtures' pages (tests/fixtures/ledger) into
 *                             data/ledger/ledger.json (facts and ≤40-character quotes only), list
 *                             pages whose text is missing, and report the review's corrections
 * npm run ledger -- review    the review's share of items corrected, by field (no rebuild)
 * Exit 1 when a text differs from its manifest sha256 or a review entry no longer resolves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readLedger } from '../src/lib/ledger/dataset';
import { reviewProblems, reviewShares, type ReviewShares } from '../src/lib/ledger/review';
import {
	buildLedger,
	LEDGER_FILE,
	REVIEW_FILE,
	readReviewFile
} from '../src/lib/server/ledger-build';

const [command = 'build'] = process.argv.slice(2).filter((a) => a !== '--');
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function printShares(s: ReviewShares): void {
	console.log(`review: ${s.items} extracted items on the reviewed pages (${s.reports} reports)`);
	for (const [f, v] of Object.entries(s.fields)) console.log(`  ${f}\t${v.n}\t${pct(v.share)}`);
	console.log(`  (dropped)\t${s.wrong.n}\t${pct(s.wrong.share)}`);
	console.log(`  (added)\t${s.added.n}\t${pct(s.added.share)} of the extracted count`);
	console.log(`  any change\t${s.touched.n}\t${pct(s.touched.share)}`);
	for (const [f, n] of Object.entries(s.reportFields)) console.log(`  report ${f}\t${n}`);
}

if (command === 'build') {
	const t0 = performance.now();
	const s = buildLedger();
	const d = s.dataset;
	const reports = d.pages.reduce((n, p) => n + p.reports.length, 0);
	const targets = d.pages.reduce(
		(n, p) => n + p.reports.reduce((m, r) => m + r.targets.length, 0),
		0
	);
	const results = d.pages.reduce(
		(n, p) => n + p.reports.reduce((m, r) => m + r.results.length, 0),
		0
	);
	for (const id of s.changed)
		console.log(`changed\t${id}\ttext differs from the manifest (sha256)`);
	for (const f of s.failed) console.log(`failed\t${f.id}\t${f.error}`);
	for (const m of s.missing)
		console.log(`missing\t${m.id}\tsearch pages «${m.query}» rank ${m.rank}: ${m.address}`);
	for (const q of s.quoteMismatches) console.log(`review\tadded quote not at its offsets: ${q}`);
	for (const p of s.problems) console.log(`review\t${p.page}\t${p.entry}: ${p.problem}`);
	if (s.reviewCreated) console.log(`${REVIEW_FILE}: created (empty)`);
	console.log(
		`${LEDGER_FILE}: ${d.pages.length} pages (${s.built} extracted now, ${s.missing.length} missing), ` +
			`${reports} reports, ${targets} targets, ${results} results, extractor ${d.extractorVersion}, ` +
			`${Math.round(performance.now() - t0)} ms`
	);
	printShares(s.shares);
	process.exitCode = s.changed.length || s.problems.length || s.quoteMismatches.length ? 1 : 0;
} else if (command === 'review') {
	if (!existsSync(LEDGER_FILE)) {
		console.error(`${LEDGER_FILE} missing: npm run ledger -- build`);
		process.exit(1);
	}
	const d = readLedger(readFileSync(LEDGER_FILE, 'utf8'), LEDGER_FILE);
	const review = readReviewFile(REVIEW_FILE);
	for (const p of reviewProblems(d, review))
		console.log(`review\t${p.page}\t${p.entry}: ${p.problem}`);
	printShares(reviewShares(d, review));
} else {
	console.error('usage: npm run ledger -- build|review');
	process.exitCode = 2;
}
