/**
 * Synthetic report texts of fictional towns, with the truth about every target and result they
 * state (offsets included). Each town follows a simulated trajectory: each year's annual report
 * reviews last year's outcomes and sets this year's targets; a mid-year report shows progress.
 * Pure and deterministic: the same options give the same texts.
 */
import type { Bound, Modality, Report, ResultItem, TargetItem } from '../types';
import {
	FILLER,
	HEADLINE,
	NUMBERED_FILLER,
	PLAN,
	type HeadlineIndicator,
	type PlanTask
} from './catalogue';
import { makeTowns, type SynthTown } from './names';
import { Rng, deriveSeed } from './prng';

export const SYNTHETIC_MARKER = '【合成测试数据 SYNTHETIC TEST DATA — 虚构乡镇，非真实数据】';

export interface CorpusOptions {
	towns: number;
	years: number;
	seed?: number;
	/** First report year. */
	startYear?: number;
	/** Share of town-years with a mid-year report. */
	midyearShare?: number;
	/** Multiplies the filler paragraphs (1 ≈ 7,000 characters per annual report). */
	filler?: number;
}

export interface SynthDocument {
	fileName: string;
	town: SynthTown;
	text: string;
	/** What a perfect extractor finds in `text`. */
	report: Report;
}

const CN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function cnNumber(n: number): string {
	if (n <= 10) return CN_DIGITS[n];
	if (n < 20) return '十' + CN_DIGITS[n - 10];
	return CN_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
}

