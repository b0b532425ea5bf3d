/**
 * Editors' corrections. The machine's extraction is stored as it came out; corrections are
 * rows of their own (who, when, why, old and new value) applied on top of it, in the order they
 * were made. A reload or re-extraction of the document re-derives the items and re-applies
 * every correction, finding its item again by quote and offsets.
 */
import type { Db } from './index';
import { ensureIndicator } from './indicators';
import { findOrCreateTown, markTownsStale } from './towns';

export type ItemKind = 'report' | 'target' | 'result';
export type CorrectionAction = 'set' | 'delete' | 'add';
type Value = string | number | boolean | null;

interface FieldSpec {
	column: string;
	type: 'text' | 'int' | 'num' | 'bool' | 'date';
	required?: boolean;
	values?: readonly string[];
	pattern?: RegExp;
}

const BOUNDS = [
	'exactly',
	'at_least',
	'at_most',
	'about',
	'range',
	'above',
	'in_step_with',
	'above_ref'
] as const;

/** The fields an editor may correct, per kind of item, with their columns and types. */
export const FIELDS: Record<ItemKind, Record<string, FieldSpec>> = {
	target: {
		indicator: { column: 'indicator_id', type: 'text', pattern: /^[a-z0-9_]{1,60}$/ },
		text: { column: 'text', type: 'text', required: true },
		year: { column: 'year', type: 'int', required: true },
		tier: { column: 'tier', type: 'text', required: true, values: ['headline', 'plan'] },
		measure: {
			column: 'measure',
			type: 'text',
			required: true,
			values: ['growth', 'avg_growth', 'level']
		},
		value: { column: 'value', type: 'num' },
		unit: { column: 'unit', type: 'text' },
		bound: { column: 'bound', type: 'text', required: true, values: BOUNDS },
		high: { column: 'high', type: 'num' },
		ref: { column: 'ref', type: 'text', pattern: /^[a-z0-9_]{1,60}$/ },
		modality: { column: 'modality', type: 'text', values: ['力争', '确保', '争取', '努力'] },
		scope: { column: 'scope', type: 'text' }
	},
	result: {
		indicator: { column: 'indicator_id', type: 'text', pattern: /^[a-z0-9_]{1,60}$/ },
		text: { column: 'text', type: 'text', required: true },
		year: { column: 'year', type: 'int', required: true },
		period: {
			column: 'period',
			type: 'text',
			required: true,
			pattern: /^(year|H1|5y|M1-\d{1,2})$/
		},
		scope: { column: 'scope', type: 'text' },
		value: { column: 'value', type: 'num' },
		unit: { column: 'unit', type: 'text' },
		growth: { column: 'growth', type: 'num' },
		completion: { column: 'completion', type: 'num' },
		estimated: { column: 'estimated', type: 'bool', required: true },
		bound: { column: 'bound', type: 'text', values: ['at_least', 'about'] },
		claim: { column: 'claim', type: 'text', values: ['exceeded', 'completed'] }
	},
	report: {
		town: {
			column: 'town_id',
			type: 'text',
			required: true,
			pattern: /^\p{Script=Han}{1,20}(镇|乡|街道|苏木)$/u
		},
		county: { column: 'county', type: 'text' },
		kind: { column: 'kind', type: 'text', required: true, values: ['annual', 'midyear'] },
		reportYear: { column: 'report_year', type: 'int', required: true },
		reviewYear: { column: 'review_year', type: 'int', required: true },
		delivered: { column: 'delivered', type: 'date' },
		published: { column: 'published', type: 'date' },
		title: { column: 'title', type: 'text' },
		session: { column: 'session', type: 'text' },
		speaker: { column: 'speaker', type: 'text' }
	}
};

export class CorrectionError extends Error {}

/**
 * Parses a field's value from a form or JSON (strings for forms). Empty means null; throws
 * CorrectionError with a reason for anything the field cannot hold.
 */
