/**
 * Verdicts for the targets of a synthetic town, from the truth of its generated reports: the
 * direct database fill stores these so that a national-scale ledger has assessments in the
 * proportions the simulated outcomes give, without running the extractor or the linker. A
 * simplified judge (the product's judge lives in src/lib/linking): enough for realistic row
 * counts and status mixes, not a reference for the rules.
 */
import type { Basis, Report, ResultItem, Status, TargetItem } from '../types';

export interface SynthAssessment {
	/** Index of the report (in the town's list) and of the target in it. */
	reportIndex: number;
	targetIndex: number;
	basis: Basis | 'none';
	status: Status;
	margin: number | null;
	marginUnit: 'pp' | 'ratio' | null;
	confidence: number;
	expectedShare: number | null;
	/** Index of the report and result that gave the outcome, when one did. */
	result: { reportIndex: number; resultIndex: number } | null;
	outcomeValue: number | null;
	flags: string[];
	/** The verdict shown for the target: the final one when there is one, else the latest. */
	primary: boolean;
}

function findResult(
	report: Report,
	target: TargetItem,
	period: string
): { index: number; item: ResultItem } | null {
	// Uncatalogued tasks are matched by their wording, as a reader would.
	const index = report.results.findIndex(
		(r) =>
			r.indicator === target.indicator &&
			(target.indicator !== null || r.text === target.text) &&
			r.year === target.year &&
			r.period === period
	);
	return index < 0 ? null : { index, item: report.results[index] };
}

function judgeFinal(
	target: TargetItem,
	result: ResultItem,
	report: Report
): Pick<SynthAssessment, 'status' | 'margin' | 'marginUnit' | 'outcomeValue' | 'flags'> {
	const flags = result.estimated ? ['estimate'] : [];
	if (target.measure === 'level') {
		if (result.value === null || !target.value) {
			return { status: 'unclear', margin: null, marginUnit: null, outcomeValue: null, flags };
		}
		const ratio = result.value / target.value;
		return {
			status: ratio >= 1 ? 'met' : 'missed',
			margin: Math.round(ratio * 1000) / 1000,
			marginUnit: 'ratio',
			outcomeValue: result.value,
			flags
		};
	}
	const actual = result.growth;
	if (actual === null)
		return { status: 'unclear', margin: null, marginUnit: null, outcomeValue: null, flags };
	let goal = target.value;
	if (target.bound === 'in_step_with') {
		const gdp = report.results.find((r) => r.indicator === 'gdp' && r.year === target.year);
		goal = gdp?.growth ?? null;
		if (goal === null)
			return { status: 'unclear', margin: null, marginUnit: null, outcomeValue: actual, flags };
	}
	const slack = target.bound === 'about' || target.bound === 'in_step_with' ? 0.5 : 0;
	const met = target.bound === 'above' ? actual > 0 : actual >= (goal ?? 0) - slack;
	return {
		status: met ? 'met' : 'missed',
		margin: Math.round((actual - (goal ?? 0)) * 10) / 10,
		marginUnit: 'pp',
		outcomeValue: actual,
		flags
	};
}

/** Assessments for every target of one town's reports (in date order). */
export function assessTown(reports: Report[]): SynthAssessment[] {
	const out = assessAll(reports);
	// The first verdict of each target is its final (or only) one: that is the primary.
	let last = '';
	for (const a of out) {
		const key = `${a.reportIndex}/${a.targetIndex}`;
		a.primary = key !== last;
		last = key;
	}
	return out;
}

type Draft = Omit<SynthAssessment, 'primary'> & { primary?: boolean };

function assessAll(reports: Report[]): SynthAssessment[] {
	const out: Draft[] = [];
	reports.forEach((report, reportIndex) => {
		if (report.kind !== 'annual') return;
		const following = reports.findIndex(
			(r) => r.kind === 'annual' && r.reviewYear === report.reportYear
		);
		const midyear = reports.findIndex(
			(r) => r.kind === 'midyear' && r.reportYear === report.reportYear
		);
		report.targets.forEach((target, targetIndex) => {
			const base = { reportIndex, targetIndex, confidence: 0.9, expectedShare: null };
			let judged = false;
			if (following >= 0) {
				const found = findResult(reports[following], target, 'year');
				judged = true;
				out.push(
					found
						? {
								...base,
								basis: 'following_report',
								result: { reportIndex: following, resultIndex: found.index },
								...judgeFinal(target, found.item, reports[following])
							}
						: {
								...base,
								basis: 'none',
								status: 'not_reported',
								margin: null,
								marginUnit: null,
								result: null,
								outcomeValue: null,
								flags: []
							}
				);
			}
			if (midyear >= 0) {
				const found = findResult(reports[midyear], target, 'H1');
				if (found) {
					const r = found.item;
					const progress =
						target.measure === 'level'
							? (r.completion ?? 0) / 100 >= 0.5
							: r.growth !== null && r.growth >= (target.value ?? 0);
					judged = true;
					out.push({
						...base,
						basis: 'midyear',
						status: progress ? 'on_track' : 'behind',
						margin: target.measure === 'level' ? (r.completion ?? 0) / 100 - 0.5 : null,
						marginUnit: target.measure === 'level' ? 'ratio' : null,
						expectedShare: 0.5,
						result: { reportIndex: midyear, resultIndex: found.index },
						outcomeValue: target.measure === 'level' ? r.value : r.growth,
						flags: []
					});
				}
			}
			if (!judged) {
				out.push({
					...base,
					basis: 'none',
					status: 'pending',
					margin: null,
					marginUnit: null,
					result: null,
					outcomeValue: null,
					flags: []
				});
			}
		});
	});
	return out.map((a) => ({ ...a, primary: a.primary ?? false }));
}
