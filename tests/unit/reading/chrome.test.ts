import { describe, expect, it } from 'vitest';
import { isChromeLine, pageFacts } from '../../../src/lib/reading/chrome';

describe('isChromeLine', () => {
	it.each([
		'进入老年模式 退出老年模式',
		'当前位置:首页',
		'> 政务公开 > 信息公开目录 > 计划总结',
		'索引号: AB123-071/2021-1 公开方式: 主动公开',
		'索  引:001008/2024-1 发文机关:某镇',
		'发布单位 | 某镇 | 发文日期 | 2022-05-05 |',
		'• 日期:2021-01-13 16:33',
		'• 来源:某镇',
		'发布时间:2021-01-07 15:59 浏览次数: 信息来源:党政综合办公室',
		'访 问 量 :',
		'浙ICP备00000000号 浙公网安备 000000号',
		'主办单位:某市人民政府',
		'打印 关闭',
		'分享: |',
		'建议IE7.0 1024*768分辨率以上浏览本网站',
		'1、当您付费下载文档后,您只拥有了使用权限',
		'阅读辅助',
		'2024-08-29 15:04',
		'【打印本页】 【关闭窗口】',
		'【字号：大 中 小】　【打印】　【关闭】',
		'第2页 共5页 上一页 下一页',
		'• 信息类别: 乡镇(街道)工作报告',
		'• 生成日期:2030-06-17',
		'• 信息索取号:000001/2030-00001',
		'字号: 〖大 小〗',
		'关联导读:',
		'下一条:甲镇第二届人民代表大会第四次会议圆满闭幕',
		'上一条:乙乡召开2030年政府工作报告征求意见座谈会'
	])('recognises chrome: %s', (line) => {
		expect(isChromeLine(line)).toBe(true);
	});
	it.each([
		'各位代表:',
		'一、2022年工作回顾',
		'2022年,全镇实现地区生产总值45.6亿元,同比增长6.1%。',
		'政府工作报告',
		'资金来源:镇财政安排,共计300万元。',
		'(一)加强技术支持,推动企业上云。',
		'三、大中小企业融通发展',
		'• 青柳镇2030年政府工作报告'
	])('leaves report text: %s', (line) => {
		expect(isChromeLine(line)).toBe(false);
	});
});

describe('pageFacts', () => {
	it('prefers the publication time over the 成文日期 and reads publisher and index number', () => {
		const f = pageFacts([
			'索引号: AB331-071/2021-108 公开方式: 主动公开',
			'文号: 成文日期: 2021-01-10',
			'发布单位: 某镇',
			'• 日期:2021-01-13 16:33'
		]);
		expect(f).toEqual({
			published: '2021-01-13',
			publisher: '某镇',
			indexNumber: 'AB331-071/2021-108',
			sourceUrl: null
		});
	});
	it('reads a table row with bars and a 发文日期', () => {
		const f = pageFacts([
			'索引号 | 0025/2022-81 | 公开方式 | 主动公开 |',
			'发布单位 | 某镇 | 发文日期 | 2022-05-05 |'
		]);
		expect(f.published).toBe('2022-05-05');
		expect(f.publisher).toBe('某镇');
		expect(f.indexNumber).toBe('0025/2022-81');
	});
	it('reads 发布时间 and 发文机关, and Chinese-style dates', () => {
		const f = pageFacts([
			'索  引:0010/2024-86 发文机关:某镇',
			'公开形式:主动公开 发布时间:2024年8月9日'
		]);
		expect(f.published).toBe('2024-08-09');
		expect(f.publisher).toBe('某镇');
	});
	it('reads a date opening a chrome line and a 时间 label', () => {
		expect(pageFacts(['2023-02-10 来源：某镇 浏览次数：']).published).toBe('2023-02-10');
		expect(pageFacts(['时间：2023年07月12日  来源：某街道办事处']).published).toBe('2023-07-12');
	});
	it('gives nulls when the page says nothing', () => {
		expect(pageFacts(['打印 关闭'])).toEqual({
			published: null,
			publisher: null,
			indexNumber: null,
			sourceUrl: null
		});
	});
});

describe('metadata rows naming the report', () => {
	it('a table row whose subject is 政府工作报告 is still chrome', () => {
		expect(isChromeLine('发布日期： | 2023-12-28 | 主题分类： | 政府工作报告 |')).toBe(true);
		expect(pageFacts(['发布日期： | 2023-12-28 | 主题分类： | 政府工作报告 |']).published).toBe(
			'2023-12-28'
		);
	});
	it('a report title carrying a date label is not chrome', () => {
		expect(isChromeLine('某镇2023年政府工作报告 发布时间：2023-02-01')).toBe(false);
	});
});

describe('labels run together', () => {
	it('cuts the publisher at the next label', () => {
		const f = pageFacts(['发布时间：2023-02-01 09:00来源：白沙镇人民政府浏览量：']);
		expect(f).toMatchObject({ published: '2023-02-01', publisher: '白沙镇人民政府' });
	});
	it('reads an e-paper page: its edition lines are chrome and its issue date the publication', () => {
		expect(isChromeLine('第05版：县域新闻')).toBe(true);
		expect(isChromeLine('内容详情 2031年03月04日 返回该版首页')).toBe(true);
		expect(pageFacts(['内容详情 2031年03月04日 返回该版首页']).published).toBe('2031-03-04');
	});
});

describe('publication dates under other labels', () => {
	it('reads 生成日期, 创建于, 上传时间 and a bulleted or trailing timestamp', () => {
		expect(pageFacts(['发布机构: 某乡 生成日期: 2031-06-30']).published).toBe('2031-06-30');
		expect(pageFacts(['创建于2031-03-27 | 阅读 12']).published).toBe('2031-03-27');
		expect(pageFacts(['文档编号:5173 上传时间:2031-04-08 格式:DOCX']).published).toBe('2031-04-08');
		expect(pageFacts(['• 2031-02-28 14:50']).published).toBe('2031-02-28');
		expect(pageFacts(['某某日报 2031-07-27 11:25']).published).toBe('2031-07-27');
		expect(pageFacts(['访问量 2031']).published).toBeNull();
	});
	it('reads a site’s dateline (- 2031-04-14 发布, 某网/2031-01-12, 26.07.2031 03:41)', () => {
		expect(pageFacts(['- 2031-04-14 发布']).published).toBe('2031-04-14');
		expect(pageFacts(['本站小编 某某网/2031-01-12']).published).toBe('2031-01-12');
		expect(pageFacts(['26.07.2031  03:41']).published).toBe('2031-07-26');
	});
	it('reads a catalogue block whose label and date stand on lines of their own', () => {
		expect(pageFacts(['- 文 号', '- 日期', '- 2031-04-15']).published).toBe('2031-04-15');
	});
});
