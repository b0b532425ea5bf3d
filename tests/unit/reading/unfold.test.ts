import { describe, expect, it } from 'vitest';
import { unfoldCollapsed } from '../../../src/lib/reading/unfold';
import { contractReport, extractDocument } from '../../../src/lib/extract';

const filler = '春耕时节，田里的拖拉机来回忙碌，合作社的仓库也堆满了新到的种子。'.repeat(10);

describe('pages whose line breaks collapsed into spaces', () => {
	it('get their line breaks back in the matching form, same length', () => {
		const t = `青柳镇人民政府工作报告 ——2031年2月6日在青柳镇第十二届人民代表大会第七次全体会议上 镇长 李四 各位代表: 下面，我受镇政府委托向大会汇报工作。 ${filler}`;
		const u = unfoldCollapsed(t);
		expect(u.length).toBe(t.length);
		expect(u.split('\n').slice(0, 4)).toEqual([
			'青柳镇人民政府工作报告',
			'——2031年2月6日在青柳镇第十二届人民代表大会第七次全体会议上',
			'镇长',
			'李四'
		]);
	});
	it('keep a letter-spaced run (完 成 财 政 收 入) on one line', () => {
		const t = `青柳镇人民政府工作报告 各位代表: 下面，我受镇政府委托向大会汇报工作。 ${filler} 全镇完 成 财 政 收 入 760 万 元 , 同 比 增 长9%。 ${filler}`;
		const u = unfoldCollapsed(t);
		expect(u.split('\n')[0]).toBe('青柳镇人民政府工作报告');
		expect(u).toContain('全镇完 成 财 政 收 入 760 万 元 , 同 比 增 长9%。');
	});
	it('leave spaces around figures and short lines alone', () => {
		expect(unfoldCollapsed('服务业应税销售 3.47 亿元。')).toBe('服务业应税销售 3.47 亿元。');
		const normal = '青柳镇 政府工作报告\n各位代表：\n下面，由我向大会汇报工作。';
		expect(unfoldCollapsed(normal)).toBe(normal);
	});
	it('let the report be read: metadata and results from a one-line page', () => {
		const t = `青柳镇人民政府上半年工作情况报告 ——2029年7月24日在青柳镇第十二届人民代表大会第七次全体会议上 镇长 李四 各位代表: 下面，我受镇政府委托向大会通报2029年上半年的工作。 一、2029年上半年工作情况 上半年，全镇实现财政总收入3.8亿元，完成年度目标的61%。 ${filler}`;
		const [r] = extractDocument({
			fileName: 'c.txt',
			bytes: new TextEncoder().encode(t)
		}).reports.map((r) => contractReport(r));
		expect(r).toMatchObject({
			town: '青柳镇',
			kind: 'midyear',
			reportYear: 2029,
			delivered: '2029-07-24'
		});
		expect(r.results[0]).toMatchObject({
			indicator: 'fiscal_revenue_total',
			value: 3.8,
			completion: 61,
			period: 'H1'
		});
		// quotes are cut from the original text, spaces and all
		expect(t.slice(r.results[0].start, r.results[0].end)).toBe(r.results[0].quote);
	});
});
