/**
 * `npm run ledger -- build`: runs the project's extractor over the real ledger fixtures' page
 * texts (tests/fixtures/ledger/texts, git-ignored) and writes the facts — never the texts — to
 * data/ledger/ledger.json. Each text is checked against the manifest's sha256 first; a page
 * whose text is missing is listed with the query that finds it (and keeps its facts from the
 * previous build while its sha256 is unchanged). review.json is never overwritten.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extractDocument, EXTRACTOR_VERSION } from '../extract';
import {
	assembleLedger,
	ledgerJson,
	ledgerPage,
	readLedger,
	type LedgerDataset,
	type LedgerManifestPage,
	type LedgerPage
} from '../ledger/dataset';
import {
	emptyReview,
	readReview,
	reviewProblems,
	reviewShares,
	type Review,
	type ReviewProblem,
	type ReviewShares
} from '../ledger/review';

export const LEDGER_FIXTURES = 'tests/fixtures/ledger';
export const LEDGER_FILE = 'data/ledger/ledger.json';
export const REVIEW_FILE = 'data/ledger/review.json';

export interface BuildOptions {
	fixtures?: string;
	out?: string;
	review?: string;
	extract?: typeof extractDocument;
	extractorVersion?: string;
}

export interface BuildSummary {
	dataset: LedgerDataset;
	built: number;
	/** Texts whose sha256 differs from the manifest's (not built; kept from before if possible). */
	changed: string[];
	missing: LedgerDataset['missing'];
	failed: { id: string; error: string }[];
	/** Added review items whose quote is not at its offsets in the page text. */
	quoteMismatches: string[];
	problems: ReviewProblem[];
	shares: ReviewShares;
	reviewCreated: boolean;
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

export function readLedgerManifest(file: string): LedgerManifestPage[] {
	const data = JSON.parse(readFileSync(file, 'utf8')) as
		{ pages?: LedgerManifestPage[] } | LedgerManifestPage[];
	const list = Array.isArray(data) ? data : data.pages;
	if (!Array.isArray(list)) throw new Error(`${file}: expected {pages: [...]}`);
	const seen = new Set<string>();
	for (const p of list) {
		if (typeof p.id !== 'string' || !/^[A-Za-z0-9][\w-]*$/.test(p.id) || seen.has(p.id))
			throw new Error(`${file}: page id ${String(p.id)} malformed or repeated`);
		if (typeof p.address !== 'string' || !/^[0-9a-f]{64}$/.test(p.sha256 ?? ''))
			throw new Error(`${file}: page ${p.id}: address and sha256 required`);
		seen.add(p.id);
	}
	return list;
}

export function readReviewFile(file: string): Review {
	return existsSync(file) ? readReview(readFileSync(file, 'utf8'), file) : emptyReview();
}

export function buildLedger(options: BuildOptions = {}): BuildSummary {
	const fixtures = options.fixtures ?? LEDGER_FIXTURES;
	const out = options.out ?? LEDGER_FILE;
	const reviewFile = options.review ?? REVIEW_FILE;
	const extract = options.extract ?? extractDocument;
	const manifest = readLedgerManifest(join(fixtures, 'manifest.json'));
	const previous = existsSync(out) ? readLedger(readFileSync(out, 'utf8'), out) : null;
	const built = new Map<string, LedgerPage>();
	const texts = new Map<string, string>();
	const changed: string[] = [];
	const failed: { id: string; error: string }[] = [];
	for (const m of manifest) {
		const file = join(fixtures, 'texts', `${m.id}.txt`);
		if (!existsSync(file)) continue;
		const bytes = readFileSync(file);
		if (sha256(bytes) !== m.sha256) {
			changed.push(m.id);
			continue;
		}
		try {
			const x = extract({ fileName: `${m.id}.txt`, bytes });
			texts.set(m.id, x.text);
			built.set(m.id, ledgerPage(m, x.text, x.reports));
		} catch (err) {
			failed.push({ id: m.id, error: err instanceof Error ? err.message : String(err) });
		}
	}
	const dataset = assembleLedger(
		manifest,
		built,
		previous,
		// with nothing rebuilt the dataset is the last build's; otherwise the pages kept from it
		// (texts missing here) carry the version that read them
		options.extractorVersion ??
			(built.size === 0 && previous ? previous.extractorVersion : EXTRACTOR_VERSION)
	);
	// A changed text is not a missing one, but its page is not rebuilt either.
	for (const id of changed)
		if (!dataset.missing.some((x) => x.id === id)) {
			const m = manifest.find((p) => p.id === id)!;
			dataset.missing.push({ id, address: m.address, query: m.query, rank: m.rank });
		}
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, ledgerJson(dataset));

	let reviewCreated = false;
	if (!existsSync(reviewFile)) {
		writeFileSync(
			reviewFile,
			JSON.stringify({ ...emptyReview(), extractorVersion: dataset.extractorVersion }, null, '\t') +
				'\n'
		);
		reviewCreated = true;
	}
	const review = readReviewFile(reviewFile);
	const quoteMismatches = review.added
		.filter((a) => texts.has(a.page) && texts.get(a.page)!.slice(a.start, a.end) !== a.quote)
		.map((a) => `${a.page} «${a.quote}» at ${a.start}–${a.end}`);
	return {
		dataset,
		built: built.size,
		changed,
		missing: dataset.missing,
		failed,
		quoteMismatches,
		problems: reviewProblems(dataset, review),
		shares: reviewShares(dataset, review),
		reviewCreated
	};
}
