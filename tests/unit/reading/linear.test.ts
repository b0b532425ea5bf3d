/**
 * Hostile shapes that once could make a stage quadratic: each must stay well within a time that
 * a quadratic algorithm on this size would blow by orders of magnitude.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/lib/extract';
import { htmlToText } from '../../../src/lib/reading/html';

function seconds(f: () => void): number {
	const t = performance.now();
	f();
	return (performance.now() - t) / 1000;
}

describe('linear time on hostile input', () => {
	it('a long unpunctuated line full of target cues', () => {
		const text =
			'青禾镇2023年政府工作报告\n各位代表：\n二、2023年工作安排\n' +
			'全镇主要目标是稳步推进，'.repeat(20000);
		const bytes = new TextEncoder().encode(text);
		expect(seconds(() => extractDocument({ fileName: 'x.txt', bytes }))).toBeLessThan(8);
	});
	it('HTML with many "<" and no ">"', () => {
		const html = '<p>正文</p>' + '<a href="x'.repeat(30000) + '增速<5%'.repeat(30000);
		expect(seconds(() => htmlToText(html))).toBeLessThan(3);
	});
});

describe('linear time on stray "<" with a ">" far away', () => {
	it('many unclosed tags before a final ">"', () => {
		const html =
			'<p>正文</p>' + '<a href="x'.repeat(30000) + '>' + '<a b c d e'.repeat(30000) + '>';
		expect(seconds(() => htmlToText(html))).toBeLessThan(3);
	});
});
