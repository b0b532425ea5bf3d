/**
 * The ledger's write paths: storing one document's extraction, and recomputing a town's
 * assessments with the pure linking module. Callers choose the transaction boundaries.
 */
import type { Db } from './index';
import type { Report } from '../../types';
import { linkTown, LINKER_VERSION, MANUAL, type TownReport } from '../../linking/index';
import { applyCorrections } from './corrections';
import { manualOutcomes } from './manual';
import {
	deleteDocumentReports,
	insertReport,
	insertTarget,
	readResults,
	readTargets
} from './reports';
import { upsertDocument, type NewDocument } from './documents';
import { listIndicators } from './indicators';
import {
	deleteOrphanTowns,
	findOrCreateTown,
	markAllTownsStale,
	markTownsStale,
	staleTownIds
} from './towns';
import { refreshTownSummary } from './summary';

export interface StoredCounts {
	documentId: number;
	reports: number;
	targets: number;
	results: number;
	towns: number[];
}

/**
 * Replaces everything stored for the document (its reports and their items) by a new
 * extraction, and marks the towns involved for recomputation. Run inside one transaction.
 */
export function storeExtraction(
	db: Db,
	doc: NewDocument,
	reports: Report[],
	synthetic: boolean,
	loadedAt: string
): StoredCounts {
	const documentId = upsertDocument(db, doc, loadedAt);
	const touched = new Set(deleteDocumentReports(db, documentId));
	const counts: StoredCounts = { documentId, reports: 0, targets: 0, results: 0, towns: [] };
	reports.forEach((report, ordinal) => {
		const townId = findOrCreateTown(db, {
			name: report.town,
			county: report.county,
			city: report.city,
			province: report.province,
			synthetic: synthetic || /合成/.test(report.province ?? '')
		});
		touched.add(townId);
		const stored = insertReport(db, documentId, ordinal, townId, report);
		counts.reports++;
		counts.targets += stored.targets;
		counts.results += stored.results;
	});
	// Editors' corrections survive the reload: re-applied to the fresh rows.
	for (const t of applyCorrections(db, documentId)) touched.add(t);
	deleteOrphanTowns(db);
	const live = [...touched].filter((id) => db.prepare(`SELECT 1 FROM towns WHERE id = ?`).get(id));
	markTownsStale(db, live);
	counts.towns = live;
	return counts;
}

function townReports(db: Db, townId: number) {
	// Ordered by document path, not row id: ties between equal reports then break the same way
	// whatever order the documents were (re)loaded in, so a rerun equals a clean load.
	const reps = db
		.prepare(
			`SELECT id, kind, report_year AS reportYear, review_year AS reviewYear, delivered
			 FROM reports WHERE town_id = ?
			 ORDER BY (SELECT path FROM documents d WHERE d.id = reports.document_id), ordinal`
		)
		.all(townId) as Omit<TownReport, 'targets' | 'results'>[];
	return reps.map((r) => ({
		...r,
		id: Number(r.id),
		targets: readTargets(db, Number(r.id)).filter((t) => !t.implied),
		results: readResults(db, Number(r.id))
	}));
}

/** Recomputes the assessments of the given towns; returns how many were written. */
export function recomputeTowns(db: Db, townIds: number[], computedAt: string): number {
	const indicators = listIndicators(db);
	const insert = db.prepare(
		`INSERT INTO assessments (target_id, town_id, basis, status, margin, margin_unit, confidence,
		   expected_share, result_id, outcome_value, outcome_unit, flags, note, is_primary, evidence, computed_at,
		   manual_result_id, rule, figures)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	let written = 0;
	for (const townId of townIds) {
		db.prepare(`DELETE FROM assessments WHERE town_id = ?`).run(townId);
		db.prepare(
			`DELETE FROM targets WHERE implied = 1 AND report_id IN (SELECT id FROM reports WHERE town_id = ?)`
		).run(townId);
		const reports = townReports(db, townId);
		const byId = new Map(reports.map((r) => [r.id, r]));
		const manual = manualOutcomes(db, townId);
		const ledger = linkTown(reports, { indicators, manual: manual.items });
		type Ref = { reportId: number | string; index: number };
		// Manual outcomes live in their own table: their refs resolve to manual_results ids.
		const isManual = (ref: Ref) => ref.reportId === MANUAL;
		const resultId = (ref: Ref) => byId.get(Number(ref.reportId))!.results[ref.index].id;
		const impliedIds = ledger.impliedTargets.map((imp) =>
			insertTarget(db, Number(imp.reportId), -(imp.resultIndex + 1), imp.target, {
				sourceResultId: resultId({ reportId: imp.reportId, index: imp.resultIndex })
			})
		);
		const seen = new Set<string>();
		for (const a of ledger.assessments) {
			const targetId = a.target.implied
				? impliedIds[a.target.index]
				: byId.get(Number(a.target.reportId))!.targets[a.target.index].id;
			const basis = a.basis ?? 'none';
			if (seen.has(`${targetId}|${basis}`)) continue;
			seen.add(`${targetId}|${basis}`);
			insert.run(
				targetId,
				townId,
				basis,
				a.status,
				a.margin,
				a.marginUnit,
				a.confidence,
				a.expectedShare ?? null,
				a.result && !isManual(a.result) ? resultId(a.result) : null,
				a.outcomeValue,
				a.outcomeUnit,
				JSON.stringify(a.flags),
				a.note ?? null,
				a.primary ? 1 : 0,
				JSON.stringify(
					a.evidence.map((e) =>
						isManual(e)
							? { role: e.role, manualResultId: manual.ids[e.index] }
							: { role: e.role, resultId: resultId(e) }
					)
				),
				computedAt,
				a.result && isManual(a.result) ? manual.ids[a.result.index] : null,
				a.rule,
				JSON.stringify(a.figures)
			);
			written++;
		}
		db.prepare(`UPDATE towns SET stale = 0 WHERE id = ?`).run(townId);
	}
	refreshTownSummary(db, townIds);
	return written;
}

/**
 * Recomputes every town whose assessments are out of date: towns whose reports changed (also
 * in an earlier, interrupted run), or all towns when the rules or the catalogue changed.
 */
export function recomputeStale(db: Db, computedAt: string, catalogueChanged = false): number {
	return db
		.transaction(() => {
			const meta = db
				.prepare(`SELECT value FROM ledger_meta WHERE key = 'linker_version'`)
				.get() as { value: string } | undefined;
			if (catalogueChanged || meta?.value !== LINKER_VERSION) markAllTownsStale(db);
			const written = recomputeTowns(db, staleTownIds(db), computedAt);
			db.prepare(
				`INSERT INTO ledger_meta (key, value) VALUES ('linker_version', ?)
			 ON CONFLICT(key) DO UPDATE SET value = excluded.value`
			).run(LINKER_VERSION);
			return written;
		})
		.immediate();
}
