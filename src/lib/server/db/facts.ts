/**
 * The store's side of the bundled real ledger (data/ledger/ledger.json): one document row per
 * page, known only by its facts (facts_only = 1, no text; source_url the page's address), its
 * reports and items stored like any extraction, and the second reader's review applied on top
 * as editors' corrections under the reviewer's name (src/lib/server/db/corrections.ts), so they
 * are kept apart, listed in /edit/log and re-applied like any other. Callers choose the
 * transaction (one per page).
 */
import type { Db } from './index';
import { toReport, type LedgerPage } from '../../ledger/dataset';
import {
	findReviewItem,
	findReviewReport,
	type Review,
	type ReviewItemRef,
	type ReviewReportRef,
	type Scalar
} from '../../ledger/review';
import {
	addCorrection,
	applyCorrections,
	CorrectionError,
	getItem,
	type Editor
} from './corrections';
import { upsertDocument } from './documents';
import { deleteDocumentReports, insertReport } from './reports';
import { deleteOrphanTowns, findOrCreateTown, markTownsStale } from './towns';

export interface FactsDocument {
	id: number;
	pageId: string;
	path: string;
	factsSha256: string | null;
	extractorVersion: string | null;
}

/** The documents path of a ledger page: the dataset file and the page id. */
export function factsPath(datasetPath: string, pageId: string): string {
	return `${datasetPath}#${pageId}`;
}

export function listFactsDocuments(db: Db): FactsDocument[] {
	return db
		.prepare(
			`SELECT id, page_id AS pageId, path, facts_sha256 AS factsSha256,
			   extractor_version AS extractorVersion
			 FROM documents WHERE facts_only = 1 ORDER BY path`
		)
		.all() as FactsDocument[];
}

export interface StoredPage {
	documentId: number;
	reports: number;
	targets: number;
	results: number;
	/** Review entries applied as corrections. */
	corrections: number;
	/** Review entries that did not apply (item gone, value changed), with why. */
	problems: string[];
}

/** The review's entries about one page. */
export function pageReview(review: Review, pageId: string) {
	return {
		corrections: review.corrections.filter((c) => c.page === pageId),
		wrong: review.wrong.filter((c) => c.page === pageId),
		added: review.added.filter((c) => c.page === pageId)
	};
}

/**
 * Replaces what is stored for one ledger page by its facts, records its review entries as the
 * reviewer's corrections (replacing the reviewer's earlier ones) and re-applies editors' own
 * corrections after them. Marks the towns involved for recomputation.
 */
