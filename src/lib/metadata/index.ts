/**
 * Report metadata: town, kind, years, delivery date, session, speaker, title — read from the
 * report's header lines (titles, delivery line, speaker), its headings and body, and the page
 * chrome. Rules are general: nothing here names a town, a file or a year.
 */
import { bareTown } from './bare-town';
import { DATE_LABEL_ONLY, type PageFacts } from '../reading/chrome';
import type { LineInfo } from '../reading/layout';
import type { ReportSpan } from '../splitting/index';
import { isDateLine, isDeliveryLine, isTitleLine, speakerName } from '../splitting/index';
import { normalizeForMatching } from '../reading/normalize';
import type { ReportKind, ReportMeta, Section } from '../types';
import { arabicDates, cleanDate, congressDate, damagedDate, isoDate } from './dates';
import { allMatches } from '../scan';
import { CONGRESS_BODY, YEAR_ACHIEVED } from './cues';
import { parseChineseNumeral, planTermYears } from '../numbers';

export interface MetaInput {
	/** Original document text (names and titles are cut from it). */
	text: string;
	lines: LineInfo[];
	span: ReportSpan;
	page: PageFacts;
	/** Title lines seen before the report (e.g. an HTML <title>), matching form. */
	extraTitles?: string[];
	/** The report's sections (findSections): the plan and targets parts name the year. */
	sections?: Section[];
	/** Matching form of the document text (same offsets). */
	norm?: string;
	/**
	 * Lines before the report on a page that holds only this report (a news page's headline and
	 * lead, which name the town and the congress): read for the town and the kind, not items.
	 */
	preamble?: LineInfo[];
}

function normalizeHeading(h: string): string {
	return normalizeForMatching(h);
}

const HAN = '[\\u3400-\\u9fff]';
// 苏木 is Inner Mongolia's township, as 嘎查 is its village
const SUFFIX = '(?:镇|乡|街道|苏木)';
// Built once: these run for every report.
const PLACE_PARTS = new RegExp(`^(${HAN}*?)(${SUFFIX})$`);
const TITLE_TOWN = new RegExp(`^(${HAN}{2,14}?${SUFFIX})(?:人民政府|政府|办事处)?`);
/** 也是某乡迈向高质量发展的攻坚之年: a town in the sentence that says what the year is to it. */
const YEAR_OF_TOWN = new RegExp(
	`(?:^|[，,。])\\s*(?:也|更)?是(?![我全本各该乡镇])(${HAN}{2,6}?(?:镇|乡|街道))(?!党委|人大)[^，,。；;\\n]{2,24}之年`
);
/** 某镇2030年工作总结…, 某镇“十四五”…: a line opening on a town, then what its title dates. */
const RUN_IN_TITLE_TOWN = new RegExp(
	`^(${HAN}{2,8}?${SUFFIX})(?:人民政府|政府|办事处)?["“]?(?:\\d{4}\\s*年|十[一二三四五六]五|(?:政府)?工作(?:报告|总结))`
);
const ORDINAL = '[一二三四五六七八九十百\\d]+';
const SESSION_FULL = new RegExp(
	`第${ORDINAL}届(?:人民代表大会|人大)(?:第)?${ORDINAL}次(?:全体)?会议`
);
const SESSION_TERM = new RegExp(`第${ORDINAL}届(?:人民代表大会|人大)`);
/** Administrative prefixes that can precede a town's own name. */
const ADMIN_END = /[省市县区州旗盟]/;

export interface Place {
	town: string;
	county: string | null;
	city: string | null;
	province: string | null;
}

/** Splits "浙江省临海市杜桥镇" into its parts; a name keeps at least two characters. */
export function splitPlace(full: string): Place | null {
	const m = PLACE_PARTS.exec(full);
	if (!m) return null;
	let name = m[1];
	const parts: string[] = [];
	// Peel off leading units (浙江省, 临海市) while the rest still has a two-character name.
	for (let i = 1; i < name.length - 2; i++) {
		if (ADMIN_END.test(name[i])) {
			// 巴州区, 沙市区: a two-character unit name ending on 州/市 takes the suffix after it
			const whole =
				i === 1 && /[州市]/.test(name[1]) && /[区县市]/.test(name[2]) && name.length >= 5 ? 1 : 0;
			parts.push(name.slice(0, i + 1 + whole));
			name = name.slice(i + 1 + whole);
			i = 0;
		}
	}
	// 近日召开的某镇…: no name holds 的, so the words before it are the sentence's, not the name's
	const of = name.lastIndexOf('的');
	if (of >= 0 && name.length - of > 2) name = name.slice(of + 1);
	// 2031年青柳镇…: the 年 of a year run into the name (a two-character rest is still a name)
	if (name.length >= 3 && name[0] === '年') name = name.slice(1);
	// 也是青柳镇…的决胜之年, 仍是青柳镇: the copula before a name is the sentence's
	const copula = name.lastIndexOf('是');
	if (copula >= 0 && name.length - copula > 2) name = name.slice(copula + 1);
	// 今年青柳全镇…: 全 before the unit is "the whole" of it (万全镇 keeps its two characters)
	if (name.length >= 3 && name.endsWith('全')) name = name.slice(0, -1);
	if (name.length < 2 || (STOP_NAME.test(name) && !leadingPrepositionName(name))) return null;
	// 认真落实镇第十九次党代会…: a verb phrase before 镇 names no town
	if (VERB_IN_NAME.test(name)) return null;
	const town = name + m[2];
	const place: Place = { town, county: null, city: null, province: null };
	// The unit right above a town is its county (县, 区, or a county-level 市); a 市/州 above
	// that is the city.
	parts.forEach((p, i) => {
		if (p.endsWith('省')) place.province = p;
		else if (i === parts.length - 1) place.county = p;
		else place.city = p;
	});
	return place;
}

/**
 * 向家, 向阳, 和平, 永和: a two-character name may start or end on 向 or 和, which elsewhere mark
 * the words around a name (面向全镇, 县委和镇政府); the other character must read as a name's.
 */
function leadingPrepositionName(name: string): boolean {
	if (name.length !== 2) return false;
	if (/^[向和]/.test(name)) return !STOP_NAME.test(name[1]);
	// 永和, 太和, 人和: 和 closes many names; 委和, 府和 are the words before a name
	return (
		name[1] === '和' && !STOP_NAME.test(name[0]) && !/[委府党政县市区镇乡村街大]/.test(name[0])
	);
}

const VERB_IN_NAME =
	/贯彻|落实|推进|推动|加快|围绕|深入|坚持|实施|召开|举行|全面|团结|带领|凝心|统筹/;
