import { error, json } from '@sveltejs/kit';
import { getReadDb } from '$lib/server/db/index';
import { queryAssessments } from '$lib/server/db/assessments';
import { ASSESSMENT_COLUMNS, EXPORT_FORMATS, exportResponse } from '$lib/server/export';
import { assessmentFilter, optionalEnum } from '../params';
import type { RequestHandler } from './$types';

/**
 * The verdicts, one per target and basis, filtered by ?town= ?year= ?indicator= ?status=
 * (and ?basis=, ?primary=1 for the one verdict to show first per target). ?format=csv or xlsx
 * downloads the same rows as a table (json, the default, answers inline).
 */
export const GET: RequestHandler = async ({ url }) => {
	const q = url.searchParams;
	const filter = assessmentFilter(q);
	const format = optionalEnum(q, 'format', EXPORT_FORMATS);
	const rows = queryAssessments(getReadDb(), filter);
	if (!rows) error(404, `no town ${filter.town}`);
	if (format === 'csv' || format === 'xlsx')
		return exportResponse(format, 'assessments', ASSESSMENT_COLUMNS, rows);
	return json(rows);
};
