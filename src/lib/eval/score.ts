/**
 * Scores an extraction against the gold annotations — a port of tests/fixtures/gold/score.mjs
 * (same matching rules, see SCHEMA.md), as pure functions.
 */

import { normalizeForMatching } from '../reading/normalize';

/* eslint-disable @typescript-eslint/no-explicit-any -- gold and predictions are loose JSON */
type Item = Record<string, any>;
export interface ScoredDoc {
	source: string;
	reports: Item[];
}

export interface Counts {
	tp: number;
	fp: number;
	fn: number;
}
export interface Figures extends Counts {
	precision: number;
	recall: number;
	f1: number;
}

export interface Miss {
	source: string;
	town: string;
	what: 'missed' | 'extra';
	category: string;
	item: Item;
}

export interface Score {
	totals: Record<string, Figures>;
	perSource: Record<string, Record<string, Figures>>;
	misses: Miss[];
}

const num = (a: unknown, b: unknown) =>
	(a === null || a === undefined) && (b === null || b === undefined)
		? true
		: typeof a === 'number' &&
			typeof b === 'number' &&
			Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
// Units and towns compare in simplified characters (億元 is 亿元), as score.mjs does.
const unit = (u: unknown) =>
	u === null || u === undefined ? null : normalizeForMatching(String(u).trim().replace('％', '%'));
const townOf = (t: unknown) => (typeof t === 'string' && t ? normalizeForMatching(t) : null);
const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

export function overlap(a: string | undefined, b: string | undefined): boolean {
	if (!a || !b) return false;
	const [s, l] = a.length <= b.length ? [a, b] : [b, a];
	let best = 0;
	for (let i = 0; i < s.length; i++)
		for (let j = i + best + 1; j <= s.length; j++) {
			if (l.includes(s.slice(i, j))) best = j - i;
			else break;
		}
	return best * 2 >= s.length;
}
const scopeAgrees = (a: string | undefined, b: string | undefined) =>
	(!a && !b) || (!!a && !!b && (a.includes(b) || b.includes(a) || overlap(a, b)));

function indicatorAgrees(g: Item, p: Item): boolean {
	if (g.indicator) return g.indicator === p.indicator;
	return (!!p.text && !!g.text && p.text === g.text) || overlap(g.quote, p.quote);
}

export const matchTarget = (g: Item, p: Item) =>
	g.year === p.year &&
	g.measure === p.measure &&
	num(g.value, p.value) &&
	unit(g.unit) === unit(p.unit) &&
	g.bound === p.bound &&
	num(g.high, p.high) &&
	same(g.ref, p.ref) &&
	scopeAgrees(g.scope, p.scope) &&
	indicatorAgrees(g, p);

export const matchResult = (g: Item, p: Item) =>
	g.year === p.year &&
	(g.period ?? 'year') === (p.period ?? 'year') &&
	scopeAgrees(g.scope, p.scope) &&
	num(g.value, p.value) &&
	unit(g.unit) === unit(p.unit) &&
	num(g.growth, p.growth) &&
	num(g.completion, p.completion) &&
	indicatorAgrees(g, p);

function pairUp(goldItems: Item[], predItems: Item[], match: (g: Item, p: Item) => boolean) {
	const used = new Set<number>();
	const missed: Item[] = [];
	for (const g of goldItems) {
		const i = predItems.findIndex((p, k) => !used.has(k) && match(g, p));
		if (i >= 0) used.add(i);
		else missed.push(g);
	}
	const extra = predItems.filter((_, k) => !used.has(k));
	return {
		tp: goldItems.length - missed.length,
		fn: missed.length,
		fp: extra.length,
		missed,
		extra
	};
}

export const META_FIELDS = ['kind', 'reportYear', 'reviewYear', 'delivered', 'published'] as const;

export function figures(t: Counts): Figures {
	const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
	const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
	const f1 = p + r ? (2 * p * r) / (p + r) : 0;
	return { precision: +p.toFixed(3), recall: +r.toFixed(3), f1: +f1.toFixed(3), ...t };
}

