import { error } from '@sveltejs/kit';
import { getReadDb } from '$lib/server/db';
import { reportDetail } from '$lib/server/db/dashboard-report';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	if (!/^\d{1,10}$/.test(params.id)) error(400, 'report id must be a number');
	const detail = reportDetail(getReadDb(), Number(params.id));
	if (!detail) error(404, 'no such report');
	return { detail };
};
