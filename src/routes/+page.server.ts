import { error } from '@sveltejs/kit';
import { getReadDb } from '$lib/server/db';
import { SORT_KEYS, overview, type SortKey } from '$lib/server/db/dashboard';
import { isStatus } from '$lib/format/status';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const p = url.searchParams;
	const yearParam = p.get('year');
	const year = yearParam ? Number(yearParam) : null;
	if (yearParam && !(Number.isInteger(year) && year! > 1900 && year! < 2200))
		error(400, 'year must be a four-digit year');
	const status = p.get('status') || null;
	if (status && !isStatus(status)) error(400, 'unknown status');
	const sort = p.get('sort') || 'name';
	if (!(SORT_KEYS as readonly string[]).includes(sort)) error(400, 'unknown sort key');
	const dir = p.get('dir');
	if (dir && dir !== 'asc' && dir !== 'desc') error(400, 'dir must be asc or desc');
	const pageParam = p.get('page');
	const pageNo = pageParam ? Number(pageParam) : 1;
	if (!(Number.isInteger(pageNo) && pageNo >= 1)) error(400, 'page must be a positive integer');
	const filters = {
		year,
		province: p.get('province') || null,
		county: p.get('county') || null,
		indicator: p.get('indicator') || null,
		status: status as import('$lib/types').Status | null,
		sort: sort as SortKey,
		dir: (dir as 'asc' | 'desc' | null) ?? undefined,
		page: pageNo
	};
	return { filters, overview: overview(getReadDb(), filters) };
};
