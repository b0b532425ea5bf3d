import { error } from '@sveltejs/kit';
import { getReadDb } from '$lib/server/db';
import { documentCount, listDocumentsWithReports } from '$lib/server/db/dashboard';
import type { PageServerLoad } from './$types';

const PER_PAGE = 100;

export const load: PageServerLoad = ({ url }) => {
	const pageParam = url.searchParams.get('page');
	const page = pageParam ? Number(pageParam) : 1;
	if (!(Number.isInteger(page) && page >= 1)) error(400, 'page must be a positive integer');
	const db = getReadDb();
	const total = documentCount(db);
	return {
		documents: listDocumentsWithReports(db, PER_PAGE, (page - 1) * PER_PAGE),
		page,
		pages: Math.max(1, Math.ceil(total / PER_PAGE)),
		total
	};
};
