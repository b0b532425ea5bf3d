/**
 * Targets and results of one report. Input: the document text, its matching form (same
 * length, see reading/normalize.ts) and the report's span, years and sections.
 */
import type { ReportKind, ResultItem, Section, TargetItem } from '../types';

export interface ItemContext {
	/** Original document text: quotes are cut from it. */
	text: string;
	/** normalizeForMatching(text): rules match on it; same offsets. */
	norm: string;
	report: {
		start: number;
		end: number;
		kind: ReportKind;
		reportYear: number;
		reviewYear: number;
		sections: Section[];
	};
}

export interface Items {
	targets: TargetItem[];
	results: ResultItem[];
}

export function extractItems(_ctx: ItemContext): Items {
	// Work in progress (issue 3).
	return { targets: [], results: [] };
}