export function parseFieldValue(kind: ItemKind, field: string, raw: unknown): Value {
	const spec = FIELDS[kind][field];
	if (!spec) throw new CorrectionError(`${kind} has no field ${field}`);
	if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
		if (spec.required && spec.type !== 'bool') throw new CorrectionError(`${field} is required`);
		return spec.type === 'bool' ? false : null;
	}
	const s = typeof raw === 'string' ? raw.trim() : raw;
	switch (spec.type) {
		case 'int': {
			const n = Number(s);
			if (!Number.isInteger(n) || n < 1949 || n > 2200)
				throw new CorrectionError(`${field} must be a year between 1949 and 2200`);
			return n;
		}
		case 'num': {
			const n = typeof s === 'number' ? s : Number(String(s).replace(/,/g, ''));
			if (!Number.isFinite(n)) throw new CorrectionError(`${field} must be a number`);
			return n;
		}
		case 'bool':
			return s === true || s === 'true' || s === '1' || s === 'on';
		case 'date': {
			const d = String(s);
			if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d)))
				throw new CorrectionError(`${field} must be a date YYYY-MM-DD`);
			return d;
		}
		default: {
			const t = String(s);
			if (t.length > 2000) throw new CorrectionError(`${field} is too long`);
			if (spec.values && !spec.values.includes(t))
				throw new CorrectionError(`${field} must be one of: ${spec.values.join(', ')}`);
			if (spec.pattern && !spec.pattern.test(t))
				throw new CorrectionError(`${field} has an unexpected form: ${t}`);
			return t;
		}
	}
}

export interface Editor {
	id: number | null;
	name: string;
}

export interface CorrectionRow {
	id: number;
	documentId: number;
	reportOrdinal: number;
	itemKind: ItemKind;
	action: CorrectionAction;
	anchorQuote: string | null;
	anchorStart: number | null;
	anchorEnd: number | null;
	field: string | null;
	oldValue: Value | Record<string, Value>;
	newValue: Value | Record<string, Value>;
	machine: Record<string, Value> | null;
	reason: string;
	userName: string;
	createdAt: string;
	itemId: number | null;
	applied: boolean;
}

const TABLE: Record<'target' | 'result', string> = { target: 'targets', result: 'results' };

/** A stored item as the field names above see it (plus its place). */
function readItem(
	db: Db,
	kind: ItemKind,
	id: number
): (Record<string, Value> & { documentId: number; reportOrdinal: number; townId: number }) | null {
	if (kind === 'report') {
		const r = db
			.prepare(
				`SELECT r.document_id AS documentId, r.ordinal AS reportOrdinal, r.town_id AS townId, w.name AS town,
				   w.county, r.kind, r.report_year AS reportYear, r.review_year AS reviewYear, r.delivered,
				   r.published, r.title, r.session, r.speaker, r.start, r.end
				 FROM reports r JOIN towns w ON w.id = r.town_id WHERE r.id = ?`
			)
			.get(id) as
			| (Record<string, Value> & { documentId: number; reportOrdinal: number; townId: number })
			| undefined;
		return r ?? null;
	}
	const cols = Object.entries(FIELDS[kind])
		.map(([f, spec]) => `i.${spec.column} AS ${f}`)
		.join(', ');
	const r = db
		.prepare(
			`SELECT ${cols}, i.quote, i.start, i.end, i.origin, r.document_id AS documentId,
			   r.ordinal AS reportOrdinal, r.town_id AS townId
			 FROM ${TABLE[kind]} i JOIN reports r ON r.id = i.report_id WHERE i.id = ?${kind === 'target' ? ' AND i.implied = 0' : ''}`
		)
		.get(id) as
		| (Record<string, Value> & { documentId: number; reportOrdinal: number; townId: number })
		| undefined;
	if (r && kind === 'result') r.estimated = !!r.estimated;
	return r ?? null;
}

export function getItem(db: Db, kind: ItemKind, id: number) {
	return readItem(db, kind, id);
}

function reportIdOf(db: Db, documentId: number, ordinal: number): number | null {
	const r = db
		.prepare(`SELECT id FROM reports WHERE document_id = ? AND ordinal = ?`)
		.get(documentId, ordinal) as { id: number } | undefined;
	return r?.id ?? null;
}

/**
 * The item a correction is about in the current rows: the same quote in the same document,
 * preferring the same offsets, then the same text and indicator as when it was made.
 */
function findAnchored(db: Db, c: CorrectionRow): number | null {
	if (c.itemKind === 'report') return reportIdOf(db, c.documentId, c.reportOrdinal);
	const rows = db
		.prepare(
			`SELECT i.id, i.start, i.end, i.text, i.indicator_id AS indicator, r.ordinal
			 FROM ${TABLE[c.itemKind]} i JOIN reports r ON r.id = i.report_id
			 WHERE r.document_id = ? AND i.quote = ?${c.itemKind === 'target' ? ' AND i.implied = 0' : ''}`
		)
		.all(c.documentId, c.anchorQuote) as {
		id: number;
		start: number;
		end: number;
		text: string;
		indicator: string | null;
		ordinal: number;
	}[];
	if (!rows.length) return null;
	const m = c.machine ?? {};
	const score = (r: (typeof rows)[number]) =>
		(r.start === c.anchorStart && r.end === c.anchorEnd ? 4 : 0) +
		(r.ordinal === c.reportOrdinal ? 2 : 0) +
		(r.text === m.text ? 1 : 0) +
		(r.indicator === (m.indicator ?? null) ? 1 : 0) -
		Math.abs(r.start - (c.anchorStart ?? 0)) / 1e7;
	return rows.reduce((a, b) => (score(b) > score(a) ? b : a)).id;
}