/** Words that end in 镇/乡 without being a town's name. */
// (从社区到镇人民政府: "from … to", no name)
const STOP_NAME =
	/从.{1,6}到|^(?:[全我本该各每其两城乡集小强名重大中特古美丽新型千百]|.*[的和与及在等为是了对向个年月日度])$|代表|[我谨向对在由经和与及的]|^[为被任]|某|[Xx×*＊]|政府|^(?:美丽城|特色小|城|乡|农村|集|小城|中心|重点|建制|全国|千强|百强|强|名|特色|卫生|文明|园林|生态|历史文化)$|^(?:预计|力争|确保|争取|累计|全年|今年)/;

function placeAtStart(title: string): Place | null {
	// "关于…", "2023年…" may precede the town's name in a title
	const t = title.replace(
		/^(?:【[^】]{0,20}】|\[[^\]]{0,20}\])?\s*(?:(?:标\s*题|名\s*称|题\s*目)\s*[:：|]\s*)?(?:关于)?\s*(?:\d{4}\s*年(?:度)?)?\s*(?:上半年|前三季度|1\s*[-—~至]\s*\d{1,2}\s*月(?:份)?)?\s*/,
		''
	);
	const m = TITLE_TOWN.exec(t);
	// 乡镇 is a word (直通乡镇, 乡镇动态), not a 乡 followed by its suffix's neighbour
	if (!m || (m[1].endsWith('乡') && t[m[1].length] === '镇')) return null;
	return splitPlace(m[1]);
}

function placeIn(t: string, re: RegExp): Place | null {
	const m = re.exec(t);
	return m ? splitPlace(m[1]) : null;
}

const DELIVERY_TOWN = new RegExp(
	`在(${HAN}{2,14}?${SUFFIX})(?:第|[一二三四五六七八九十\\d]+届|人民代表大会|人代会)`
);
/** With the words each pattern needs: a body without them is not scanned (the scans are slow). */
const BODY_TOWN: [RegExp, string][] = [
	[new RegExp(`代表(${HAN}{2,14}?${SUFFIX})人民政府`), '人民政府'],
	[
		new RegExp(`(${HAN}{2,14}?${SUFFIX})第[一二三四五六七八九十\\d]+届人民代表大会`),
		'届人民代表大会'
	],
	[new RegExp(`(${HAN}{2,14}?${SUFFIX})人民政府`), '人民政府'],
	// 青柳街道办事处2031年政府工作报告…: a 街道's office names it
	[new RegExp(`(?:^|\\n)(${HAN}{2,10}?街道)办事处`), '街道办事处']
];

/** What may follow a town's name as its subject: its government or party committee. */
const TOWN_GOVERNMENT = '(?:党委、?政府|人民政府|党工委|办事处|党委|政府)?';
const OPENING_TOWN = new RegExp(
	`(?:^|[\\n，,:：)）。])\\s*(?:本[报网]讯\\s*[:：]?\\s*)?(?:今年以来|上半年|前三季度|近日|日前|\\d{4}年|\\d{1,2}月\\d{1,2}日(?:上午|下午)?)?[，,]?\\s*((?:(?!委)${HAN}){2,12}?${SUFFIX})${TOWN_GOVERNMENT}(?=按照|坚持|紧紧|围绕|召开|第|以|在|全面|聚焦|深入|扎实|始终|积极|完成|实现|将)`
);

const LED_TOWN = new RegExp(
	`领导下[，,]\\s*((?:(?![委全])${HAN}){2,8}?${SUFFIX})${TOWN_GOVERNMENT}(?=${HAN})`
);

/** The most frequent "<name>镇" in a text, for reports whose header names no town. */
export function frequentTown(t: string): string | null {
	const counts = new Map<string, number>();
	// 乡村, 乡镇, 乡亲… are words, not a township's suffix
	const re = /镇|乡(?![村镇土亲贤情愁风俗里])|街道|苏木/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(t)) !== null) {
		// “生态水乡、休闲小镇”: a slogan in quotation marks names no town
		if (inQuotes(t, m.index)) continue;
		// 三台山德昂族乡: an ethnic township's name runs longer
		const longest = t[m.index - 1] === '族' ? 7 : 4;
		for (let n = 2; n <= longest; n++) {
			const from = m.index - n;
			if (from < 0) break;
			const name = t.slice(from, m.index);
			if (!/^[\u3400-\u9fff]+$/.test(name)) break;
			// 2016年润雅乡: the 年 of a date is not the town's first character
			if (/^[年月日]/.test(name) && /\d/.test(t[from - 1] ?? '')) break;
			if ((STOP_NAME.test(name) || STOP_NAME.test(name.slice(-1))) && !leadingPrepositionName(name))
				break;
			const key = name + m[0];
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
	}
	let best: string | null = null;
	let bestCount = 0;
	for (const [k, c] of counts) {
		if (c < 2) continue;
		// a longer name wins over its own tail when it accounts for most of the tail's uses
		if (
			c > bestCount ||
			(best !== null && best.endsWith(k) === false && k.endsWith(best) && c >= bestCount * 0.8)
		) {
			best = k;
			bestCount = c;
		}
	}
	if (best) {
		// prefer the longest name that covers ≥80% of the best count (天目山镇 over 目山镇)
		for (const [k, c] of counts)
			if (k.endsWith(best) && k.length > best.length && c >= bestCount * 0.8) best = k;
	}
	return best;
}

/** Whether position i lies inside a short “…” phrase. */
function inQuotes(t: string, i: number): boolean {
	// a window around i only: searching the whole text for each name found would be quadratic
	const from = Math.max(0, i - 12);
	const near = t.slice(from, i + 13);
	const at = i - from;
	const open = near.lastIndexOf('“', at);
	if (open < 0 || near.lastIndexOf('”', at) > open) return false;
	const close = near.indexOf('”', at);
	return close > at;
}

const CHROME_TOWN_CACHE = new WeakMap<LineInfo[], Place | null>();
const TOWN_SEGMENT = new RegExp(`^${HAN}{2,14}?${SUFFIX}(?:人民政府|办事处)?$`);
/** A county's government before a town's in one segment: 某区人民政府青柳街道办事处. */
const COUNTY_GOVERNMENT = new RegExp(`^${HAN}{2,10}?[县区市旗]人民政府`);

