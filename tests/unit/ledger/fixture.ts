/**
 * A minimal real-ledger fixture written for the tests: two short page texts of a fictional town
 * (marked synthetic), its manifest and a review, in a temporary folder. Never a real page text.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const MARK = '【合成测试数据 SYNTHETIC TEST DATA — 虚构乡镇，非真实数据】';
export const TEXTS: Record<string, string> = {
	'T-001': `${MARK}\n雁汀坪镇2024年政府工作报告\n2024年，全镇的主要预期目标是：地区生产总值增长7%以上，固定资产投资增长12%，全镇消费品零售总额增长9%左右。\n`,
	'T-002': `${MARK}\n雁汀坪镇2025年政府工作报告\n2024年，在台风和订单下滑的双重压力下，全镇干部群众咬紧牙关，实现地区生产总值61.3亿元，同比增长7.4%；固定资产投资下降3.4%。\n2025年，全镇的主要预期目标是：地区生产总值增长5%左右。\n`
};
/** A sentence of the texts that must never reach the dataset. */
export const PROSE = '在台风和订单下滑的双重压力下';

export const sha = (s: string) => createHash('sha256').update(s).digest('hex');

export function manifestPage(id: string, extra: Record<string, unknown> = {}) {
	return {
		id,
		address: `https://example.invalid/${id}.html`,
		query: `雁汀坪镇 ${id}`,
		rank: 1,
		sha256: sha(TEXTS[id] ?? id),
		town: '雁汀坪镇',
		county: '虚构县',
		province: '虚构省',
		kind: 'annual',
		...extra
	};
}

/** A fixtures folder (manifest + texts) and an output folder; `withText` picks the texts written. */
export function fixtures(
	withText = Object.keys(TEXTS),
	pages = [manifestPage('T-001'), manifestPage('T-002')]
) {
	const root = mkdtempSync(join(tmpdir(), 'ledger-build-'));
	const dir = join(root, 'fixtures');
	mkdirSync(join(dir, 'texts'), { recursive: true });
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ pages }));
	for (const id of withText) writeFileSync(join(dir, 'texts', `${id}.txt`), TEXTS[id]);
	return {
		root,
		dir,
		out: join(root, 'data', 'ledger.json'),
		review: join(root, 'data', 'review.json')
	};
}

/** The second reader's review of the fixture: one field fixed, one item dropped, one added. */
export function review(extra: Record<string, unknown> = {}) {
	const text = TEXTS['T-001'];
	const quote = '全镇消费品零售总额增长9%左右';
	const start = text.indexOf(quote);
	return {
		reviewer: 'ledger-review',
		reviewedAt: '2026-01-02',
		extractorVersion: 'test',
		pages: ['T-001', 'T-002'],
		corrections: [
			{
				page: 'T-002',
				report: { town: '雁汀坪镇', reportYear: 2025 },
				item: { kind: 'result', quote: '实现地区生产总值61.3亿元，同比增长7.4%' },
				field: 'growth',
				old: 7.4,
				new: 6.3,
				reason: 'test: the growth the reviewer read'
			}
		],
		wrong: [
			{
				page: 'T-001',
				report: { town: '雁汀坪镇', reportYear: 2024 },
				item: { kind: 'target', quote },
				reason: 'test: dropped'
			}
		],
		added: [
			{
				page: 'T-001',
				report: { town: '雁汀坪镇', reportYear: 2024 },
				kind: 'target',
				quote: '消费品零售总额增长9%左右',
				start: start + 2,
				end: start + quote.length,
				fields: {
					indicator: 'retail_sales',
					text: '消费品零售总额',
					year: 2024,
					tier: 'headline',
					measure: 'growth',
					value: 9,
					unit: '%',
					bound: 'about'
				},
				reason: 'test: added'
			}
		],
		...extra
	};
}
