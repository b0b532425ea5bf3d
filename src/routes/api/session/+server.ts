import { error, json } from '@sveltejs/kit';
import { signIn, signOut } from '$lib/server/auth';
import {
	clearSessionCookie,
	clientAddress,
	sessionToken,
	setSessionCookie,
	withWriteDb
} from '$lib/server/session';
import type { RequestHandler } from './$types';

/** Who is signed in (null when nobody). */
export const GET: RequestHandler = ({ locals }) => json({ editor: locals.editor });

/**
 * Signs in with JSON {name, password}: sets the session cookie and also answers the token, for
 * scripts (send it as `Authorization: Bearer TOKEN`). Rate-limited like the sign-in page.
 */
export const POST: RequestHandler = async (event) => {
	let body: unknown;
	try {
		body = await event.request.json();
	} catch {
		error(400, 'send JSON {"name": …, "password": …}');
	}
	const { name, password } = (body ?? {}) as { name?: unknown; password?: unknown };
	if (typeof name !== 'string' || typeof password !== 'string' || !name || !password)
		error(400, 'send JSON {"name": …, "password": …}');
	if (name.length > 100 || password.length > 1024) error(401, 'wrong name or password');
	const result = withWriteDb((db) => signIn(db, name, password, clientAddress(event)));
	if (!result.ok)
		error(
			result.reason === 'rate_limited' ? 429 : 401,
			result.reason === 'rate_limited'
				? 'too many attempts; wait and retry'
				: 'wrong name or password'
		);
	setSessionCookie(event, result.token, result.expires);
	return json({
		editor: { id: result.user.id, name: result.user.name },
		token: result.token,
		expires: result.expires.toISOString()
	});
};

/** Signs out (ends the session the request carries). */
export const DELETE: RequestHandler = (event) => {
	const token = sessionToken(event);
	if (!token || !event.locals.editor) error(401, 'not signed in');
	withWriteDb((db) => signOut(db, token));
	clearSessionCookie(event.cookies, event.url);
	return new Response(null, { status: 204 });
};
