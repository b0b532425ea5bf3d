/**
 * Language and colour preferences. Both are read on the server (URL parameter first, so a
 * shared link shows what its sender saw, then a cookie) and passed down in the layout data,
 * so server rendering already uses the right language.
 */
import { COLOR_SCHEMES, type ColorScheme } from '../format/status';
import type { Lang } from '../format/number';
import { en, zh, type MessageKey } from './messages';

export type { Lang, MessageKey };
export const LANGS: readonly Lang[] = ['zh', 'en'];
export const LANG_COOKIE = 'lang';
export const COLORS_COOKIE = 'colors';

export interface Prefs {
	lang: Lang;
	colors: ColorScheme;
}

export function parseLang(v: string | null | undefined): Lang | null {
	return v && (LANGS as readonly string[]).includes(v) ? (v as Lang) : null;
}

export function parseColors(v: string | null | undefined): ColorScheme | null {
	return v && (COLOR_SCHEMES as readonly string[]).includes(v) ? (v as ColorScheme) : null;
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const tables = { zh, en };

export function translator(lang: Lang): Translate {
	const table = tables[lang];
	return (key, vars) => {
		const s = table[key] ?? zh[key] ?? key;
		return vars ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : s;
	};
}

/** The BCP 47 tag for the lang attribute. */
export function langTag(lang: Lang): string {
	return lang === 'zh' ? 'zh-CN' : 'en';
}
