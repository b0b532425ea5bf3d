import { error, json } from '@sveltejs/kit';
import { getReadDb } from '$lib/server/db/index';
import { listReports } from '$lib/server/db/reports';
import { findTown } from '$lib/server/db/towns';
import { optionalInt, optionalText } from '../params';
import type { RequestHandler } from './$types';

/** The reports, optionally of one town (?town=slug or name) and year (?year=). */
export const GET: RequestHandler = ({ url }) => {
	const db = getReadDb();
	const townKey = optionalText(url.searchParams, 'town');
	const year = optionalInt(url.searchParams, 'year', 1949, 2200);
	let townId: number | undefined;
	if (townKey !== undefined) {
		const town = findTown(db, townKey);
		if (!town) error(404, `no town ${townKey}`);
		townId = town.id;
	}
	return json(listReports(db, { townId, year }));
};