function setColumn(db: Db, kind: ItemKind, id: number, field: string, value: Value): number[] {
	const spec = FIELDS[kind][field];
	if (kind === 'report') {
		const before = db.prepare(`SELECT town_id AS townId FROM reports WHERE id = ?`).get(id) as {
			townId: number;
		};
		if (field === 'town' || field === 'county') {
			const town = db
				.prepare(
					`SELECT w.name, w.county, w.city, w.province, w.synthetic FROM towns w WHERE w.id = ?`
				)
				.get(before.townId) as {
				name: string;
				county: string | null;
				city: string | null;
				province: string | null;
				synthetic: number;
			};
			const key = {
				name: field === 'town' ? String(value) : town.name,
				county: field === 'county' ? (value as string | null) : town.county,
				city: town.city,
				province: town.province,
				synthetic: !!town.synthetic
			};
			const townId = findOrCreateTown(db, key);
			db.prepare(`UPDATE reports SET town_id = ?, corrected = 1 WHERE id = ?`).run(townId, id);
			return [before.townId, townId];
		}
		db.prepare(`UPDATE reports SET ${spec.column} = ?, corrected = 1 WHERE id = ?`).run(
			value as string | number | null,
			id
		);
		if (field === 'reportYear' && typeof value === 'number') {
			// A year the extractor could not find (0) is filled in: it also dates the report's
			// review year and the items that were left without one.
			const kind = (db.prepare(`SELECT kind FROM reports WHERE id = ?`).get(id) as { kind: string })
				.kind;
			const review = kind === 'midyear' ? value : value - 1;
			db.prepare(`UPDATE reports SET review_year = ? WHERE id = ? AND review_year = 0`).run(
				review,
				id
			);
			db.prepare(`UPDATE targets SET year = ? WHERE report_id = ? AND year = 0`).run(value, id);
			db.prepare(`UPDATE results SET year = ? WHERE report_id = ? AND year = 0`).run(review, id);
		}
		return [before.townId];
	}
	if (field === 'indicator' && typeof value === 'string') ensureIndicator(db, value, value);
	const stored = typeof value === 'boolean' ? (value ? 1 : 0) : value;
	db.prepare(`UPDATE ${TABLE[kind]} SET ${spec.column} = ?, corrected = 1 WHERE id = ?`).run(
		stored,
		id
	);
	return [];
}

function insertAdded(db: Db, c: CorrectionRow, reportId: number): number {
	const item = c.newValue as Record<string, Value>;
	const kind = c.itemKind as 'target' | 'result';
	const fields = Object.keys(FIELDS[kind]);
	const cols = fields.map((f) => FIELDS[kind][f].column);
	const values = fields.map((f) => {
		const v = item[f] ?? null;
		return typeof v === 'boolean' ? (v ? 1 : 0) : v;
	});
	if (typeof item.indicator === 'string') ensureIndicator(db, item.indicator, item.indicator);
	return Number(
		db
			.prepare(
				`INSERT INTO ${TABLE[kind]} (report_id, ordinal, ${cols.join(', ')}, quote, start, end, origin, corrected)
				 VALUES (?, ?, ${cols.map(() => '?').join(', ')}, ?, ?, ?, 'editor', 1)`
			)
			.run(reportId, 100000 + c.id, ...values, c.anchorQuote, c.anchorStart, c.anchorEnd)
			.lastInsertRowid
	);
}

/** Applies one correction to the current rows; returns the item id (null when not found). */
function applyOne(db: Db, c: CorrectionRow, touched: Set<number>): number | null {
	if (c.action === 'add') {
		const reportId = reportIdOf(db, c.documentId, c.reportOrdinal);
		if (reportId === null) return null;
		const town = db.prepare(`SELECT town_id AS t FROM reports WHERE id = ?`).get(reportId) as {
			t: number;
		};
		touched.add(town.t);
		return insertAdded(db, c, reportId);
	}
	const id = findAnchored(db, c);
	if (id === null) return null;
	const item = readItem(db, c.itemKind, id);
	if (!item) return null;
	touched.add(item.townId);
	if (c.action === 'delete') {
		db.prepare(`DELETE FROM ${TABLE[c.itemKind as 'target' | 'result']} WHERE id = ?`).run(id);
		return id;
	}
	for (const t of setColumn(db, c.itemKind, id, c.field!, c.newValue as Value)) touched.add(t);
	return id;
}

