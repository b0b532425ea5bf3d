import { COLORS_COOKIE, LANG_COOKIE, parseColors, parseLang, type Prefs } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

/** Language and colour meaning: a URL parameter (shared links) wins over the cookie. */
export const load: LayoutServerLoad = ({ url, cookies }): Prefs => ({
	lang: parseLang(url.searchParams.get('lang')) ?? parseLang(cookies.get(LANG_COOKIE)) ?? 'zh',
	colors:
		parseColors(url.searchParams.get('colors')) ?? parseColors(cookies.get(COLORS_COOKIE)) ?? 'intl'
});
