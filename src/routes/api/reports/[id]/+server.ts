import { error, json } from '@sveltejs/kit';
import { getReadDb } from '$lib/server/db/index';
import { getReport } from '$lib/server/db/reports';
import type { RequestHandler } from './$types';

/** One report: metadata, its text, and every target and result with quote and offsets. */
export const GET: RequestHandler = ({ params }) => {
	if (!/^\d{1,12}$/.test(params.id)) error(400, 'report id must be a number');
	const report = getReport(getReadDb(), Number(params.id));
	if (!report) error(404, `no report ${params.id}`);
	return json(report);
};