export function score(gold: ScoredDoc[], predicted: ScoredDoc[]): Score {
	const pred = new Map<string, ScoredDoc>();
	for (const d of predicted) {
		const prev = pred.get(d.source);
		pred.set(d.source, prev ? { ...prev, reports: [...prev.reports, ...d.reports] } : d);
	}
	const totals: Record<string, Counts> = {};
	const perSourceCounts: Record<string, Record<string, Counts>> = {};
	const misses: Miss[] = [];
	const add = (bucket: Record<string, Counts>, key: string, r: Counts) => {
		const t = (bucket[key] ??= { tp: 0, fp: 0, fn: 0 });
		t.tp += r.tp;
		t.fp += r.fp;
		t.fn += r.fn;
	};
	for (const g of gold) {
		const p = pred.get(g.source) ?? { source: g.source, reports: [] };
		const perFile = (perSourceCounts[g.source] ??= {});
		const addBoth = (key: string, r: Counts) => {
			add(totals, key, r);
			add(perFile, key, r);
		};
		const usedPred = new Set<number>();
		for (const gr of g.reports) {
			const k = p.reports.findIndex(
				(pr, i) =>
					!usedPred.has(i) &&
					townOf(pr.town) === townOf(gr.town) &&
					(pr.reportYear ?? null) === (gr.reportYear ?? null)
			);
			const pr: Item = k >= 0 ? p.reports[k] : { targets: [], results: [] };
			if (k >= 0) usedPred.add(k);
			const meta = META_FIELDS.filter((m) => (gr[m] ?? null) === (pr[m] ?? null));
			addBoth('report', { tp: k >= 0 ? 1 : 0, fp: 0, fn: k >= 0 ? 0 : 1 });
			if (k < 0)
				misses.push({
					source: g.source,
					town: gr.town,
					what: 'missed',
					category: 'report',
					item: { town: gr.town, reportYear: gr.reportYear, kind: gr.kind }
				});
			addBoth('metadata', {
				tp: k >= 0 ? meta.length : 0,
				fp: k >= 0 ? META_FIELDS.length - meta.length : 0,
				fn: k >= 0 ? 0 : META_FIELDS.length
			});
			if (k >= 0)
				for (const m of META_FIELDS)
					if ((gr[m] ?? null) !== (pr[m] ?? null))
						misses.push({
							source: g.source,
							town: gr.town,
							what: 'missed',
							category: `metadata.${m}`,
							item: { gold: gr[m] ?? null, predicted: pr[m] ?? null }
						});
			for (const tier of ['headline', 'plan']) {
				const r = pairUp(
					(gr.targets as Item[]).filter((t) => t.tier === tier),
					((pr.targets ?? []) as Item[]).filter((t) => (t.tier ?? 'headline') === tier),
					matchTarget
				);
				addBoth(`targets.${tier}`, r);
				for (const item of r.missed)
					misses.push({
						source: g.source,
						town: gr.town,
						what: 'missed',
						category: `${tier} target`,
						item
					});
				for (const item of r.extra)
					misses.push({
						source: g.source,
						town: gr.town,
						what: 'extra',
						category: `${tier} target`,
						item
					});
			}
			const rr = pairUp(gr.results, pr.results ?? [], matchResult);
			addBoth('results', rr);
			for (const item of rr.missed)
				misses.push({ source: g.source, town: gr.town, what: 'missed', category: 'result', item });
			for (const item of rr.extra)
				misses.push({ source: g.source, town: gr.town, what: 'extra', category: 'result', item });
		}
		p.reports.forEach((r, i) => {
			if (usedPred.has(i)) return;
			addBoth('report', { tp: 0, fp: 1, fn: 0 });
			misses.push({
				source: g.source,
				town: r.town,
				what: 'extra',
				category: 'report',
				item: { town: r.town, reportYear: r.reportYear, kind: r.kind }
			});
		});
	}
	const fig = (b: Record<string, Counts>) =>
		Object.fromEntries(Object.entries(b).map(([k, t]) => [k, figures(t)]));
	return {
		totals: fig(totals),
		perSource: Object.fromEntries(Object.entries(perSourceCounts).map(([s, b]) => [s, fig(b)])),
		misses
	};
}

/** One line describing an item, as score.mjs prints it. */
export function brief(x: Item): string {
	if (x.gold !== undefined || x.predicted !== undefined)
		return `gold ${JSON.stringify(x.gold)} predicted ${JSON.stringify(x.predicted)}`;
	if (x.reportYear !== undefined && x.quote === undefined)
		return `${x.town} ${x.reportYear} ${x.kind ?? ''}`;
	return `${x.year} ${x.indicator ?? x.text} ${x.measure ?? x.period ?? ''} ${x.value ?? ''}${x.unit ?? ''} ${
		x.bound ?? (x.growth != null ? `g${x.growth}` : '')
	} ${x.completion != null ? `c${x.completion}` : ''} «${x.quote ?? ''}»`;
}
