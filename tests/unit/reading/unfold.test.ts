import { describe, expect, it } from 'vitest';
import { unfoldCollapsed } from '../../../src/lib/reading/unfold';
import { contractReport, extractDocument } from '../../../src/lib/extract';

const filler = '全镇上下团结奋进，各项事业取得新进展，经济社会保持平稳健康发展。'.repeat(10);

describe('pages whose line breaks collapsed into spaces', () => {
	it('get their line breaks back in the matching form, same length', () => {
		const t = `青柳镇人民政府工作报告 ——2024年1月9日在青柳镇第三届人民代表大会第四次会议上 镇长 李四 各位代表: 现在，我代表青柳镇人民政府向大会报告工作。 ${filler}`;
		const u = unfoldCollapsed(t);
		expect(u.length).toBe(t.length);
		expect(u.split('\n').slice(0, 4)).toEqual([
			'青柳镇人民政府工作报告',
			'——2024年1月9日在青柳镇第三届人民代表大会第四次会议上',
			'镇长',
			'李四'
		]);
	});
	it('keep a letter-spaced run (完 成 财 政 收 入) on one line', () => {
		const t = `青柳镇人民政府工作报告 各位代表: 现在，我代表青柳镇人民政府向大会报告工作。 ${filler} 全镇完 成 财 政 收 入 900 万 元 , 同 比 增 长8%。 ${filler}`;
		const u = unfoldCollapsed(t);
		expect(u.split('\n')[0]).toBe('青柳镇人民政府工作报告');
		expect(u).toContain('全镇完 成 财 政 收 入 900 万 元 , 同 比 增 长8%。');
	});
	it('leave spaces around figures and short lines alone', () => {
		expect(unfoldCollapsed('服务业应税销售 1.25 亿元。')).toBe('服务业应税销售 1.25 亿元。');
		const normal = '青柳镇 政府工作报告\n各位代表：\n现在，我代表镇人民政府报告工作。';
		expect(unfoldCollapsed(normal)).toBe(normal);
	});
	it('let the report be read: metadata and results from a one-line page', () => {
		const t = `青柳镇人民政府上半年工作情况报告 ——2022年7月28日在青柳镇第三届人民代表大会第二次会议上 镇长 李四 各位代表: 现在，我代表青柳镇人民政府向大会作2022年上半年工作情况报告。 一、2022年上半年工作情况 上半年，全镇实现财政总收入2.5亿元，完成年度目标的56%。 ${filler}`;
		const [r] = extractDocument({
			fileName: 'c.txt',
			bytes: new TextEncoder().encode(t)
		}).reports.map((r) => contractReport(r));
		expect(r).toMatchObject({
			town: '青柳镇',
			kind: 'midyear',
			reportYear: 2022,
			delivered: '2022-07-28'
		});
		expect(r.results[0]).toMatchObject({
			indicator: 'fiscal_revenue_total',
			value: 2.5,
			completion: 56,
			period: 'H1'
		});
		// quotes are cut from the original text, spaces and all
		expect(t.slice(r.results[0].start, r.results[0].end)).toBe(r.results[0].quote);
	});
});
