import type { Handle } from '@sveltejs/kit';
import { getReadDb } from '$lib/server/db/index';
import { userForToken } from '$lib/server/auth';
import { sessionToken } from '$lib/server/session';
import { LANG_COOKIE, langTag, parseLang } from '$lib/i18n';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the session to `locals.editor` and adds security headers to every answer. Writes
 * from another origin are refused here too (SvelteKit's own check covers form posts only).
 */
export const handle: Handle = async ({ event, resolve }) => {
	const token = sessionToken(event);
	event.locals.editor = null;
	if (token) {
		const user = userForToken(getReadDb(), token);
		if (user) event.locals.editor = { id: user.id, name: user.name };
	}
	if (!SAFE_METHODS.has(event.request.method)) {
		const origin = event.request.headers.get('origin');
		if (origin && origin !== event.url.origin)
			return new Response(`Cross-site ${event.request.method} requests are forbidden`, {
				status: 403,
				headers: { 'content-type': 'text/plain; charset=utf-8' }
			});
	}
	// app.html says zh-CN; an English page says so on <html> too (screen readers, fonts, search).
	const lang =
		parseLang(event.url.searchParams.get('lang')) ?? parseLang(event.cookies.get(LANG_COOKIE));
	const response = await resolve(
		event,
		lang && lang !== 'zh'
			? {
					transformPageChunk: ({ html }) =>
						html.replace('<html lang="zh-CN">', `<html lang="${langTag(lang)}">`)
				}
			: undefined
	);
	const set = (name: string, value: string) => {
		if (!response.headers.has(name)) response.headers.set(name, value);
	};
	try {
		set('X-Content-Type-Options', 'nosniff');
		set('Referrer-Policy', 'strict-origin-when-cross-origin');
		set('X-Frame-Options', 'DENY');
		// Pages get SvelteKit's policy (kit.csp); everything else (JSON, downloads) a closed one.
		set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
		if (event.locals.editor) set('Cache-Control', 'private, no-store');
	} catch {
		// Some responses (e.g. fetched ones) have immutable headers; they are passed on as they are.
	}
	return response;
};