/** A town named by a segment of a chrome line (once per document). */
function chromeTown(lines: LineInfo[]): Place | null {
	const cached = CHROME_TOWN_CACHE.get(lines);
	if (cached !== undefined) return cached && { ...cached };
	let place: Place | null = null;
	for (const l of lines) {
		if (place) break;
		if (!l.chrome) continue;
		for (const seg of l.t.split(/[>»›|\s:：]+/)) {
			const own = seg.replace(COUNTY_GOVERNMENT, '');
			if (TOWN_SEGMENT.test(own)) place = placeAtStart(own);
			if (place) break;
		}
	}
	CHROME_TOWN_CACHE.set(lines, place);
	return place && { ...place };
}

/**
 * The town's own name when the match took words before it (晋江池店镇, 选举张三为某镇): the
 * longest tail of at least two characters and its suffix that the text also writes on its
 * own, not after those words. The cut words become the county when they read as one (晋江).
 */
function ownName(place: Place, t: string): Place {
	const suffix = /(?:街道|苏木|镇|乡)$/.exec(place.town)?.[0] ?? '';
	const name = place.town.slice(0, place.town.length - suffix.length);
	// 市雅星镇: the tail of a county name run into the town's
	if (name.length < 4 && !(name.length === 3 && /^[省市县区州旗]/.test(name))) return place;
	for (let k = 1; k <= name.length - 2; k++) {
		const tail = name.slice(k) + suffix;
		const cut = name.slice(0, k);
		// 选举某人为某镇…: a tail that starts on a function word is still not the town's name
		if (STOP_NAME.test(name.slice(k))) continue;
		let alone = false;
		for (let at = t.indexOf(tail); at >= 0 && !alone; at = t.indexOf(tail, at + 1))
			if (!t.slice(Math.max(0, at - cut.length), at).endsWith(cut)) alone = true;
		if (alone) return { ...place, town: tail };
	}
	return place;
}

/** 一、2010年工作总结 / 一、2010年工作回顾 inside a line: the year the part reviews. */
function runInReviewYear(t: string): number | null {
	const m = /[一1][、.．]\s*(\d{4})\s*年(?:度)?(?:主要)?(?:工作)?(?:总结|回顾)/.exec(t);
	return m ? Number(m[1]) : null;
}

/** 新发乡 of a text that also writes 新发朝鲜族乡: an ethnic township goes by its full name. */
function ethnicName(place: Place, t: string): Place {
	const m = /^(.+?)(镇|乡)$/.exec(place.town);
	if (!m || /族$/.test(m[1])) return place;
	// (a town's name is Han characters only: it needs no escaping to be a pattern)
	const full = new RegExp(`${m[1]}([\\u4e00-\\u9fff]{1,5}族)${m[2]}`).exec(t);
	return full ? { ...place, town: full[0] } : place;
}

/** 某镇2018年工作计划 / 工作要点: a title of the year's plan alone, no summary in it. */
const PLAN_ONLY_TITLE = /\d{4}\s*年?(?:度)?(?:工作)?(?:计划|要点|安排|思路)$/;

function yearOf(s: string): number | null {
	// a year, not the year of a full date (2020年8月12日)
	// (or a year run into the plan it dates: 2018工作计划)
	const m = /(\d{4})\s*(?:年(?!\s*\d{1,2}\s*月)|(?=工作(?:计划|要点)))/.exec(s);
	if (!m) return null;
	const y = Number(m[1]);
	return y >= 1980 && y <= 2100 ? y : null;
}

/**
 * A report read for a county, district or city government (我代表区人民政府, 代理区长), not a
 * town's, or a page that never speaks of a town at all: the extractor gives no report for it
 * rather than a wrong town.
 */
const TOWN_WORDS =
	/(?:镇|乡|街道|苏木)(?:人民政府|政府|办事处|党委|党工委|工委|人大|人民代表大会|上下)|全镇|我镇|本镇|全乡|我乡|本乡|全街|我街道|本街道|街道办|全苏木|乡镇|(?:镇|乡|街道|苏木)在[^。\n]{0,12}[县区市旗]委|[Xx×*＊〇○]{1,4}\s?(?:镇|乡|街道)|某(?:镇|乡|街道)|(?:镇|乡)第[一二三四五六七八九十\d]+届|(?:^|[，,。；;\n]|年)街道(?:将|要|认真|坚持|紧紧|全力|始终)|在(?:区|县|旗)委、?(?:区|县|旗)?(?:人民)?政府的?(?:正确|坚强)?领导下|(?:区|县)里?下达|(?:领跑|位居|位列|居)全(?:县|区)/;

export function isAboveTownReport(t: string): boolean {
	const head = t.slice(0, 1500);
	if (/代表(?:[\u3400-\u9fff]{0,10}(?:镇|乡|街道|苏木))(?:人民政府|办事处)/.test(head))
		return false;
	if (!TOWN_WORDS.test(t)) return true;
	return (
		/代表(?:[\u3400-\u9fff]{0,8}[区县市州旗盟省])(?:人民)?政府/.test(head) ||
		/受[^\n，,。]{0,8}[区县市州旗盟省]人民政府委托/.test(head) ||
		/在[^\n，,。]{0,10}[区县市州旗盟省]第?[一二三四五六七八九十\d]+届人(?:民代表)?大/.test(head) ||
		/(?:^|\n)[^\n]{0,20}人民政府(?:代理)?(?:区长|县长|市长|州长|省长)/.test(head)
	);
}

/**
 * Words a town's report, or a news item about its congress, carries. A page with none of them
 * and no figure read (a meeting notice, an encyclopedia entry on the town) is not a report.
 */
const REPORT_SIGNAL =
	/各位代表|工作报告|工作总结|工作汇报|情况汇报|工作回顾|工作情况|工作要点|工作打算|工作计划|工作思路|开展情况|预期目标|目标任务|任务目标|人民代表大会|人代会|人大会议|我镇|我乡|我街道|本镇|本乡/;

export function hasReportSignal(t: string): boolean {
	return REPORT_SIGNAL.test(t);
}

/**
 * A people's congress named (or the report read to it): a news item about another meeting
 * (工作动员大会, 推进会) is not the news of a congress and yields no report. A 街道 has no
 * congress of its own: its deputies' 议政会 hears the office's report.
 */
const CONGRESS = new RegExp(
	String.raw`${CONGRESS_BODY}|人大会议|人大[^。\n]{0,6}次会议|政府工作报告|人大代表[^。\n]{0,12}议政(?:大)?会|当选为[^。\n]{0,12}(?:镇长|乡长|人大主席)|听取[^。\n]{0,30}街道[^。\n]{0,12}工作报告|向[^。\n]{0,8}人大代表(?:报告|汇报)`
);

export function namesCongress(t: string): boolean {
	return CONGRESS.test(t);
}

/**
 * 2031年全镇主要预期目标是 / “十三五”期间…力争: the targets of a year or a plan period,
 * which only a congress report sets.
 */