interface RawCorrection {
	id: number;
	documentId: number;
	reportOrdinal: number;
	itemKind: ItemKind;
	action: CorrectionAction;
	anchorQuote: string | null;
	anchorStart: number | null;
	anchorEnd: number | null;
	field: string | null;
	oldValue: string | null;
	newValue: string | null;
	machine: string | null;
	reason: string;
	userName: string;
	createdAt: string;
	itemId: number | null;
	applied: number;
}

const SELECT = `SELECT id, document_id AS documentId, report_ordinal AS reportOrdinal, item_kind AS itemKind,
	action, anchor_quote AS anchorQuote, anchor_start AS anchorStart, anchor_end AS anchorEnd, field,
	old_value AS oldValue, new_value AS newValue, machine, reason, user_name AS userName,
	created_at AS createdAt, item_id AS itemId, applied FROM corrections`;

const parse = (r: RawCorrection): CorrectionRow => ({
	...r,
	oldValue: r.oldValue === null ? null : JSON.parse(r.oldValue),
	newValue: r.newValue === null ? null : JSON.parse(r.newValue),
	machine: r.machine === null ? null : JSON.parse(r.machine),
	applied: !!r.applied
});

/**
 * Re-applies every correction of a document to freshly stored rows (after a load), in the
 * order they were made. Returns the towns touched, to be marked for recomputation.
 */
export function applyCorrections(
	db: Db,
	documentId: number,
	options: { exceptUser?: string } = {}
): number[] {
	const rows = (
		db.prepare(`${SELECT} WHERE document_id = ? ORDER BY id`).all(documentId) as RawCorrection[]
	)
		.map(parse)
		.filter((c) => c.userName !== options.exceptUser);
	const touched = new Set<number>();
	const update = db.prepare(`UPDATE corrections SET item_id = ?, applied = ? WHERE id = ?`);
	for (const c of rows) {
		const id = applyOne(db, c, touched);
		update.run(id, id === null ? 0 : 1, c.id);
	}
	return [...touched];
}

export interface NewCorrection {
	kind: ItemKind;
	action: CorrectionAction;
	/** The item (target, result or report id); for 'add' the report id. */
	id: number;
	field?: string;
	/** Raw value (form string or JSON) for 'set'; for 'add' the item's fields incl. quote. */
	value?: unknown;
	reason: string;
	/** For 'add' to a report without stored text: the quote's offsets in the page text. */
	anchor?: { start: number; end: number };
}

/**
 * Records a correction and applies it at once; marks the towns involved stale (the caller
 * recomputes, in the same transaction). Returns the correction's id and the item's id.
 */
