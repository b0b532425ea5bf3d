/**
 * Which stated results speak about a target: the same catalogue indicator, a related one
 * (flagged, lower confidence), or — for phrases the catalogue lacks — the same phrase.
 */
import { normalizeForMatching } from '../reading/normalize';
import type { ResultItem, TargetItem } from '../types';

/**
 * Indicators that are often reported in place of each other but are not the same statistic.
 * A target on the key may be judged against the listed ones, never silently.
 */
export const RELATED_INDICATORS: Record<string, string[]> = {
	fiscal_revenue: ['fiscal_revenue_total', 'general_budget_revenue'],
	fiscal_revenue_total: ['fiscal_revenue'],
	general_budget_revenue: ['fiscal_revenue'],
	resident_income: ['urban_disposable_income', 'rural_disposable_income'],
	urban_disposable_income: ['resident_income'],
	rural_disposable_income: ['resident_income', 'farmer_income'],
	farmer_income: ['rural_disposable_income']
};

export type MatchKind = 'indicator' | 'related' | 'text';

export interface Match {
	kind: MatchKind;
	/** 0..1: how sure we are that the result is about the target's quantity. */
	confidence: number;
}

const STRIP = /[\s“”"'‘’「」《》()（）、,，.。:：;；]/g;
/** Verbs and qualifiers around a task phrase that do not change what is counted. */
const FILLER =
	/^(新增|新建|新引进|完成|实施|实现|建设|建成|培育|打造|创建|开展|推进|引进|全年|累计)+|(建设|创建|工作|任务|项目数)$/g;

export function normalizePhrase(s: string): string {
	let out = s.replace(STRIP, '');
	let prev = '';
	while (prev !== out) {
		prev = out;
		out = out.replace(FILLER, '');
	}
	return out;
}

/**
 * Words that, added to a phrase, name another statistic: 人均生产总值 is not 生产总值, 规上工业产值
 * is not 工业产值, 农村居民收入 is not 居民收入. A phrase contained in another is the same quantity
 * only when the extra words are none of these.
 */
const QUANTITY_MODIFIER =
	/人均|户均|村均|亩均|地均|规上|规模以上|规下|限上|限额以上|城镇|农村|城市|工业|外资|外贸|税收|本级/;

function changesQuantity(extra: string): boolean {
	return QUANTITY_MODIFIER.test(extra);
}

function bigrams(s: string): string[] {
	const out: string[] = [];
	for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
	return out;
}

/** Similarity of two phrases, 0..1: equal 1, one inside the other 0.85, else bigram Dice. */
export function phraseSimilarity(a: string, b: string): number {
	const x = normalizePhrase(a);
	const y = normalizePhrase(b);
	if (!x || !y) return 0;
	if (x === y) return 1;
	const [short, long] = x.length <= y.length ? [x, y] : [y, x];
	if (short.length >= 2 && long.includes(short))
		return changesQuantity(long.replace(short, '')) ? 0 : 0.85;
	const bx = bigrams(x);
	const by = bigrams(y);
	if (!bx.length || !by.length) return 0;
	const pool = [...by];
	let common = 0;
	for (const g of bx) {
		const i = pool.indexOf(g);
		if (i >= 0) {
			common++;
			pool.splice(i, 1);
		}
	}
	return (2 * common) / (bx.length + by.length);
}

function scopeCompatible(target: TargetItem, result: ResultItem): boolean {
	// Scopes are written as each page writes them (鎮本級 on a traditional page): compare them in
	// the matching form.
	const ts = target.scope ? normalizeForMatching(target.scope.trim()) : '';
	const rs = result.scope ? normalizeForMatching(result.scope.trim()) : '';
	// A figure for part of the town (镇本级, 市外, 村均) is not the town's total.
	if (!ts) return !rs;
	if (!rs) return normalizeForMatching(result.text).includes(ts);
	return ts.includes(rs) || rs.includes(ts);
}

const TEXT_THRESHOLD = 0.6;

/** How `result` relates to `target`, or null when it says nothing about it. */
export function matchResult(target: TargetItem, result: ResultItem): Match | null {
	if (!scopeCompatible(target, result)) return null;
	if (target.indicator && result.indicator) {
		if (target.indicator === result.indicator) return { kind: 'indicator', confidence: 1 };
		if (RELATED_INDICATORS[target.indicator]?.includes(result.indicator))
			return { kind: 'related', confidence: 0.6 };
		return null;
	}
	// At least one side lacks a catalogue id: fall back on the phrase itself.
	const sim = phraseSimilarity(target.text, result.text);
	if (sim >= TEXT_THRESHOLD) return { kind: 'text', confidence: sim >= 1 ? 0.9 : 0.75 * sim };
	return null;
}
