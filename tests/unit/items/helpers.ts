import { extractItems, type Items } from '../../../src/lib/items';
import { normalizeForMatching } from '../../../src/lib/reading/normalize';
import type { Genre, ReportKind, Section } from '../../../src/lib/types';

/** Items of a small report built from a review part and a plan part (fictional text). */
export function run(
	parts: { review?: string; plan?: string; fiveYear?: string },
	opts: { kind?: ReportKind; reportYear?: number; sections?: Section[]; genre?: Genre } = {}
): Items {
	const reportYear = opts.reportYear ?? 2031;
	const kind = opts.kind ?? 'annual';
	const text =
		`各位代表:\n一、${reportYear - 1}年工作回顾\n${parts.review ?? ''}\n` +
		(parts.fiveYear ? `二、今后五年发展目标任务\n${parts.fiveYear}\n` : '') +
		`三、${reportYear}年工作安排\n${parts.plan ?? ''}\n`;
	return extractItems({
		text,
		norm: normalizeForMatching(text),
		report: {
			start: 0,
			end: text.length,
			kind,
			reportYear,
			reviewYear: kind === 'midyear' ? reportYear : reportYear - 1,
			sections: opts.sections ?? [],
			genre: opts.genre
		}
	});
}
