/** Outcomes editors add from other sources (统计公报, news releases), with their citation. */
import type { Db } from './index';
import type { Period } from '../../types';
import { VINTAGES, type ManualOutcome, type Vintage } from '../../linking/index';
import { ensureIndicator } from './indicators';
import { markTownsStale } from './towns';
import { CorrectionError, type Editor } from './corrections';

export interface ManualResultRow {
	id: number;
	townId: number;
	town: string;
	townSlug: string;
	indicator: string | null;
	indicatorName: string | null;
	text: string;
	year: number;
	period: Period;
	scope: string | null;
	value: number | null;
	unit: string | null;
	growth: number | null;
	completion: number | null;
	vintage: Vintage;
	citationTitle: string;
	citationUrl: string | null;
	citationDate: string | null;
	note: string | null;
	userName: string;
	createdAt: string;
	withdrawnAt: string | null;
	withdrawnBy: string | null;
}

export interface NewManualResult {
	townId: number;
	indicator: string | null;
	text: string;
	year: number;
	period?: Period;
	scope?: string | null;
	value?: number | null;
	unit?: string | null;
	growth?: number | null;
	completion?: number | null;
	vintage: Vintage;
	citationTitle: string;
	citationUrl?: string | null;
	citationDate?: string | null;
	note?: string | null;
}

const SELECT = `SELECT m.id, m.town_id AS townId, w.name AS town, w.slug AS townSlug,
	m.indicator_id AS indicator, i.zh AS indicatorName, m.text, m.year, m.period, m.scope, m.value,
	m.unit, m.growth, m.completion, m.vintage, m.citation_title AS citationTitle,
	m.citation_url AS citationUrl, m.citation_date AS citationDate, m.note, m.user_name AS userName,
	m.created_at AS createdAt, m.withdrawn_at AS withdrawnAt, m.withdrawn_by AS withdrawnBy
	FROM manual_results m JOIN towns w ON w.id = m.town_id LEFT JOIN indicators i ON i.id = m.indicator_id`;

/** Checks and stores a manual outcome; marks its town stale. Throws CorrectionError. */
export function addManualResult(
	db: Db,
	input: NewManualResult,
	editor: Editor,
	now: string
): number {
	if (!db.prepare(`SELECT 1 FROM towns WHERE id = ?`).get(input.townId))
		throw new CorrectionError(`no town ${input.townId}`);
	if (!input.text.trim()) throw new CorrectionError('name the quantity (text)');
	if (!Number.isInteger(input.year) || input.year < 1949 || input.year > 2200)
		throw new CorrectionError('year must be between 1949 and 2200');
	if (!VINTAGES.includes(input.vintage))
		throw new CorrectionError(`vintage must be one of ${VINTAGES.join(', ')}`);
	if (!input.citationTitle.trim()) throw new CorrectionError('cite the source (title)');
	if (input.citationUrl && !/^https?:\/\/\S+$/.test(input.citationUrl))
		throw new CorrectionError('the address must start with http:// or https://');
	if (input.citationDate && !/^\d{4}-\d{2}(-\d{2})?$/.test(input.citationDate))
		throw new CorrectionError('the date must be YYYY-MM-DD');
	if (input.value == null && input.growth == null && input.completion == null)
		throw new CorrectionError('give a value, a growth or a completion');
	if (input.indicator && !/^[a-z0-9_]{1,60}$/.test(input.indicator))
		throw new CorrectionError('unknown indicator id');
	if (input.indicator) ensureIndicator(db, input.indicator, input.text);
	const id = Number(
		db
			.prepare(
				`INSERT INTO manual_results (town_id, indicator_id, text, year, period, scope, value, unit, growth,
				   completion, vintage, citation_title, citation_url, citation_date, note, user_id, user_name, created_at)
				 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
			)
			.run(
				input.townId,
				input.indicator,
				input.text.trim(),
				input.year,
				input.period ?? 'year',
				input.scope ?? null,
				input.value ?? null,
				input.unit ?? null,
				input.growth ?? null,
				input.completion ?? null,
				input.vintage,
				input.citationTitle.trim(),
				input.citationUrl || null,
				input.citationDate || null,
				input.note || null,
				editor.id,
				editor.name,
				now
			).lastInsertRowid
	);
	markTownsStale(db, [input.townId]);
	return id;
}

/** Withdraws (never deletes) a manual outcome; it stops counting but stays on the record. */
export function withdrawManualResult(db: Db, id: number, editor: Editor, now: string): boolean {
	const row = db.prepare(`SELECT town_id AS townId FROM manual_results WHERE id = ?`).get(id) as
		{ townId: number } | undefined;
	if (!row) return false;
	db.prepare(
		`UPDATE manual_results SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ? AND withdrawn_at IS NULL`
	).run(now, editor.name, id);
	markTownsStale(db, [row.townId]);
	return true;
}

export function listManualResults(db: Db, townId?: number): ManualResultRow[] {
	return db
		.prepare(`${SELECT} ${townId === undefined ? '' : 'WHERE m.town_id = ?'} ORDER BY m.id DESC`)
		.all(...(townId === undefined ? [] : [townId])) as ManualResultRow[];
}

export function getManualResult(db: Db, id: number): ManualResultRow | undefined {
	return db.prepare(`${SELECT} WHERE m.id = ?`).get(id) as ManualResultRow | undefined;
}

/** The town's standing manual outcomes in the linker's shape, with their ids (same order). */
export function manualOutcomes(db: Db, townId: number): { ids: number[]; items: ManualOutcome[] } {
	const rows = db
		.prepare(`${SELECT} WHERE m.town_id = ? AND m.withdrawn_at IS NULL ORDER BY m.id`)
		.all(townId) as ManualResultRow[];
	return {
		ids: rows.map((r) => r.id),
		items: rows.map((r) => ({
			indicator: r.indicator,
			text: r.text,
			year: r.year,
			period: r.period,
			scope: r.scope ?? undefined,
			value: r.value,
			unit: r.unit,
			growth: r.growth,
			completion: r.completion,
			estimated: r.vintage === '预计',
			quote: r.citationTitle,
			start: 0,
			end: 0,
			vintage: r.vintage
		}))
	};
}
