import { fail, redirect } from '@sveltejs/kit';
import { signIn, RATE_LIMIT } from '$lib/server/auth';
import { clientAddress, setSessionCookie, withWriteDb } from '$lib/server/session';
import { safeNext } from '$lib/components/editor/lang';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => ({
	editor: locals.editor,
	next: safeNext(url.searchParams.get('next'))
});

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const name = String(form.get('name') ?? '').trim();
		const password = String(form.get('password') ?? '');
		const next = safeNext(String(form.get('next') ?? ''));
		if (!name || !password)
			return fail(400, { name, error: 'missing' as const, minutes: RATE_LIMIT.windowMinutes });
		if (name.length > 100 || password.length > 1024)
			return fail(400, { name: '', error: 'invalid' as const, minutes: RATE_LIMIT.windowMinutes });
		const result = withWriteDb((db) => signIn(db, name, password, clientAddress(event)));
		if (!result.ok)
			return fail(result.reason === 'rate_limited' ? 429 : 400, {
				name,
				error: result.reason,
				minutes: RATE_LIMIT.windowMinutes
			});
		setSessionCookie(event, result.token, result.expires);
		redirect(303, next);
	}
};