export function storeFactsPage(
	db: Db,
	page: LedgerPage,
	review: Review,
	meta: { datasetPath: string; factsSha256: string; extractorVersion: string },
	loadedAt: string
): StoredPage {
	const documentId = upsertDocument(
		db,
		{
			fileName: page.id,
			path: factsPath(meta.datasetPath, page.id),
			bytes: page.length,
			sha256: page.sha256,
			encoding: 'utf-8',
			text: '',
			extractorVersion: meta.extractorVersion,
			sourceUrl: page.source
		},
		loadedAt
	);
	db.prepare(`UPDATE documents SET facts_only = 1, page_id = ?, facts_sha256 = ? WHERE id = ?`).run(
		page.id,
		meta.factsSha256,
		documentId
	);
	const touched = new Set(deleteDocumentReports(db, documentId));
	const stored: StoredPage = {
		documentId,
		reports: 0,
		targets: 0,
		results: 0,
		corrections: 0,
		problems: []
	};
	page.reports.forEach((r, ordinal) => {
		const townId = findOrCreateTown(db, {
			name: r.town,
			county: r.county,
			city: r.city,
			province: r.province,
			synthetic: false
		});
		touched.add(townId);
		const s = insertReport(db, documentId, ordinal, townId, toReport(r));
		stored.reports++;
		stored.targets += s.targets;
		stored.results += s.results;
	});
	markTownsStale(db, touched);

	db.prepare(`DELETE FROM corrections WHERE document_id = ? AND user_name = ?`).run(
		documentId,
		review.reviewer
	);
	const reviewer: Editor = { id: null, name: review.reviewer };
	const when = `${review.reviewedAt}T00:00:00.000Z`;
	const entries = pageReview(review, page.id);
	const reportId = (ref: ReviewReportRef): number | null => {
		const ordinal = findReviewReport(page, ref);
		if (ordinal === null) return null;
		const row = db
			.prepare(`SELECT id FROM reports WHERE document_id = ? AND ordinal = ?`)
			.get(documentId, ordinal) as { id: number } | undefined;
		return row?.id ?? null;
	};
	const itemId = (ref: ReviewReportRef, item: ReviewItemRef): number | null => {
		const rid = reportId(ref);
		if (rid === null || item.kind === 'report') return rid;
		const index = findReviewItem(page.reports[findReviewReport(page, ref)!], item);
		if (index === null) return null;
		const row = db
			.prepare(
				`SELECT id FROM ${item.kind === 'target' ? 'targets' : 'results'} WHERE report_id = ? AND ordinal = ?`
			)
			.get(rid, index) as { id: number } | undefined;
		return row?.id ?? null;
	};
	const attempt = (label: string, run: () => void) => {
		try {
			run();
			stored.corrections++;
		} catch (err) {
			if (!(err instanceof CorrectionError)) throw err;
			stored.problems.push(`${page.id} ${label}: ${err.message}`);
		}
	};
	const same = (a: unknown, b: Scalar) => a === b || (a == null && b == null);
	for (const c of entries.corrections) {
		const label = `${c.item.kind} «${c.item.quote ?? c.item.index ?? ''}» ${c.field}`;
		const id = itemId(c.report, c.item);
		if (id === null) {
			stored.problems.push(`${page.id} ${label}: not found`);
			continue;
		}
		const current = getItem(db, c.item.kind, id)?.[c.field];
		if (!same(current, c.old)) {
			stored.problems.push(
				`${page.id} ${label}: is ${String(current)}, review read ${String(c.old)}`
			);
			continue;
		}
		attempt(label, () =>
			addCorrection(
				db,
				{ kind: c.item.kind, action: 'set', id, field: c.field, value: c.new, reason: c.reason },
				reviewer,
				when
			)
		);
	}
	for (const w of entries.wrong) {
		const label = `${w.item.kind} «${w.item.quote ?? w.item.index ?? ''}» wrong`;
		const id = itemId(w.report, w.item);
		if (id === null) {
			stored.problems.push(`${page.id} ${label}: not found`);
			continue;
		}
		attempt(label, () =>
			addCorrection(
				db,
				{ kind: w.item.kind, action: 'delete', id, reason: w.reason },
				reviewer,
				when
			)
		);
	}
	for (const a of entries.added) {
		const label = `add «${a.quote}»`;
		const id = reportId(a.report);
		if (id === null) {
			stored.problems.push(`${page.id} ${label}: report not found`);
			continue;
		}
		attempt(label, () =>
			addCorrection(
				db,
				{
					kind: a.kind,
					action: 'add',
					id,
					value: { ...a.fields, quote: a.quote },
					anchor: { start: a.start, end: a.end },
					reason: a.reason
				},
				reviewer,
				when
			)
		);
	}
	// Editors' own corrections of these reports survive the reload, on top of the review.
	const more = applyCorrections(db, documentId, { exceptUser: review.reviewer });
	deleteOrphanTowns(db);
	markTownsStale(
		db,
		more.filter((t) => db.prepare(`SELECT 1 FROM towns WHERE id = ?`).get(t))
	);
	return stored;
}

/** Removes ledger pages the dataset no longer holds; returns how many. */
export function deleteFactsDocuments(db: Db, keepPaths: string[]): number {
	const keep = new Set(keepPaths);
	let removed = 0;
	for (const d of listFactsDocuments(db)) {
		if (keep.has(d.path)) continue;
		markTownsStale(db, deleteDocumentReports(db, d.id));
		db.prepare(`DELETE FROM documents WHERE id = ?`).run(d.id);
		removed++;
	}
	deleteOrphanTowns(db);
	return removed;
}

export function getMeta(db: Db, key: string): string | null {
	const r = db.prepare(`SELECT value FROM ledger_meta WHERE key = ?`).get(key) as
		{ value: string } | undefined;
	return r?.value ?? null;
}

export function setMeta(db: Db, key: string, value: string): void {
	db.prepare(
		`INSERT INTO ledger_meta (key, value) VALUES (?, ?)
		 ON CONFLICT(key) DO UPDATE SET value = excluded.value`
	).run(key, value);
}
