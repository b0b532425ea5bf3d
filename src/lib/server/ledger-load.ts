/**
 * Loads the bundled real ledger (data/ledger/ledger.json with data/ledger/review.json) into the
 * database: one transaction per page, then the towns are judged again. Idempotent: nothing is
 * done while the two files' sha256 and the dataset's extractor version are those last loaded,
 * and a page whose facts and review entries are unchanged is skipped.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { EXTRACTOR_VERSION } from '../extract';
import { readLedger } from '../ledger/dataset';
import { emptyReview, readReview } from '../ledger/review';
import type { Db } from './db/index';
import { acquireLoadLock, releaseLoadLock } from './db/documents';
import {
	deleteFactsDocuments,
	factsPath,
	getMeta,
	listFactsDocuments,
	pageReview,
	setMeta,
	storeFactsPage
} from './db/facts';
import { recomputeStale } from './db/ledger';
import { LEDGER_FILE, REVIEW_FILE } from './ledger-build';

export interface LedgerLoadOptions {
	file?: string;
	review?: string;
	now?: () => string;
}

export interface LedgerLoadSummary {
	/** False when there is no dataset file. */
	present: boolean;
	/** True when both files are as last loaded (nothing read further). */
	unchanged: boolean;
	pages: number;
	loaded: number;
	skipped: number;
	removed: number;
	reports: number;
	targets: number;
	results: number;
	/** Review entries applied as corrections on the pages loaded now. */
	corrections: number;
	problems: string[];
	/** Pages that could not be stored (each rolled back alone; retried on the next start). */
	failures: { page: string; error: string }[];
	assessments: number;
	extractorVersion: string | null;
	/** Set when the dataset was built by another extractor version than the running one. */
	outdated: boolean;
}

const META_KEY = 'real_ledger';
const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

export function loadLedger(db: Db, options: LedgerLoadOptions = {}): LedgerLoadSummary {
	const file = options.file ?? LEDGER_FILE;
	const reviewFile = options.review ?? REVIEW_FILE;
	const now = options.now ?? (() => new Date().toISOString());
	const summary: LedgerLoadSummary = {
		present: existsSync(file),
		unchanged: false,
		pages: 0,
		loaded: 0,
		skipped: 0,
		removed: 0,
		reports: 0,
		targets: 0,
		results: 0,
		corrections: 0,
		problems: [],
		failures: [],
		assessments: 0,
		extractorVersion: null,
		outdated: false
	};
	if (!summary.present) return summary;
	const bytes = readFileSync(file);
	const reviewBytes = existsSync(reviewFile) ? readFileSync(reviewFile) : null;
	const data = readLedger(bytes.toString('utf8'), file);
	const review = reviewBytes ? readReview(reviewBytes.toString('utf8'), reviewFile) : emptyReview();
	summary.pages = data.pages.length;
	summary.extractorVersion = data.extractorVersion;
	summary.outdated = data.extractorVersion !== EXTRACTOR_VERSION;
	const key = [sha256(bytes), reviewBytes ? sha256(reviewBytes) : '-', data.extractorVersion].join(
		'|'
	);
	if (getMeta(db, META_KEY) === key) {
		summary.unchanged = true;
		summary.skipped = data.pages.length;
		return summary;
	}
	acquireLoadLock(db, process.pid, hostname(), now());
	try {
		const stored = new Map(listFactsDocuments(db).map((d) => [d.path, d]));
		for (const page of data.pages) {
			const path = factsPath(file, page.id);
			const entries = pageReview(review, page.id);
			const factsSha256 = sha256(
				JSON.stringify({
					page,
					review: entries,
					reviewer: review.reviewer,
					reviewedAt: review.reviewedAt
				})
			);
			const before = stored.get(path);
			if (
				before?.factsSha256 === factsSha256 &&
				before.extractorVersion === data.extractorVersion
			) {
				summary.skipped++;
				continue;
			}
			let s;
			try {
				s = db
					.transaction(() =>
						storeFactsPage(
							db,
							page,
							review,
							{ datasetPath: file, factsSha256, extractorVersion: data.extractorVersion },
							now()
						)
					)
					.immediate();
			} catch (err) {
				summary.failures.push({
					page: page.id,
					error: err instanceof Error ? err.message : String(err)
				});
				continue;
			}
			summary.loaded++;
			summary.reports += s.reports;
			summary.targets += s.targets;
			summary.results += s.results;
			summary.corrections += s.corrections;
			summary.problems.push(...s.problems);
		}
		summary.removed = db
			.transaction(() =>
				deleteFactsDocuments(
					db,
					data.pages.map((p) => factsPath(file, p.id))
				)
			)
			.immediate();
		summary.assessments = recomputeStale(db, now());
		// A page that failed is tried again next time: the files are not marked as loaded.
		if (!summary.failures.length) setMeta(db, META_KEY, key);
		return summary;
	} finally {
		releaseLoadLock(db, process.pid);
	}
}
