import { error, json } from '@sveltejs/kit';
import { getReadDb } from '$lib/server/db/index';
import { DEFAULT_LIMIT, MAX_LIMIT, pageAssessments } from '$lib/server/db/dashboard-api';
import { ASSESSMENT_COLUMNS, EXPORT_FORMATS, exportResponse } from '$lib/server/export';
import { assessmentFilter, optionalEnum, optionalInt } from '../params';
import type { RequestHandler } from './$types';

/** Downloads may be longer than a JSON page, but still bounded (a national ledger has 10 M rows). */
const EXPORT_LIMIT = 100_000;

/**
 * The verdicts, one per target and basis, filtered by ?town= ?year= ?indicator= ?status=
 * (and ?basis=, ?primary=1 for the one verdict to show first per target), one page at a time:
 * ?limit= (default 200, or 5000 with ?town=; at most 5000; downloads up to 100000) and ?offset=. The number of
 * matching rows is in the X-Total-Count header, the next page's URL in a Link header.
 * ?format=csv or xlsx downloads the same rows as a table (json, the default, answers inline).
 */
export const GET: RequestHandler = async ({ url }) => {
	const q = url.searchParams;
	const filter = assessmentFilter(q);
	const format = optionalEnum(q, 'format', EXPORT_FORMATS);
	const download = format === 'csv' || format === 'xlsx';
	// One town's verdicts are few (hundreds at most): whole by default, as before paging.
	const limit =
		optionalInt(q, 'limit', 1, download ? EXPORT_LIMIT : MAX_LIMIT) ??
		(download ? EXPORT_LIMIT : filter.town !== undefined ? MAX_LIMIT : DEFAULT_LIMIT);
	const offset = optionalInt(q, 'offset', 0, Number.MAX_SAFE_INTEGER) ?? 0;
	const page = pageAssessments(getReadDb(), filter, limit, offset);
	if (!page) error(404, `no town ${filter.town}`);
	const res = download
		? await exportResponse(format, 'assessments', ASSESSMENT_COLUMNS, page.rows)
		: json(page.rows);
	res.headers.set('x-total-count', String(page.total));
	if (offset + page.rows.length < page.total) {
		const next = new URL(url);
		next.searchParams.set('offset', String(offset + page.rows.length));
		next.searchParams.set('limit', String(limit));
		res.headers.set('link', `<${next.pathname}${next.search}>; rel="next"`);
	}
	return res;
};
