import { error, json } from '@sveltejs/kit';
import { getReadDb } from '$lib/server/db/index';
import { BASES, STATUSES, queryAssessments } from '$lib/server/db/assessments';
import { optionalEnum, optionalFlag, optionalInt, optionalText } from '../params';
import type { RequestHandler } from './$types';

/**
 * The verdicts, one per target and basis, filtered by ?town= ?year= ?indicator= ?status=
 * (and ?basis=, ?primary=1 for the one verdict to show first per target).
 */
export const GET: RequestHandler = ({ url }) => {
	const q = url.searchParams;
	const filter = {
		town: optionalText(q, 'town'),
		year: optionalInt(q, 'year', 1949, 2200),
		indicator: optionalText(q, 'indicator'),
		status: optionalEnum(q, 'status', STATUSES),
		basis: optionalEnum(q, 'basis', BASES),
		primaryOnly: optionalFlag(q, 'primary')
	};
	const rows = queryAssessments(getReadDb(), filter);
	if (!rows) error(404, `no town ${filter.town}`);
	return json(rows);
};
