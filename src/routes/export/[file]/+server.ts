import { error } from '@sveltejs/kit';
import { getReadDb } from '$lib/server/db/index';
import { queryAssessments } from '$lib/server/db/assessments';
import { listReports } from '$lib/server/db/reports';
import { findTown, listTowns } from '$lib/server/db/towns';
import {
	ASSESSMENT_COLUMNS,
	EXPORT_FORMATS,
	REPORT_COLUMNS,
	TOWN_COLUMNS,
	exportResponse,
	type ExportFormat
} from '$lib/server/export';
import { assessmentFilter, optionalInt, optionalText } from '../../api/params';
import type { RequestHandler } from './$types';

/**
 * Table downloads: /export/assessments.csv (or .xlsx, .json) with the view's filters
 * (?town= ?year= ?indicator= ?status= ?basis= ?primary=1), /export/reports.csv?town=&year=,
 * /export/towns.csv.
 */
export const GET: RequestHandler = async ({ params, url }) => {
	const m = /^(assessments|reports|towns)\.(csv|xlsx|json)$/.exec(params.file);
	if (!m || !EXPORT_FORMATS.includes(m[2] as ExportFormat)) error(404, 'no such download');
	const [, table, ext] = m;
	const format = ext as ExportFormat;
	const db = getReadDb();
	const q = url.searchParams;
	if (table === 'assessments') {
		const filter = assessmentFilter(q);
		const rows = queryAssessments(db, filter);
		if (!rows) error(404, `no town ${filter.town}`);
		return exportResponse(format, 'assessments', ASSESSMENT_COLUMNS, rows);
	}
	if (table === 'reports') {
		const townKey = optionalText(q, 'town');
		const year = optionalInt(q, 'year', 1949, 2200);
		let townId: number | undefined;
		if (townKey !== undefined) {
			const town = findTown(db, townKey);
			if (!town) error(404, `no town ${townKey}`);
			townId = town.id;
		}
		return exportResponse(format, 'reports', REPORT_COLUMNS, listReports(db, { townId, year }));
	}
	return exportResponse(format, 'towns', TOWN_COLUMNS, listTowns(db));
};
