import { error } from '@sveltejs/kit';
import { getReadDb } from '$lib/server/db';
import { townDetail } from '$lib/server/db/dashboard-town';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => {
	if (!params.town || params.town.length > 100) error(400, 'bad town');
	// ?year=all lists every year's targets; a year narrows the table and the charts.
	const yearParam = url.searchParams.get('year');
	const all = yearParam === 'all';
	const year = yearParam && !all ? Number(yearParam) : null;
	if (yearParam && !all && !(Number.isInteger(year) && year! > 1900 && year! < 2200))
		error(400, 'year must be a four-digit year or all');
	const detail = townDetail(getReadDb(), params.town);
	if (!detail) error(404, 'no such town');
	return { detail, year, all, indicator: url.searchParams.get('ind') };
};