export function addCorrection(
	db: Db,
	input: NewCorrection,
	editor: Editor,
	now: string
): { id: number; itemId: number; towns: number[] } {
	const reason = input.reason.trim();
	if (!reason) throw new CorrectionError('say why (a reason is required)');
	if (reason.length > 2000) throw new CorrectionError('the reason is too long');
	let documentId: number;
	let reportOrdinal: number;
	let anchor: { quote: string | null; start: number | null; end: number | null };
	let field: string | null = null;
	let oldValue: unknown = null;
	let newValue: unknown = null;
	let machine: Record<string, Value> | null = null;
	if (input.action === 'add') {
		if (input.kind === 'report') throw new CorrectionError('reports are added by uploading them');
		const rep = db
			.prepare(
				`SELECT r.document_id AS documentId, r.ordinal, r.start, r.end, d.text FROM reports r
				 JOIN documents d ON d.id = r.document_id WHERE r.id = ?`
			)
			.get(input.id) as
			{ documentId: number; ordinal: number; start: number; end: number; text: string } | undefined;
		if (!rep) throw new CorrectionError(`no report ${input.id}`);
		const raw = (input.value ?? {}) as Record<string, unknown>;
		const quote = typeof raw.quote === 'string' ? raw.quote.trim() : '';
		if (!quote) throw new CorrectionError('quote the sentence the item comes from');
		let at = rep.text.slice(rep.start, rep.end).indexOf(quote);
		// A report known only by its facts (the bundled real ledger) has no stored text: the
		// quote's offsets come with it, checked against the page text when the dataset was built.
		const given = input.anchor;
		if (at < 0 && rep.text === '' && given && given.end - given.start === quote.length)
			at = given.start - rep.start;
		if (at < 0) throw new CorrectionError('the quote must be copied from the report text');
		const item: Record<string, Value> = {};
		for (const f of Object.keys(FIELDS[input.kind])) {
			const given = raw[f];
			item[f] =
				(given == null || given === '') && f === 'period'
					? 'year'
					: parseFieldValue(input.kind, f, given);
		}
		documentId = rep.documentId;
		reportOrdinal = rep.ordinal;
		anchor = { quote, start: rep.start + at, end: rep.start + at + quote.length };
		newValue = item;
	} else {
		const item = readItem(db, input.kind, input.id);
		if (!item) throw new CorrectionError(`no ${input.kind} ${input.id}`);
		documentId = item.documentId;
		reportOrdinal = item.reportOrdinal;
		const { documentId: _d, reportOrdinal: _o, townId: _t, ...rest } = item;
		machine = rest;
		anchor =
			input.kind === 'report'
				? { quote: null, start: item.start as number, end: item.end as number }
				: { quote: item.quote as string, start: item.start as number, end: item.end as number };
		if (input.action === 'delete') {
			if (input.kind === 'report') throw new CorrectionError('a report cannot be marked wrong');
		} else {
			field = input.field ?? '';
			if (!FIELDS[input.kind][field])
				throw new CorrectionError(`${input.kind} has no field ${field}`);
			newValue = parseFieldValue(input.kind, field, input.value);
			oldValue = item[field] ?? null;
			if (oldValue === newValue)
				throw new CorrectionError(`${field} is already ${String(newValue)}`);
		}
	}
	const id = Number(
		db
			.prepare(
				`INSERT INTO corrections (document_id, report_ordinal, item_kind, action, anchor_quote, anchor_start,
				   anchor_end, field, old_value, new_value, machine, reason, user_id, user_name, created_at)
				 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
			)
			.run(
				documentId,
				reportOrdinal,
				input.kind,
				input.action,
				anchor.quote,
				anchor.start,
				anchor.end,
				field,
				JSON.stringify(oldValue),
				JSON.stringify(newValue),
				machine ? JSON.stringify(machine) : null,
				reason,
				editor.id,
				editor.name,
				now
			).lastInsertRowid
	);
	const row = parse(db.prepare(`${SELECT} WHERE id = ?`).get(id) as RawCorrection);
	const touched = new Set<number>();
	const itemId = applyOne(db, row, touched);
	if (itemId === null) throw new CorrectionError('the item could not be found');
	db.prepare(`UPDATE corrections SET item_id = ?, applied = 1 WHERE id = ?`).run(itemId, id);
	db.prepare(
		`DELETE FROM towns WHERE NOT EXISTS (SELECT 1 FROM reports WHERE reports.town_id = towns.id)`
	).run();
	const live = [...touched].filter((t) => db.prepare(`SELECT 1 FROM towns WHERE id = ?`).get(t));
	markTownsStale(db, live);
	return { id, itemId, towns: live };
}

/** The corrections made to one item, oldest first (the first one's `machine` is the original). */
export function itemHistory(db: Db, kind: ItemKind, id: number): CorrectionRow[] {
	return (
		db
			.prepare(`${SELECT} WHERE item_kind = ? AND item_id = ? ORDER BY id`)
			.all(kind, id) as RawCorrection[]
	).map(parse);
}

/** Every correction, newest first (for the record of changes). */
export function listCorrections(db: Db, limit = 200): (CorrectionRow & { source: string })[] {
	return (
		db
			.prepare(
				`SELECT c.*, d.file_name AS source FROM (${SELECT}) c JOIN documents d ON d.id = c.documentId
				 ORDER BY c.id DESC LIMIT ?`
			)
			.all(limit) as (RawCorrection & { source: string })[]
	).map((r) => ({ ...parse(r), source: r.source }));
}

/** The report an item belongs to (the report itself for kind 'report'). */
export function reportOfItem(db: Db, kind: ItemKind, id: number): number | null {
	if (kind === 'report') return id;
	const r = db.prepare(`SELECT report_id AS r FROM ${TABLE[kind]} WHERE id = ?`).get(id) as
		{ r: number } | undefined;
	return r?.r ?? null;
}
