import { COLORS_COOKIE, LANG_COOKIE, parseColors, parseLang, type Prefs } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

/**
 * Language and colour meaning: a URL parameter (shared links) wins over the cookie. The
 * signed-in editor (or null) drives the editor bar and the correction links on every page.
 */
export const load: LayoutServerLoad = ({
	url,
	cookies,
	locals
}): Prefs & { editor: { name: string } | null } => ({
	lang: parseLang(url.searchParams.get('lang')) ?? parseLang(cookies.get(LANG_COOKIE)) ?? 'zh',
	colors:
		parseColors(url.searchParams.get('colors')) ??
		parseColors(cookies.get(COLORS_COOKIE)) ??
		'intl',
	// Only the name: the account id has no use in the page.
	editor: locals.editor ? { name: locals.editor.name } : null
});
