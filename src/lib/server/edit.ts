/** Write helpers shared by the edit pages and the API: one transaction, then recomputation. */
import type { Db } from './db/index';
import { addCorrection, type Editor, type NewCorrection } from './db/corrections';
import { addManualResult, withdrawManualResult, type NewManualResult } from './db/manual';
import { recomputeStale } from './db/ledger';
import { withWriteDb } from './session';

/** Records a correction and recomputes the towns it touches, all or nothing. */
export function correct(input: NewCorrection, editor: Editor, db?: Db) {
	const run = (h: Db) =>
		h
			.transaction(() => {
				const now = new Date().toISOString();
				const out = addCorrection(h, input, editor, now);
				recomputeStale(h, now);
				return out;
			})
			.immediate();
	return db ? run(db) : withWriteDb(run);
}

export function addManual(input: NewManualResult, editor: Editor, db?: Db): number {
	const run = (h: Db) =>
		h
			.transaction(() => {
				const now = new Date().toISOString();
				const id = addManualResult(h, input, editor, now);
				recomputeStale(h, now);
				return id;
			})
			.immediate();
	return db ? run(db) : withWriteDb(run);
}

export function withdrawManual(id: number, editor: Editor, db?: Db): boolean {
	const run = (h: Db) =>
		h
			.transaction(() => {
				const now = new Date().toISOString();
				const ok = withdrawManualResult(h, id, editor, now);
				recomputeStale(h, now);
				return ok;
			})
			.immediate();
	return db ? run(db) : withWriteDb(run);
}

/** Reads a manual outcome from form fields or JSON (strings or numbers). */
export function manualFromFields(get: (name: string) => unknown): NewManualResult {
	const text = (n: string) => {
		const v = get(n);
		return v === undefined || v === null ? '' : String(v).trim();
	};
	const num = (n: string) => {
		const v = text(n);
		if (!v) return null;
		const x = Number(v.replace(/,/g, ''));
		if (!Number.isFinite(x)) throw new TypeError(`${n} must be a number`);
		return x;
	};
	return {
		townId: Number(text('townId')),
		indicator: text('indicator') || null,
		text: text('text'),
		year: Number(text('year')),
		period: (text('period') || 'year') as NewManualResult['period'],
		scope: text('scope') || null,
		value: num('value'),
		unit: text('unit') || null,
		growth: num('growth'),
		completion: num('completion'),
		vintage: text('vintage') as NewManualResult['vintage'],
		citationTitle: text('citationTitle'),
		citationUrl: text('citationUrl') || null,
		citationDate: text('citationDate') || null,
		note: text('note') || null
	};
}
