/**
 * The import preview's form: field names for the editable tables and their reading back into
 * edits. Names: r{i}.{field} for report i's metadata, t{i}.{j}.{field} / s{i}.{j}.{field} for
 * target / result j, ….delete to mark one wrong, t{i}.new.* / s{i}.new.* for an added item.
 */
import type { Report } from '../types';
import type { ImportEdit } from './upload';

export const REPORT_FORM_FIELDS = [
	'town',
	'county',
	'kind',
	'reportYear',
	'reviewYear',
	'delivered',
	'title'
] as const;
export const TARGET_FORM_FIELDS = [
	'indicator',
	'text',
	'year',
	'measure',
	'bound',
	'value',
	'unit'
] as const;
export const RESULT_FORM_FIELDS = [
	'indicator',
	'text',
	'year',
	'period',
	'value',
	'unit',
	'growth',
	'completion',
	'estimated'
] as const;

const one = (form: FormData, name: string): string | null => {
	const all = form.getAll(name).map(String);
	if (!all.length) return null;
	// A checkbox sends a hidden '' and, when ticked, 'on'.
	return all.includes('on') ? 'on' : all[all.length - 1];
};

/** The edits a submitted preview form carries (unchanged values are dropped later). */
export function editsFromForm(form: FormData, reports: Report[]): ImportEdit[] {
	const edits: ImportEdit[] = [];
	reports.forEach((r, i) => {
		for (const field of REPORT_FORM_FIELDS) {
			const v = one(form, `r${i}.${field}`);
			if (v !== null) edits.push({ kind: 'report', report: i, field, value: v });
		}
		const items = [
			['t', 'target', r.targets, TARGET_FORM_FIELDS],
			['s', 'result', r.results, RESULT_FORM_FIELDS]
		] as const;
		for (const [prefix, kind, list, fields] of items) {
			list.forEach((_, j) => {
				const key = `${prefix}${i}.${j}`;
				if (one(form, `${key}.delete`) === 'on') {
					edits.push({ kind, report: i, index: j, action: 'delete' });
					return;
				}
				for (const field of fields) {
					const v = one(form, `${key}.${field}`);
					if (v !== null) edits.push({ kind, report: i, index: j, action: 'set', field, value: v });
				}
			});
			const quote = one(form, `${prefix}${i}.new.quote`)?.trim();
			if (quote) {
				const item: Record<string, unknown> = { quote };
				for (const field of fields) item[field] = one(form, `${prefix}${i}.new.${field}`);
				if (kind === 'target') item.tier = 'plan';
				edits.push({ kind, report: i, action: 'add', item });
			}
		}
	});
	return edits;
}

/** The town and year the API's form fields give, as edits of every report of the file. */
export function overrideEdits(form: FormData, reports: Report[]): ImportEdit[] {
	const edits: ImportEdit[] = [];
	const town = one(form, 'town')?.trim();
	const year = one(form, 'year')?.trim();
	const kind = one(form, 'kind')?.trim();
	reports.forEach((_, i) => {
		if (town) edits.push({ kind: 'report', report: i, field: 'town', value: town });
		if (kind) edits.push({ kind: 'report', report: i, field: 'kind', value: kind });
		if (year) edits.push({ kind: 'report', report: i, field: 'reportYear', value: year });
	});
	return edits;
}