/** A number as reports write it: fixed decimals with trailing zeros dropped. */
export function formatNumber(x: number, decimals: number): string {
	const s = x.toFixed(decimals);
	return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

class Writer {
	private parts: string[] = [];
	length = 0;
	add(s: string): void {
		this.parts.push(s);
		this.length += s.length;
	}
	/** Appends `s` and returns its span. */
	mark(s: string): { start: number; end: number } {
		const start = this.length;
		this.add(s);
		return { start, end: this.length };
	}
	text(): string {
		return this.parts.join('');
	}
}

interface Track {
	ind: HeadlineIndicator;
	phrase: string;
	/** Actual level and growth by year. */
	level: Map<number, number>;
	growth: Map<number, number>;
}

interface TownPlan {
	tracks: Track[];
	tasks: PlanTask[];
}

function levelDecimals(unit: string, level: number): number {
	if (unit === '元' || unit === '万元') return 0;
	return level < 10 ? 2 : 1;
}

function simulate(rng: Rng, firstYear: number, lastYear: number): TownPlan {
	const pool = HEADLINE.filter((h) => h.id !== 'gdp');
	const chosen = rng.sample(pool, rng.int(3, 7));
	if (rng.chance(0.85)) chosen.unshift(HEADLINE[0]);
	const tracks = chosen.map((ind) => {
		const level = new Map<number, number>();
		const growth = new Map<number, number>();
		let l = ind.base[0] + rng.next() * (ind.base[1] - ind.base[0]);
		const trend = ind.trend[0] + rng.next() * (ind.trend[1] - ind.trend[0]);
		for (let y = firstYear; y <= lastYear; y++) {
			const g = Math.round(rng.normal(trend, 3) * 10) / 10;
			l *= 1 + g / 100;
			level.set(y, l);
			growth.set(y, g);
		}
		return { ind, phrase: rng.pick(ind.phrases), level, growth };
	});
	return { tracks, tasks: rng.sample(PLAN, rng.int(10, 22)) };
}

function pad(n: number, width: number): string {
	return String(n).padStart(width, '0');
}

function isoDate(y: number, m: number, d: number): string {
	return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Filler sentences; `numbers` off inside the work plan, where any count is a plan target. */
function filler(rng: Rng, w: Writer, count: number, numbers = true): void {
	for (let i = 0; i < count; i++) {
		if (numbers && rng.chance(0.25)) w.add(rng.pick(NUMBERED_FILLER)(rng.int(12, 480)));
		else w.add(rng.pick(FILLER));
	}
}

interface HeadlineTarget {
	track: Track;
	value: number | null;
	high?: number;
	bound: Bound;
	modality?: Modality;
}

/** Chooses this year's target for a track from last year's growth and the town's habits. */
function chooseTarget(rng: Rng, track: Track, year: number): HeadlineTarget {
	const last = track.growth.get(year - 1) ?? track.ind.trend[0];
	const v = Math.max(1, Math.round((last + rng.normal(0.5, 1.5)) * 2) / 2);
	const r = rng.next();
	if (track.ind.income && r < 0.15) return { track, value: null, bound: 'in_step_with' };
	if (r < 0.2) return { track, value: 0, bound: 'above' };
	if (r < 0.45) return { track, value: v, bound: 'exactly' };
	if (r < 0.7)
		return { track, value: v, bound: 'at_least', modality: rng.chance(0.4) ? '力争' : undefined };
	if (r < 0.85) return { track, value: v, bound: 'about' };
	if (r < 0.93) return { track, value: v, high: v + 1, bound: 'range' };
	return { track, value: v, bound: 'at_least', modality: '确保' };
}

function targetPhrase(t: HeadlineTarget): string {
	const p = t.track.phrase;
	const v = t.value === null ? '' : formatNumber(t.value, 1);
	const hedge = t.modality ?? '';
	switch (t.bound) {
		case 'in_step_with':
			return `${p}增长与经济增长同步`;
		case 'above':
			return `${p}保持正增长`;
		case 'exactly':
			return `${hedge}${p}增长${v}%`;
		case 'at_least':
			return `${hedge}${p}增长${v}%以上`;
		case 'about':
			return `${p}增长${v}%左右`;
		case 'range':
			return `${p}增长${v}%-${formatNumber(t.high ?? 0, 1)}%`;
		default:
			return `${p}增长${v}%`;
	}
}

function targetItem(
	t: HeadlineTarget,
	year: number,
	span: { start: number; end: number },
	quote: string
): TargetItem {
	const item: TargetItem = {
		indicator: t.track.ind.id,
		text: t.track.phrase,
		year,
		tier: 'headline',
		measure: 'growth',
		value: t.value,
		unit: '%',
		bound: t.bound,
		quote,
		start: span.start,
		end: span.end,
		section: 'targets'
	};
	if (t.high !== undefined) item.high = t.high;
	if (t.bound === 'in_step_with') item.ref = 'gdp';
	if (t.modality) item.modality = t.modality;
	return item;
}

interface TownYearTargets {
	headline: HeadlineTarget[];
	plan: Array<{ task: PlanTask; lead: string; value: number; bound: Bound; high?: number }>;
}

function header(
	w: Writer,
	town: SynthTown,
	title: string,
	delivered: string,
	session: string,
	speaker: string
): void {
	w.add(`${SYNTHETIC_MARKER}\n`);
	w.add(`索引号: SYN-${pad(town.index, 6)}/${delivered.slice(0, 4)} 发布单位: ${town.name}\n`);
	w.add(`${town.province}${town.city}${town.county}${town.name}\n`);
	w.add(`${title}\n\n`);
	w.add(
		`——${delivered.slice(0, 4)}年${Number(delivered.slice(5, 7))}月${Number(delivered.slice(8, 10))}日在${town.name}${session}上\n\n`
	);
	w.add(`${speaker}\n\n各位代表:\n\n`);
}

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'];
const GIVEN = [...'建国明华军平志红伟芳静丽强磊洋勇艳杰娟涛'];

function annualReport(
	rng: Rng,
	town: SynthTown,
	plan: TownPlan,
	year: number,
	prev: TownYearTargets | undefined,
	speaker: string,
	congress: number,
	filler1: number
): { text: string; report: Report; targets: TownYearTargets } {
	const w = new Writer();
	const december = rng.chance(0.1);
	const delivered = december
		? isoDate(year - 1, 12, rng.int(20, 30))
		: isoDate(year, rng.int(1, 3), rng.int(1, 28));
	const session = `第${cnNumber(congress)}届人民代表大会第${cnNumber(((year - 2000) % 5) + 1)}次会议`;
	const title = `${year}年${town.name}人民政府工作报告`;
	header(w, town, title, delivered, session, speaker);
	const start = 0;
	w.add(`现在,我代表${town.name}人民政府,向大会报告政府工作,请予审议。\n\n`);
	const review = year - 1;
	const targets: TargetItem[] = [];
	const results: ResultItem[] = [];

	// Review of last year: outcomes of the headline indicators and of last year's tasks.
	const reviewStart = w.length;
	w.add(`一、${review}年工作回顾\n\n`);
	w.add(`${review}年,${town.name}在上级党委政府的坚强领导下,`);
	filler(rng, w, filler1);
	w.add('\n\n(一)经济运行稳中有进。');
	const lead = december ? '预计全年' : '全年';
	let first = true;
	for (const track of plan.tracks) {
		if (!rng.chance(0.85)) continue;
		const level = track.level.get(review) ?? 0;
		const growth = track.growth.get(review) ?? 0;
		const dec = levelDecimals(track.ind.unit, level);
		const levelText = formatNumber(level, dec);
		const g = formatNumber(Math.abs(growth), 1);
		const change = growth < 0 ? `同比下降${g}%` : `同比增长${g}%`;
		const withLevel = rng.chance(0.8);
		const body = withLevel
			? `实现${track.phrase}${levelText}${track.ind.unit},${change}`
			: `${track.phrase}${change}`;
		w.add(first ? `${lead}` : rng.pick([',', ';', '。']));
		first = false;
		const span = w.mark(body);
		results.push({
			indicator: track.ind.id,
			text: track.phrase,
			year: review,
			period: 'year',
			value: withLevel ? Number(levelText) : null,
			unit: withLevel ? track.ind.unit : null,
			growth: growth < 0 ? -Number(g) : Number(g),
			completion: null,
			estimated: december,
			quote: body,
			start: span.start,
			end: span.end,
			section: 'review'
		});
	}
	w.add('。');
	filler(rng, w, filler1);
	w.add('\n\n(二)重点任务扎实推进。');
	for (const p of prev?.plan ?? []) {
		if (!rng.chance(0.8)) continue;
		const ratio = Math.max(0.5, rng.normal(1.05, 0.2));
		const actual = Number(formatNumber(p.value * ratio, p.task.decimals));
		const withCompletion = rng.chance(p.task.id === null ? 0.6 : 0.3);
		const completion = Math.round(ratio * 1000) / 10;
		const body = withCompletion
			? `${p.lead}${formatNumber(actual, p.task.decimals)}${p.task.unit},完成年度任务的${formatNumber(completion, 1)}%`
			: `${p.lead}${formatNumber(actual, p.task.decimals)}${p.task.unit}`;
		if (!withCompletion && p.task.id === null) {
			// Uncatalogued quantities count as results only when they state completion.
			w.add(body + ',');
			continue;
		}
		const span = w.mark(body);
		w.add(',');
		results.push({
			indicator: p.task.id,
			text: p.lead.replace(/^(完成|新增|新建|实现)/, ''),
			year: review,
			period: 'year',
			value: actual,
			unit: p.task.unit,
			growth: null,
			completion: withCompletion ? completion : null,
			estimated: december,
			quote: body,
			start: span.start,
			end: span.end,
			section: 'review'
		});
	}
	filler(rng, w, filler1);
	w.add('\n\n');
	filler(rng, w, filler1 * 2);
	w.add('\n\n');
	const reviewEnd = w.length;

	// This year's main expected targets.
	const targetsStart = w.length;
	w.add(`二、${year}年主要预期目标\n\n`);
	w.add(`${year}年全镇经济社会发展的主要预期目标${rng.pick(['是', '为'])}:`);
	const headline = plan.tracks.filter(() => rng.chance(0.9)).map((t) => chooseTarget(rng, t, year));
	// Sometimes two targets of equal value share one 分别 phrase, as real reports write them.
	let i = 0;
	while (i < headline.length) {
		if (i > 0) w.add(rng.pick([',', ';']));
		const a = headline[i];
		const b = headline[i + 1];
		if (b && a.bound === 'exactly' && b.bound === 'exactly' && rng.chance(0.3)) {
			b.value = a.value;
			const phrase = `${a.track.phrase}和${b.track.phrase}分别增长${formatNumber(a.value ?? 0, 1)}%`;
			const span = w.mark(phrase);
			targets.push(targetItem(a, year, span, phrase), targetItem(b, year, span, phrase));
			i += 2;
			continue;
		}
		const phrase = targetPhrase(a);
		const span = w.mark(phrase);
		targets.push(targetItem(a, year, span, phrase));
		i++;
	}
	w.add('。\n\n');
	const targetsEnd = w.length;

	// The work plan, with quantified tasks.
	const planStart = w.length;
	w.add(`三、${year}年重点工作\n\n`);
	const planTargets: TownYearTargets['plan'] = [];
	const tasks = plan.tasks.filter(() => rng.chance(0.8));
	tasks.forEach((task, k) => {
		w.add(`(${cnNumber(k + 1)})`);
		filler(rng, w, Math.max(1, Math.round(filler1 / 2)), false);
		const lead = rng.pick(task.lead);
		const raw = task.range[0] + rng.next() * (task.range[1] - task.range[0]);
		const value = Number(formatNumber(raw, task.decimals));
		const r = rng.next();
		let bound: Bound = 'exactly';
		let high: number | undefined;
		let body = `${lead}${formatNumber(value, task.decimals)}${task.unit}`;
		if (r < 0.45) {
			bound = 'at_least';
			body += '以上';
		} else if (r < 0.55 && task.decimals === 0 && value < 50) {
			bound = 'range';
			high = value + rng.int(1, 3);
			body = `${lead}${value}-${high}${task.unit}`;
		}
		const span = w.mark(body);
		w.add('。');
		planTargets.push({ task, lead, value, bound, high });
		const item: TargetItem = {
			indicator: task.id,
			text: lead.replace(/^(完成|新增|新建|实现)/, ''),
			year,
			tier: 'plan',
			measure: 'level',
			value,
			unit: task.unit,
			bound,
			quote: body,
			start: span.start,
			end: span.end,
			section: 'plan'
		};
		if (high !== undefined) item.high = high;
		targets.push(item);
		filler(rng, w, 1, false);
		w.add('\n\n');
	});
	const planEnd = w.length;
	w.add('各位代表,新的征程已经开启,让我们凝心聚力、实干争先,为建设更加美好的家园而努力奋斗!\n');
	const text = w.text();
	const report: Report = {
		town: town.name,
		county: town.county,
		city: town.city,
		province: town.province,
		kind: 'annual',
		reportYear: year,
		reviewYear: review,
		delivered,
		published: null,
		title,
		session,
		speaker,
		start,
		end: text.length,
		sections: [
			{ kind: 'review', heading: `一、${review}年工作回顾`, start: reviewStart, end: reviewEnd },
			{
				kind: 'targets',
				heading: `二、${year}年主要预期目标`,
				start: targetsStart,
				end: targetsEnd
			},
			{ kind: 'plan', heading: `三、${year}年重点工作`, start: planStart, end: planEnd }
		],
		targets,
		results
	};
	return { text, report, targets: { headline, plan: planTargets } };
}

function midyearReport(
	rng: Rng,
	town: SynthTown,
	year: number,
	current: TownYearTargets,
	plan: TownPlan,
	speaker: string,
	filler1: number
): { text: string; report: Report } {
	const w = new Writer();
	const delivered = isoDate(year, rng.int(7, 8), rng.int(1, 28));
	const title = `${town.name}${year}年上半年工作报告`;
	header(w, town, title, delivered, '人民代表大会主席团会议', speaker);
	const results: ResultItem[] = [];
	const reviewStart = w.length;
	w.add('一、上半年工作完成情况\n\n');
	w.add(`${rng.pick(['上半年', '今年以来'])},${town.name}`);
	filler(rng, w, filler1);
	const period = rng.pick(['上半年', '1-6月']);
	w.add(`${period},`);
	let first = true;
	for (const t of current.headline) {
		if (!rng.chance(0.7)) continue;
		const track = t.track;
		const annual = track.level.get(year) ?? 0;
		const share = Math.max(0.3, rng.normal(0.5, 0.06));
		const level = annual * share;
		const growth = Math.round(((track.growth.get(year) ?? 0) + rng.normal(0, 1.5)) * 10) / 10;
		const levelText = formatNumber(level, levelDecimals(track.ind.unit, level));
		const g = formatNumber(Math.abs(growth), 1);
		const withCompletion = rng.chance(0.35);
		const completion = Math.round(share * 1000) / 10;
		let body = `实现${track.phrase}${levelText}${track.ind.unit},${growth < 0 ? '同比下降' : '同比增长'}${g}%`;
		if (withCompletion) body += `,完成全年目标任务的${formatNumber(completion, 1)}%`;
		if (!first) w.add(';');
		first = false;
		const span = w.mark(body);
		results.push({
			indicator: track.ind.id,
			text: track.phrase,
			year,
			period: 'H1',
			value: Number(levelText),
			unit: track.ind.unit,
			growth: growth < 0 ? -Number(g) : Number(g),
			completion: withCompletion ? completion : null,
			estimated: false,
			quote: body,
			start: span.start,
			end: span.end,
			section: 'review'
		});
	}
	w.add('。\n\n');
	for (const p of current.plan) {
		if (!rng.chance(0.5)) continue;
		const share = Math.max(0.1, rng.normal(0.55, 0.2));
		const done = Number(formatNumber(p.value * share, p.task.decimals));
		const completion = Math.round((done / p.value) * 1000) / 10;
		const body = `${p.lead}${formatNumber(done, p.task.decimals)}${p.task.unit},完成年度任务的${formatNumber(completion, 1)}%`;
		const span = w.mark(body);
		w.add('。');
		results.push({
			indicator: p.task.id,
			text: p.lead.replace(/^(完成|新增|新建|实现)/, ''),
			year,
			period: 'H1',
			value: done,
			unit: p.task.unit,
			growth: null,
			completion,
			estimated: false,
			quote: body,
			start: span.start,
			end: span.end,
			section: 'review'
		});
	}
	filler(rng, w, filler1);
	w.add('\n\n');
	const reviewEnd = w.length;
	w.add('二、下半年工作安排\n\n');
	filler(rng, w, filler1 * 2, false);
	w.add('\n');
	void plan;
	const text = w.text();
	return {
		text,
		report: {
			town: town.name,
			county: town.county,
			city: town.city,
			province: town.province,
			kind: 'midyear',
			reportYear: year,
			reviewYear: year,
			delivered,
			published: null,
			title,
			session: null,
			speaker,
			start: 0,
			end: text.length,
			sections: [
				{ kind: 'review', heading: '一、上半年工作完成情况', start: reviewStart, end: reviewEnd }
			],
			targets: [],
			results
		}
	};
}

/** The documents of one town, in date order (annual, then mid-year, per year). */
export function townDocuments(town: SynthTown, options: CorpusOptions): SynthDocument[] {
	const seed = options.seed ?? 1;
	const startYear = options.startYear ?? 2015;
	const midyearShare = options.midyearShare ?? 0.8;
	const filler1 = Math.max(1, Math.round(4 * (options.filler ?? 1)));
	const rng = new Rng(deriveSeed(seed, 2, town.index));
	const lastYear = startYear + options.years - 1;
	const plan = simulate(rng, startYear - 2, lastYear);
	const speaker = rng.pick(SURNAMES) + rng.pick(GIVEN) + rng.pick(GIVEN);
	const congress = rng.int(15, 19);
	const out: SynthDocument[] = [];
	const base = `synth_${pad(town.index, 5)}`;
	// Last year's tasks, so the first report has a review of the plan too.
	let prev: TownYearTargets | undefined = {
		headline: [],
		plan: plan.tasks.map((task) => ({
			task,
			lead: task.lead[0],
			value: Number(formatNumber((task.range[0] + task.range[1]) / 2, task.decimals)),
			bound: 'exactly' as Bound
		}))
	};
	for (let year = startYear; year <= lastYear; year++) {
		const annual = annualReport(
			rng,
			town,
			plan,
			year,
			prev,
			speaker,
			congress + Math.floor((year - startYear) / 5),
			filler1
		);
		out.push({
			fileName: `${base}_${year}_annual.txt`,
			town,
			text: annual.text,
			report: annual.report
		});
		if (rng.chance(midyearShare)) {
			const mid = midyearReport(rng, town, year, annual.targets, plan, speaker, filler1);
			out.push({
				fileName: `${base}_${year}_midyear.txt`,
				town,
				text: mid.text,
				report: mid.report
			});
		}
		prev = annual.targets;
	}
	return out;
}

/** Every document of the corpus, town by town. */
export function* generateCorpus(options: CorpusOptions): Generator<SynthDocument> {
	const towns = makeTowns(options.towns, options.seed ?? 1);
	for (const town of towns) yield* townDocuments(town, options);
}
