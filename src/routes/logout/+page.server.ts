import { redirect } from '@sveltejs/kit';
import { signOut } from '$lib/server/auth';
import { clearSessionCookie, sessionToken, withWriteDb } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({ editor: locals.editor });

export const actions: Actions = {
	default: async (event) => {
		const token = sessionToken(event);
		if (token) withWriteDb((db) => signOut(db, token));
		clearSessionCookie(event.cookies, event.url);
		redirect(303, '/');
	}
};
