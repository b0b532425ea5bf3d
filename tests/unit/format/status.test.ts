import { describe, expect, it } from 'vitest';
import {
	STATUSES,
	STATUS_GLYPH,
	STATUS_LABEL,
	isStatus,
	statusColors
} from '../../../src/lib/format/status';
import { en, zh } from '../../../src/lib/i18n/messages';
import { parseLang, translator } from '../../../src/lib/i18n';

describe('status presentation', () => {
	it('gives every status a distinct glyph, label and colour', () => {
		for (const lang of ['zh', 'en'] as const) {
			expect(new Set(STATUSES.map((s) => STATUS_LABEL[lang][s])).size).toBe(STATUSES.length);
		}
		expect(new Set(STATUSES.map((s) => STATUS_GLYPH[s])).size).toBe(STATUSES.length);
		for (const scheme of ['intl', 'cn'] as const) {
			const c = statusColors(scheme);
			expect(new Set(STATUSES.map((s) => c[s])).size).toBe(STATUSES.length);
		}
	});

	it('uses the required Chinese labels', () => {
		expect(STATUSES.map((s) => STATUS_LABEL.zh[s])).toEqual([
			'完成',
			'未完成',
			'进度正常',
			'进度滞后',
			'未报告',
			'待评估',
			'无法判断'
		]);
	});

	it('swaps the hue meaning "met" between conventions', () => {
		const intl = statusColors('intl');
		const cn = statusColors('cn');
		expect(cn.met).toBe(intl.missed);
		expect(cn.met).not.toBe(intl.met);
	});

	it('recognises statuses', () => {
		expect(isStatus('met')).toBe(true);
		expect(isStatus('done')).toBe(false);
		expect(isStatus(undefined)).toBe(false);
	});
});

describe('i18n', () => {
	it('has an English string for every Chinese key', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
		for (const v of Object.values(en)) expect(v.length).toBeGreaterThan(0);
	});

	it('substitutes variables and keeps unknown placeholders', () => {
		const t = translator('zh');
		expect(t('overview.scorecard', { year: 2023 })).toBe('2023年目标计分卡');
		expect(translator('en')('search.none', { q: 'x' })).toBe('Nothing found for “x”.');
		expect(t('overview.scorecard')).toContain('{year}');
	});

	it('parses only known languages', () => {
		expect(parseLang('en')).toBe('en');
		expect(parseLang('fr')).toBeNull();
		expect(parseLang(null)).toBeNull();
	});
});
