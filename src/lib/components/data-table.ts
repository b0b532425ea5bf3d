import type { Snippet } from 'svelte';
import type { DumbbellRow } from '$lib/charts/dumbbell';
import { formatValue, type Lang } from '$lib/format/number';
import type { Translate } from '$lib/i18n';
import type { Status } from '$lib/types';

/**
 * One column of a DataTable. A cell is plain text (`value`), a status badge (`status`) or,
 * for anything richer such as a linked town name, a snippet (`cell`); the first column is
 * the row header.
 */
export interface Column<R> {
	label: string;
	/** Right-aligned, tabular figures. */
	num?: boolean;
	value?: (row: R) => string | number | null | undefined;
	status?: (row: R) => Status;
	cell?: Snippet<[R]>;
}

/** The columns behind a target-against-actual chart of growth rates (town page, brief). */
export function targetActualColumns<R extends { label: string } & Omit<DumbbellRow, 'label'>>(
	t: Translate,
	lang: Lang
): Column<R>[] {
	return [
		{ label: t('common.indicator'), value: (r) => r.label },
		{ label: t('common.target'), num: true, value: (r) => formatValue(r.target, '%', lang) },
		{ label: t('common.actual'), num: true, value: (r) => formatValue(r.actual, '%', lang) },
		{ label: t('common.status'), status: (r) => r.status }
	];
}
