import { getReadDb } from '$lib/server/db';
import { search } from '$lib/server/db/dashboard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
	return { q, results: q ? search(getReadDb(), q) : null };
};
