import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, looksLikeHtml } from '../../../src/lib/reading/html';

describe('htmlToText', () => {
	it('drops script, style and navigation, and keeps paragraphs as lines', () => {
		const html = `<html><head><title>某镇政府工作报告</title><script>var x="<p>脚本</p>";</script>
			<style>p{}</style></head><body><nav><a>首页</a><a>政务公开</a></nav>
			<div class="breadcrumb">首页 &gt; 报告</div>
			<p>第一段。</p><p>第二段<br>换行。</p><footer>版权所有</footer></body></html>`;
		const r = htmlToText(html);
		expect(r.title).toBe('某镇政府工作报告');
		expect(r.text).toBe('第一段。\n\n第二段\n换行。');
		expect(r.text).not.toContain('脚本');
		expect(r.text).not.toContain('首页');
		expect(r.text).not.toContain('版权');
	});
	it('joins table cells with bars, one row per line', () => {
		const r = htmlToText(
			'<table><tr><td>索引号</td><td>A-1/2023-5</td></tr><tr><td>发布机构</td><td>某镇</td></tr></table>'
		);
		expect(r.text.split('\n').filter(Boolean)).toEqual([
			'索引号 | A-1/2023-5 |',
			'发布机构 | 某镇 |'
		]);
	});
	it('keeps nested elements inside a dropped block dropped', () => {
		const r = htmlToText('<div class="share"><div>分享</div><div>微信</div></div><p>正文</p>');
		expect(r.text).toBe('正文');
	});
	it('collapses whitespace in text but keeps line breaks in <pre>', () => {
		expect(htmlToText('<p>增长   6%\n以上</p>').text).toBe('增长 6% 以上');
		expect(htmlToText('<pre>a\n  b</pre>').text).toBe('a\nb');
	});
	it('reads the canonical address', () => {
		const r = htmlToText(
			'<head><link rel="canonical" href="https://x.gov.cn/a.html"></head><p>x</p>'
		);
		expect(r.url).toBe('https://x.gov.cn/a.html');
	});
});

describe('decodeEntities', () => {
	it('decodes named, decimal and hex entities and leaves unknown ones', () => {
		expect(decodeEntities('&ldquo;A&rdquo;&amp;&#20892;&#x4E1A;&nbsp;&foo;')).toBe(
			'“A”&农业 &foo;'
		);
	});
});

describe('looksLikeHtml', () => {
	it('tells markup from plain text', () => {
		expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
		expect(looksLikeHtml('<div class="a">x</div>')).toBe(true);
		expect(looksLikeHtml('地区生产总值增长6%<以上>')).toBe(false);
	});
});

describe('htmlToText on older page layouts', () => {
	it('ignores Word <xml> blocks in the head and conditional comments', () => {
		const html = `<html><head><title>报告</title><xml><o:Author>某人</o:Author></xml>
			<!--[if gte mso 9]><p>隐藏</p><![endif]--></head><body><p>正文<o:p></o:p></p></body></html>`;
		expect(htmlToText(html).text).toBe('正文');
	});
	it('does not leave a bar after an article laid out in a table cell', () => {
		const html = '<table><tr><td><p>第一段。</p><p>第二段。</p></td></tr></table>';
		expect(htmlToText(html).text).toBe('第一段。\n\n第二段。');
	});
});