const TARGETS_STATED =
	/\d{4}\s*年[^。\n]{0,16}主要预期目标(?:是|为)?\s*[:：]|(?:“?十[一二三四五六]五”?(?:期间|时期)|到\s*20\d\d\s*年)[^。\n]{0,90}(?:力争|主要目标|奋斗目标)/;

/** 召开…工作动员大会 / 推进会 / 党委工作会议: a meeting told of, not a report. */
const MEETING =
	/(?:召开|举行|举办)[^。\n]{0,40}?(?:大会|会议|推进会|动员会|座谈会|誓师会|部署会|总结会)|(?:大会|会议|推进会|动员会)[^。\n]{0,8}?(?:召开|举行)/;

export function tellsOfMeeting(t: string): boolean {
	return MEETING.test(t);
}

export function statesYearTargets(t: string): boolean {
	return TARGETS_STATED.test(t);
}

/** An interim report's period and the last month it covers: 上半年 6, 前三季度 9, 1—N月 N. */
export function interimMonth(t: string): number | null {
	if (/前三季度|三季度工作|1\s*[-~至到]\s*9\s*月|(?:1|一)\s*[-~至到]\s*(?:3|三)\s*季度/.test(t))
		return 9;
	// 年中政府工作报告: the mid-year report
	// 双过半: half the year gone, over half the year's targets done
	if (/上半年|(?<!下)半年工作|年中(?:政府)?工作|1\s*[-~至到]\s*6\s*月|双过半/.test(t)) return 6;
	const m = /1\s*[-~至到]\s*(\d{1,2})\s*月(?:份)?(?:工作|经济|主要|情况|份)/.exec(t);
	if (m && Number(m[1]) >= 2 && Number(m[1]) <= 11) return Number(m[1]);
	return null;
}
/** The text speaks of the year before `year` as a whole (2029年，… / 2029年和今年以来工作回顾). */
function reviewsLastYear(t: string, year: number): boolean {
	return new RegExp(`${year - 1}\\s*年(?:度)?\\s*(?:[,，和及]|[^。\\n]{0,8}工作回顾)`).test(t);
}
/**
 * A summary or news item that gives the town's figures for the year so far (1-9月，区街实现…;
 * 该镇前三季度完成…) and never speaks of the whole year is an interim report: the last month.
 */
function periodLead(t: string): number | null {
	const s = normalizeForMatching(t.slice(0, 1500));
	if (/全年(?:实现|完成|预计)|预计全年|一年来|过去的?一年|各位代表|工作回顾/.test(s)) return null;
	// 2019年,某镇实现…: a sentence on a whole year's outcomes
	if (/(?:^|[。\n])\s*\d{4}\s*年\s*[,，][^。\n]{0,12}(?:实现|完成)/.test(s)) return null;
	// a year-end summary (2022年工作总结, 2022年工作成效) gives the months it has figures for
	if (YEAR_END_HEADING.test(s) || /\d{4}\s*年(?:度)?工作成效/.test(s)) return null;
	const m =
		/(?:^|[。\n；;])\s*(?:[^，,。\n]{1,8}?(?:介绍|表示|指出)[,，:：])?(?:今年|\d{4}\s*年)?(?:[^，,。\n]{0,8}?(?:镇|乡|街道|区街))?\s*(前三季度|1\s*[-—~至]\s*3\s*季度|上半年|1\s*[-—~至到]\s*(\d{1,2})\s*月份?)\s*[,，]?[^。\n]{0,12}?(?:实现|完成|累计|比增|同比)/.exec(
			s
		);
	if (!m) return null;
	if (/季度$/.test(m[1])) return 9;
	if (m[1] === '上半年') return 6;
	const n = Number(m[2]);
	return n >= 2 && n <= 11 ? n : null;
}

/** The first numbered part of a report (一、…), when it opens on the year so far. */
const FIRST_PART = /(?:^|\n)\s*(?:一|1)\s*[、.．]\s*([^\n]{0,30})/;
const INTERIM_PART =
	/^(?:\d{4}\s*年)?(?:上半年|前三季度|(?:1|一)\s*[-—~至到]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月)/;
function interimFirstPart(body: string): number | null {
	// (the body is already the matching form: its lines are)
	const m = FIRST_PART.exec(body.slice(0, 3000));
	if (!m || !INTERIM_PART.test(m[1])) return null;
	return interimMonth(m[1]) ?? (/上半年/.test(m[1]) ? 6 : null);
}

/** 听取…上半年工作报告 / 向大会作2031年上半年工作情况报告: the interim report read. */
const HEARD_INTERIM =
	/(?:听取|审议|向大会作|向大会报告)[^。\n]{0,30}?(?:上半年|半年|前三季度|年中)[^。\n]{0,12}?(?:工作|计划执行|预算执行|发展|建设|经济运行)(?:情况)?的?(?:报告|汇报)|向大会(?:报告|汇报)[^。\n，,]{0,8}?(?:上半年|前三季度)[^。\n，,]{0,6}工作|向[^。\n，,]{0,8}代表(?:报告|汇报)[^。\n，,]{0,4}?(?:上半年|半年|前三季度)[^。\n，,]{0,4}工作/;
/** A title run into the body's first words (…上半年工作情况汇报2031年上半年，…). */
const RUN_IN_INTERIM_TITLE =
	/^[^，。,]{0,20}?(?:上半年|前三季度)[^，。,]{0,16}?(?:工作总结|情况汇报|工作汇报|工作报告|情况报告)/;
/** A year-end summary or a year's report: 今年以来 in it does not make it interim. */
const YEAR_END_HEADING = /\d{4}\s*年(?:度)?(?:工作总结|工作思路|工作计划|政府工作报告)|全年工作/;
/** A headline of a year's results: 2017年完成…, 2017年实现…增长. */
const TITLE_RESULTS = new RegExp(YEAR_ACHIEVED);

/** 现将2031年工作总结如下: an opening that says it sums up a whole year. */
const YEAR_END_STATEMENT =
	/现将\d{4}\s*年(?:度)?(?:全年)?(?:的)?(?:主要)?工作(?:情况|开展情况)?(?:总结|汇报|报告)如下/;
const INTERIM_OPENING = /^(?:\d{4}\s*年)?(?:上半年|前三季度|1\s*[-至]\s*[69]\s*月|今年以来)/;

/**
 * A news article about a congress rather than the report read to it: a dateline or byline, or
 * a congress that 召开/闭幕 told in the third person, and no 各位代表 addressed.
 */
