/**
 * Request helpers for editors: the session cookie, refusing writes without a signed-in editor,
 * and the short-lived writable database handle every write opens (the app's shared handle
 * stays read-only).
 */
import { error, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { databasePath, openDatabase, type Db } from './db/index';
import { SESSION_COOKIE } from './auth';

export function setSessionCookie(event: RequestEvent, token: string, expires: Date): void {
	event.cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:',
		expires
	});
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, { path: '/', secure: url.protocol === 'https:' });
}

/** The session token of the request: the cookie, or an `Authorization: Bearer` header. */
export function sessionToken(event: Pick<RequestEvent, 'cookies' | 'request'>): string | undefined {
	const auth = event.request.headers.get('authorization');
	const bearer = auth && /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
	return bearer || event.cookies.get(SESSION_COOKIE);
}

/** The signed-in editor, or a 401 (API) answer. */
export function requireEditor(locals: App.Locals): { id: number; name: string } {
	if (!locals.editor) error(401, 'sign in as an editor to change the ledger');
	return locals.editor;
}

/** Runs `fn` with a writable handle opened for it alone, closed afterwards. */
export function withWriteDb<T>(fn: (db: Db) => T): T {
	const db = openDatabase(databasePath());
	try {
		return fn(db);
	} finally {
		db.close();
	}
}

export function clientAddress(event: Pick<RequestEvent, 'getClientAddress'>): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}
