import { error } from '@sveltejs/kit';
import { getReadDb } from '$lib/server/db';
import { indicatorDetail } from '$lib/server/db/dashboard-report';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => {
	if (!/^[a-z0-9_]{1,64}$/.test(params.id)) error(400, 'bad indicator id');
	const measure = url.searchParams.get('measure');
	if (measure && measure !== 'growth' && measure !== 'level')
		error(400, 'measure must be growth or level');
	const detail = indicatorDetail(getReadDb(), params.id);
	if (!detail) error(404, 'no such indicator');
	return { detail, measure: measure as 'growth' | 'level' | null };
};
