/**
 * The question a deputy could ask about a target that was missed, not reported or behind
 * schedule. Always in Chinese: it is meant to be read out at the people's congress.
 */
import type { Status } from '../types';
import { formatNumber, formatValue } from './number';
import { describeTarget, type TargetLike } from './target';

export interface QuestionInput extends TargetLike {
	status: Status;
	year: number;
	/** Indicator name, or the phrase as written when the catalogue lacks it. */
	name: string;
	outcomeValue: number | null;
	margin: number | null;
	marginUnit: 'pp' | 'ratio' | null;
	/** Mid-year: share of the annual target completed (percent) and of the year elapsed (0–1). */
	completion?: number | null;
	expectedShare?: number | null;
}

export function draftQuestion(q: QuestionInput): string {
	const target = describeTarget(q, 'zh');
	const next = q.year + 1;
	if (q.status === 'not_reported') {
		return `${q.year}年政府工作报告提出“${q.name}${target}”的目标，但此后的报告没有说明完成情况。请问该目标实际完成得怎样？为什么没有向代表大会报告？`;
	}
	if (q.status === 'behind') {
		const done =
			q.completion != null ? `仅完成全年目标的${formatNumber(q.completion)}%` : '进度偏慢';
		const elapsed =
			q.expectedShare != null ? `，低于${formatNumber(q.expectedShare * 100)}%的时间进度` : '';
		return `${q.year}年“${q.name}${target}”的目标，年中${done}${elapsed}。请问进度滞后的原因是什么？下半年将采取哪些措施确保完成全年目标？`;
	}
	// missed (and any other status a caller passes): state the gap when known.
	const actual =
		q.outcomeValue == null
			? ''
			: q.measure === 'level'
				? `，实际完成${formatValue(q.outcomeValue, q.unit)}`
				: `，实际增长${formatNumber(q.outcomeValue)}%`;
	const gap =
		q.margin == null
			? ''
			: q.marginUnit === 'pp'
				? `，相差${formatNumber(Math.abs(q.margin))}个百分点`
				: q.marginUnit === 'ratio'
					? `，完成目标的${formatNumber(q.margin * 100, 'zh', 1)}%`
					: '';
	return `${q.year}年“${q.name}”的目标是${target}${actual}${gap}，没有完成。请问未完成的主要原因是什么？${next}年将采取哪些具体措施？`;
}