export function isNewsArticle(t: string): boolean {
	// the report addresses the deputies (各位代表：); a news article may quote a speech that thanks them
	if (/(?:^|\n)\s*各位代表|各位代表\s*[:：,，、]/.test(t)) return false;
	const head = t.slice(0, 800);
	return (
		/本报讯|本网讯|记者|通讯员|[(（]\s*(?:记者|通讯员)|讯\s*[(（]|[\u4e00-\u9fff]{1,6}(?:网|报|台)讯\s*\d{1,2}月\d{1,2}日/.test(
			head
		) ||
		/(?:人民代表大会|人代会)[^。\n]{0,60}(?:召开|开幕|闭幕|举行|落幕)/.test(head) ||
		/当选为[^。\n]{0,12}(?:镇长|乡长|人大主席|主任)/.test(head) ||
		// 会议选举产生了…班子, 通过了关于政府工作报告…的决议: the session told from outside
		/会议(?:选举产生|通过了?|听取|审议)[^。\n]{0,30}(?:政府工作报告|人大工作报告|班子)/.test(
			head
		) ||
		/(?:召开|举行)[^。\n]{0,24}(?:人民代表大会|人代会)/.test(head) ||
		/(?:听取|审议)[^。\n]{0,10}政府工作报告/.test(head) ||
		// 某镇党委书记张三：2022年全镇…: an official quoted by name in an interview
		/(?:^|\n)[^\n，,。]{0,12}(?:党委书记|党工委书记|镇长|乡长|街道办事处主任)[\u4e00-\u9fff]{2,3}\s*[:：]/.test(
			head
		)
	);
}

function isShortHeading(t: string): boolean {
	return t.length <= 40 && !/[。；;]$/.test(t);
}

export function reportMeta(input: MetaInput): ReportMeta {
	const { lines, span, page, text } = input;
	const headerLines = span.header.map((i) => lines[i]);
	const titles = headerLines.filter((l) => isTitleLine(l.t)).map((l) => arabicDates(l.t));
	const allTitles = [...(input.extraTitles ?? []).map(arabicDates), ...titles];
	// - 日期 / - 2021-04-15: a catalogue's date of the page, not the report's delivery
	const afterLabel = (l: LineInfo) => {
		const i = lines.indexOf(l);
		return i > 0 && DATE_LABEL_ONLY.test(lines[i - 1].t);
	};
	const isDelivery = (l: LineInfo) => (isDeliveryLine(l.t) || isDateLine(l.t)) && !afterLabel(l);
	let deliveries = headerLines.filter(isDelivery).map((l) => arabicDates(l.t));
	// No header found: a delivery or date line among the report's first lines still dates it.
	if (!deliveries.length)
		deliveries = lines
			.slice(span.firstLine, span.lastLine + 1)
			.filter((l) => !l.blank && !l.chrome)
			.slice(0, 4)
			.filter(
				(l) => !afterLabel(l) && (isDateLine(l.t) || (isDeliveryLine(l.t) && /会议|大会/.test(l.t)))
			)
			.map((l) => arabicDates(l.t));
	// A delivery line without its date: a bare date line among the first lines (under a speaker
	// line the header did not take) dates it.
	if (!deliveries.some((d) => /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/.test(d)))
		deliveries.push(
			...lines
				.slice(span.firstLine, span.lastLine + 1)
				.filter((l) => !l.blank && !l.chrome)
				.slice(0, 6)
				.filter((l) => isDateLine(l.t) && !afterLabel(l))
				.map((l) => arabicDates(l.t))
		);
	const deliveryText = deliveries.join('');
	const body = lines.slice(span.firstLine, span.lastLine + 1);

	// Town: titles, then the delivery line, then the body's own words, then the page chrome.
	let place: Place | null = null;
	for (const t of [...titles].reverse()) place ??= placeAtStart(t);
	for (const t of input.extraTitles ?? []) place ??= placeAtStart(t);
	// an issuer line (XX镇人民政府) or a speaker with office (XX镇人民政府镇长 张三) in the header
	for (const l of headerLines) place ??= placeAtStart(l.t);
	place ??= placeIn(deliveryText, DELIVERY_TOWN);
	for (const t of allTitles) place ??= placeIn(t, DELIVERY_TOWN);
	const bodyText = [...(input.preamble ?? []), ...body]
		.filter((l) => !l.chrome)
		.map((l) => l.t)
		.join('\n');
	for (const [re, needs] of BODY_TOWN)
		if (!place && bodyText.includes(needs)) place = placeIn(bodyText, re);
	if (!place && page.publisher) place = placeAtStart(page.publisher);
	// a navigation trail or other chrome naming the town (首页 > 某镇 > 计划总结)
	place ??= chromeTown(lines);
	// a news lead or a summary opening on its town (今年以来，某县某镇按照…; 1月8日，某镇召开…)
	place ??= placeIn(bodyText.slice(0, 300), OPENING_TOWN);
	// 在区委、区政府的正确领导下，某街道认真学习…: the subject of a summary's opening sentence
	place ??= placeIn(bodyText.slice(0, 400), LED_TOWN);
	// 2031年是…之年，也是某乡迈向…的攻坚之年: the town whose year the opening names
	place ??= placeIn(bodyText.slice(0, 400), YEAR_OF_TOWN);
	// 某镇“十一五”工作总结及…一、2010年…: a title run into the body's first line
	place ??= placeIn(body.find((l) => !l.blank && !l.chrome)?.t ?? '', RUN_IN_TITLE_TOWN);
	if (!place) {
		const f = frequentTown(bodyText) ?? bareTown(bodyText);
		if (f) place = splitPlace(f);
	}
	if (place) place = ownName(place, bodyText + '\n' + allTitles.join('\n'));
	if (place) place = ethnicName(place, bodyText + '\n' + allTitles.join('\n'));
	if (place && !place.county) {
		// "XX市XX镇" / "XX县XX镇" anywhere in the report names the county.
		const re = new RegExp(`(${HAN}{2,4}?[县区市旗])${place.town}`);
		const m = re.exec(bodyText) ?? re.exec(allTitles.join('\n'));
		if (m && !STOP_NAME.test(m[1])) place.county = m[1];
	}

	// Delivery date: a clean date in the delivery line or a title, else an unambiguous damaged one.
	let delivered: string | null = null;
	for (const d of deliveries) delivered ??= cleanDate(d);
	for (const t of allTitles)
		if (/\d{1,2}\s*月\s*\d{1,2}\s*日\s*在/.test(t)) delivered ??= cleanDate(t);
	if (delivered === null && deliveryText) delivered = damagedDate(deliveryText);
	// a news lead or a run-in delivery line dating the congress (1月10日，某镇第N届人民代表大会…召开)
	const session = delivered === null ? congressDate(bodyText.slice(0, 1500)) : null;
	if (session && session.y !== null) delivered = isoDate(session.y, session.m, session.d);
	// a date without its year takes the page's publication year when the page dates itself
	const publishedAt = page.published
		? { y: Number(page.published.slice(0, 4)), m: Number(page.published.slice(5, 7)) }
		: null;
	// (unless the page is a copy made years after every year its text names)
	const latestYear = latestTextYear(bodyText);
	if (
		delivered === null &&
		session &&
		session.y === null &&
		publishedAt &&
		!(latestYear !== null && latestYear < publishedAt.y - 2)
	)
		delivered = isoDate(
			session.m <= publishedAt.m ? publishedAt.y : publishedAt.y - 1,
			session.m,
			session.d
		);

	const deliveredYear = delivered ? Number(delivered.slice(0, 4)) : null;
	const deliveredMonth = delivered ? Number(delivered.slice(5, 7)) : null;
	const midYearSession = deliveredMonth !== null && deliveredMonth >= 6 && deliveredMonth <= 10;

	// Kind: a mid-year (or year-to-date) title or opening heading.
	const opening = body
		.filter((l) => !l.blank && !l.chrome)
		.slice(0, 3)
		.map((l) => l.t);
	// Without a title: an opening heading, or a body that opens on the period (今年以来/上半年).
	// A page whose title runs into the body (…上半年工作汇报2022年上半年，…) shows it in the
	// opening words; a report or news lead names what was read (向大会作上半年工作报告).
	const heard = HEARD_INTERIM.exec(bodyText.slice(0, 1200));
	const interimText = allTitles.length
		? allTitles.join('\n')
		: [
				...opening
					.filter((t) => isShortHeading(t) || INTERIM_OPENING.test(t))
					.map((t) => (isShortHeading(t) ? t : t.slice(0, 20))),
				opening[0]?.slice(0, 30) ?? '',
				...opening.map((t) => RUN_IN_INTERIM_TITLE.exec(t)?.[0] ?? ''),
				heard?.[0] ?? ''
			].join('\n');
	// 今年以来，… opening a news item or a summary: the period it names further on decides.
	const sinceYearStart =
		!allTitles.length && /^(?:本[报网]讯\s*[:：]?\s*)?今年以来/.test(opening[0] ?? '');
	const throughMonth =
		interimMonth(interimText) ??
		// 一、上半年经济社会发展情况 / 一、前三季度工作回顾: the first part reviews the year so far,
		// whatever a generic title (政府工作报告) says.
		interimFirstPart(bodyText) ??
		(sinceYearStart ? interimMonth(bodyText.slice(0, 400)) : null) ??
		(!allTitles.length &&
		opening.some((t) => /^(?:\d{4}\s*年)?今年以来/.test(t)) &&
		!opening.some((t) => isShortHeading(t) && YEAR_END_HEADING.test(t)) &&
		!YEAR_END_STATEMENT.test(opening.join('\n'))
			? // the period it names near the top (今年以来…1-9月份) before the half year
				(interimMonth(bodyText.slice(0, 600)) ?? 6)
			: null) ??
		// figures for the year so far, and never the whole year
		(!allTitles.length ? periodLead(bodyText) : null) ??
		// a body opening on a heading for the year so far (1—9月经济指标完成情况) under a title
		// that names no period
		interimMonth(
			opening.filter((t) => isShortHeading(t) && /^(?:1|一)\s*[-—~至到]/.test(t)).join('\n')
		) ??
		// a work report read to a session held mid-year (June to October) that gives the year so
		// far (上半年完成…) reviews that year's months, whatever its generic title says — unless
		// it reviews the whole last year too (a session put off to June: 2029年和今年以来工作回顾;
		// 2029年，全镇实现…)
		(midYearSession &&
		deliveredYear !== null &&
		!reviewsLastYear(bodyText.slice(0, 1200), deliveredYear)
			? interimMonth(bodyText.slice(0, 600))
			: null);
	const kind: ReportKind = throughMonth !== null ? 'midyear' : 'annual';
	const genre = kind === 'annual' && isNewsArticle(bodyText) ? 'news' : 'report';

	// Years: the targets statement and the plan part name the year the report sets targets for.
	let titleYear: number | null = null;
	// the report's own title (nearest the body first), then a page title
	for (const t of [...titles].reverse()) titleYear ??= yearOf(t);
	for (const t of input.extraTitles ?? []) titleYear ??= yearOf(arabicDates(t));
	// a title run into the body's first line (某街道办事处2031年政府工作报告一、2030年工作回顾…)
	const runInTitle = /^[^。\n，,]{0,20}?(\d{4})\s*年(?:度)?(?:政府)?工作报告/.exec(
		opening[0] ?? ''
	);
	if (runInTitle) titleYear ??= Number(runInTitle[1]);
	const sections = input.sections ?? [];
	const norm = input.norm ?? text;
	const firstOf = (kind: string) => sections.find((x) => x.kind === kind);
	const planSection = firstOf('plan');
	const planYear = planSection
		? yearOf(norm.slice(planSection.start, planSection.start + 40).split('\n')[0])
		: null;
	const reviewSection = firstOf('review');
	// A body that opens as the review without a heading may still carry one a few lines on
	// (a title and salutation the header did not take, then 一、2023年工作回顾).
	const reviewHeading = reviewSection
		? reviewSection.heading ||
			(/(?:^|\n)\s*[一二三四五六七八九十]{1,2}、\s*\d{4}\s*年[^\n]{0,6}(?:工作回顾|工作总结)[^\n]{0,4}(?=\n|$)/.exec(
				norm.slice(reviewSection.start, Math.min(reviewSection.end, reviewSection.start + 300))
			)?.[0] ??
				'')
		: '';
	const reviewYearHeading =
		(reviewSection && /回顾|以来|工作总结|工作情况|完成情况/.test(normalizeHeading(reviewHeading))
			? yearOf(normalizeHeading(reviewHeading))
			: null) ??
		// a page whose line breaks were lost: 一、2010年工作总结 run into the text near its start
		(body.filter((l) => !l.blank).length <= 3 ? runInReviewYear(bodyText.slice(0, 300)) : null);
	const targetsSection = firstOf('targets');
	let targetsYear: number | null = null;
	if (targetsSection) {
		const body = norm.slice(targetsSection.start, targetsSection.end);
		const cue = body.search(/预期目标|年度目标|主要目标|发展目标|目标任务|总体目标/);
		const before = cue >= 0 ? body.slice(Math.max(0, cue - 40), cue) : '';
		// "到2025年" is a horizon, not the year the targets are for
		const years = [...before.matchAll(/(?<![到至])(\d{4})\s*年(?!\s*\d{1,2}\s*月)/g)].map((m) =>
			Number(m[1])
		);
		if (years.length) targetsYear = years[years.length - 1];
	}
	const publishedYear = page.published ? Number(page.published.slice(0, 4)) : null;
	const publishedMonth = page.published ? Number(page.published.slice(5, 7)) : null;
	// A congress reported in November or December plans the next year.
	const publishedFor =
		publishedYear !== null && publishedMonth !== null && publishedMonth >= 11
			? publishedYear + 1
			: publishedYear;
	// A year far from the delivery date is a misreading (a plan "到2025年" or a past year).
	const plausible = (y: number | null) =>
		y !== null && (deliveredYear === null || (y >= deliveredYear - 1 && y <= deliveredYear + 1))
			? y
			: null;

	// a year read only from a five-year plan's 收官/开局 dates no session
	let periodInferred = false;
	const fromPlanPeriod = () => {
		const y = planPeriodReviewed(bodyText);
		if (y !== null) periodInferred = true;
		return y;
	};
	let reportYear: number | null;
	if (kind === 'midyear') {
		// the opening's year of the period (2022年上半年) before the session's, before any other
		// year it names (a 2016年度决算 heard at the same session)
		const openingText = opening.join('\n');
		const periodYear = /(\d{4})\s*年\s*(?:上半年|前三季度|1\s*[-—~至到]\s*\d{1,2}\s*月)/.exec(
			openingText
		);
		reportYear =
			titleYear ??
			(periodYear ? Number(periodYear[1]) : null) ??
			deliveredYear ??
			yearEndBefore(openingText) ??
			yearOf(openingText) ??
			mostFrequentYear(bodyText) ??
			anniversaryYear(bodyText) ??
			// a page put up before the period it covers ended (a template uploaded in May) does
			// not date a half-year summary
			(publishedMonth !== null && throughMonth !== null && publishedMonth < throughMonth
				? null
				: // nor does the upload of a 范文 copy that names no town
					!place && TEMPLATE_COPY.test([...allTitles, bodyText.slice(0, 600)].join('\n'))
					? null
					: publishedYear);
	} else {
		// The targets and plan statements name the year outright; a review heading, the delivery
		// date and a title year are weaker, in that order: a title often names the year reviewed.
		const deliveredFor =
			deliveredYear !== null && deliveredMonth !== null
				? deliveredMonth >= 11
					? deliveredYear + 1
					: deliveredYear
				: null;
		const titleFor =
			titleYear !== null && deliveredFor !== null && titleYear === deliveredFor - 1
				? deliveredFor
				: // 某街道2030年完成外资任务的3倍: a headline telling the year's results names the year reviewed
					titleYear !== null && allTitles.some((t) => TITLE_RESULTS.test(t))
					? titleYear + 1
					: titleYear;
		const templateFrame =
			/范文|模板/.test([...allTitles, bodyText.slice(0, 200)].join('\n')) &&
			hasPlaceholderYear(bodyText);
		reportYear =
			plausible(targetsYear) ??
			plausible(planYear) ??
			(reviewYearHeading !== null && !templateFrame ? plausible(reviewYearHeading + 1) : null) ??
			deliveredFor ??
			// 2021年政府工作报告 whose body opens on 2021年，…(一年来工作总结): the title names the
			// year reviewed, and the report is for the next
			// (a 范文 page's title year frames the upload; its text's years are placeholders)
			(templateFrame
				? null
				: plausible(
						titleFor !== null &&
							// (a title naming only the year's plan, 2018工作计划, names the year planned)
							!allTitles.some((t) => PLAN_ONLY_TITLE.test(t)) &&
							reviewedYearOpening(bodyText) === titleFor + 1
							? titleFor + 1
							: titleFor
					)) ??
			proposalYear(bodyText) ??
			(genre === 'news' ? newsYear(bodyText, publishedFor) : null) ??
			// a template's years are placeholders (20XX年): the text gives no year
			(hasPlaceholderYear(bodyText)
				? null
				: (fromPlanPeriod() ??
					reviewedYearOpening(bodyText) ??
					// a 范文 copy with its town left blank (XX镇) was dated by its upload, not its text
					(!place && TEMPLATE_COPY.test([...allTitles, bodyText.slice(0, 600)].join('\n'))
						? null
						: publishedFor) ??
					mostFrequentYear(bodyText) ??
					anniversaryYear(bodyText)));
	}
	const reviewYear =
		reportYear !== null ? (kind === 'midyear' ? reportYear : reportYear - 1) : null;
	// no year anywhere near the session: an annual congress meets in the year it plans (or in
	// November–December before it); an interim report is read in the year it covers
	if (delivered === null && session && session.y === null && reportYear !== null && !periodInferred)
		delivered = isoDate(
			kind === 'annual' && session.m >= 11 ? reportYear - 1 : reportYear,
			session.m,
			session.d
		);

	// Session and speaker from the header.
	const headerText = [...allTitles, deliveryText].join('\n');
	const sessionMatch = SESSION_FULL.exec(headerText) ?? SESSION_TERM.exec(headerText);
	// A bare name counts after the delivery line; a name with its office anywhere in the header.
	let speaker: string | null = null;
	let afterDelivery = false;
	for (const l of headerLines) {
		if (isDeliveryLine(l.t)) afterDelivery = true;
		else if (afterDelivery || /镇长|乡长|主任/.test(l.t)) speaker ??= speakerName(l.t);
	}
	const titleLine =
		headerLines.find((l) => isTitleLine(l.t) && placeAtStart(l.t)) ??
		headerLines.find((l) => isTitleLine(l.t));

	return {
		town: place?.town ?? '',
		county: place?.county ?? null,
		city: place?.city ?? null,
		province: place?.province ?? null,
		kind,
		throughMonth,
		genre,
		reportYear: reportYear ?? 0,
		reviewYear: reviewYear ?? 0,
		delivered,
		published: page.published,
		title: titleLine ? text.slice(titleLine.start, titleLine.end) : null,
		session: sessionMatch ? sessionMatch[0] : null,
		speaker,
		publisher: page.publisher,
		indexNumber: page.indexNumber
	};
}

/**
 * 2025年底农民人均纯收入为5210元。今年以来…: an interim report whose only year is the end of the
 * year before is of the year after it.
 */
function yearEndBefore(t: string): number | null {
	const years = [...allMatches(/(\d{4})\s*年(底|末)?/g, t)];
	if (!years.length || years.some((m) => !m[2])) return null;
	const y = Number(years[0][1]);
	return years.every((m) => Number(m[1]) === y) && /今年/.test(t) ? y + 1 : null;
}

/** Founding years an anniversary counts from: 新中国成立75周年 is 2024, 建党100周年 2021. */
const ANNIVERSARY: [RegExp, number][] = [
	[/(?:新中国|中华人民共和国|共和国)成立([一二三四五六七八九十\d]{1,4})周年/, 1949],
	[/(?:建党|中国共产党成立|党的)([一二三四五六七八九十百\d]{1,4})周年/, 1921],
	[/改革开放([一二三四五六七八九十\d]{1,4})周年/, 1978]
];

/** A text that gives no year but marks an anniversary it celebrates (向…成立75周年献礼). */
function anniversaryYear(t: string): number | null {
	for (const [re, from] of ANNIVERSARY) {
		const m = re.exec(t);
		if (!m) continue;
		const n = /^\d+$/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
		if (Number.isFinite(n) && n > 0 && n < 200) return from + n;
	}
	return null;
}

/**
 * A body that opens its outcomes on a year (2022年，全镇…同比增长…) reviews that year; an annual
 * report with no other signal sets targets for the next one.
 */
function reviewedYearOpening(t: string): number | null {
	// (现将…如下 is "hereby", not the future)
	const FUTURE = /(?<!现)将|(?<![主重需])要|力争|确保|争取|计划/;
	const re =
		/(?:^|[\n。]|(?:指出|显示|回顾|介绍)[,，:：])\s*(\d{4})\s*年(?:[,，]|全年|以来|全镇|全乡|全街|我镇|我乡|街道(?=完成|实现))([^。\n]{0,40})/g;
	for (const m of t.matchAll(re))
		// 主要/重要 are not the future 要
		if (!FUTURE.test(m[2])) return Number(m[1]) + 1;
	// 现将2031年工作总结如下: the year the summary sums up
	const sums = YEAR_END_STATEMENT.exec(t.slice(0, 1500));
	if (sums) return Number(/\d{4}/.exec(sums[0])![0]) + 1;
	// 截至2022年底，全镇… : the outcomes at the end of the year reviewed
	for (const m of t.matchAll(
		/(?:截止|截至)\s*(\d{4})\s*年(?:底|末)[,，]?\s*(?:全镇|全乡|全街道?|我镇|我乡)([^。\n]{0,30})/g
	))
		if (!FUTURE.test(m[2])) return Number(m[1]) + 1;
	// 2024年是…的一年。一年来，… : the year described, then looked back on, in the sentence or
	// paragraph that follows and before any other year
	const is = /(?:^|[\n。])\s*(\d{4})\s*年是[^。\n]{0,60}。/.exec(t);
	if (is) {
		const next = t.slice(is.index + is[0].length, is.index + is[0].length + 240);
		const back = /一年来|过去的一年|这一年/.exec(next);
		if (back && !/\d{4}\s*年/.test(next.slice(0, back.index))) return Number(is[1]) + 1;
	}
	return null;
}

/**
 * A text that writes no year but says a five-year plan was accomplished (实现了“十三五”圆满收官
 * 和“十四五”良好开局) reviews that plan's last or first year: the report is for the year after.
 */
function planPeriodReviewed(t: string): number | null {
	let best: number | null = null;
	// each plan the accomplished clause names: …“十三五”圆满收官和“十四五”良好开局
	for (const clause of t.matchAll(/(?:实现|完成|迎来)了?([^。；;\n]{0,60})/g))
		for (const m of clause[1].matchAll(
			/十([一二三四五六])五[”"]?(?:规划)?(?:(?:目标)?的?(?:圆满|胜利|顺利|良好)?(收官|开局)|(?:确定的|提出的|规划的|的)?(?:各项|主要)(?:目标|任务))/g
		)) {
			// its targets accomplished (完成“十二五”各项目标) close it
			const term = planTermYears(m[1]);
			const year = m[2] === '开局' ? term.start : term.end;
			if (best === null || year > best) best = year;
		}
	return best !== null ? best + 1 : null;
}

/**
 * A news article is dated by its page, unless the page is a later copy: when every year its text
 * names (2016年, 2017年) lies well before the page's date, the latest of them is the year.
 */
function newsYear(body: string, publishedFor: number | null): number | null {
	if (publishedFor === null) return null;
	const latest = latestTextYear(body);
	return latest !== null && latest < publishedFor - 2 ? latest : publishedFor;
}

const TEXT_YEAR = /(?<!\d)((?:19|20)\d\d)\s*年/g;

function latestTextYear(body: string): number | null {
	let latest: number | null = null;
	for (const m of allMatches(TEXT_YEAR, body)) latest = Math.max(latest ?? 0, Number(m[1]));
	return latest;
}

/** Years written as placeholders in a 范文 copy: 20XX年, XX年, 200*年, ××年. */
const PLACEHOLDER_YEAR = /(?:^|[^\dA-Za-z])(?:20|19)?[Xx×*＊]{1,4}\s*年|(?:20|19)\d[Xx×*＊]\s*年/;
/** Every placeholder year holds this; searched first because it needs no match at each position. */
const PLACEHOLDER_MARK = /[Xx×*＊]\s*年/;
const hasPlaceholderYear = (text: string) =>
	PLACEHOLDER_MARK.test(text) && PLACEHOLDER_YEAR.test(text);

/** A 范文 copy: its town left blank (XX镇) or the page calling it a model text. */
const TEMPLATE_COPY = /(?:[Xx×＊*]{2,}|某某?)(?:镇|乡|街道)|范文/;

/** 对2022年工作提出建议 / 提出2022年工作意见: the opening names the year the report plans. */
function proposalYear(t: string): number | null {
	const m =
		/对(?:今后五年和|未来五年和)?(\d{4})\s*年(?:政府)?(?:的)?工作(?:提出|作出)/.exec(t) ??
		/提出(\d{4})\s*年(?:政府)?工作(?:意见|建议|安排)/.exec(t);
	return m ? Number(m[1]) : null;
}

function mostFrequentYear(t: string): number | null {
	const counts = new Map<number, number>();
	for (const m of t.matchAll(/(?<![到至])(\d{4})\s*年(?!\s*\d{1,2}\s*月)/g)) {
		const y = Number(m[1]);
		if (y >= 1980 && y <= 2100) counts.set(y, (counts.get(y) ?? 0) + 1);
	}
	let best: number | null = null;
	let c = 0;
	for (const [y, n] of counts)
		if (n > c || (n === c && best !== null && y > best)) [best, c] = [y, n];
	return best;
}
