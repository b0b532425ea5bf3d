import { redirect } from '@sveltejs/kit';
import { COLORS_COOKIE, LANG_COOKIE, parseColors, parseLang } from '$lib/i18n';
import type { RequestHandler } from './$types';

const YEAR = 60 * 60 * 24 * 365;

/**
 * Sets the language or colour preference cookie and returns to the page it came from; a plain
 * link, so the toggle works without JavaScript.
 */
export const GET: RequestHandler = ({ url, cookies }) => {
	const lang = parseLang(url.searchParams.get('lang'));
	const colors = parseColors(url.searchParams.get('colors'));
	const opts = { path: '/', maxAge: YEAR, httpOnly: false, sameSite: 'lax' as const };
	if (lang) cookies.set(LANG_COOKIE, lang, opts);
	if (colors) cookies.set(COLORS_COOKIE, colors, opts);
	redirect(303, safeReturn(url.searchParams.get('to')));
};

/** Only same-site paths, and without the parameters the cookie now carries. */
function safeReturn(to: string | null): string {
	if (!to || !to.startsWith('/') || to.startsWith('//') || to.includes('\\')) return '/';
	const u = new URL(to, 'http://local');
	u.searchParams.delete('lang');
	u.searchParams.delete('colors');
	return u.pathname + u.search + u.hash;
}
