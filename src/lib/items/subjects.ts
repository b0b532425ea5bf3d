/**
 * Subjects of figures: cleaning the words before a figure into the indicator phrase, and
 * splitting a listed subject (城镇、农村常住居民人均可支配收入) into its members.
 */
import { findIndicator } from '../indicators';
import { isSpace } from '../scan';
import type { Span } from './text';

const LEADING_NOISE = new RegExp(
	'^(?:[、,和及与“”\\s]|-|\\d{1,2}[.、)]|\\(\\d{1,2}\\)|\\([一二三四五六七八九十]{1,2}\\)|[一二三四五六七八九十]{1,2}、|其中|并且|并|且|同时|以及|今年|全年|年内|当年|明年|上半年|下半年|' +
		'“?十[一二三四五六七八九]五”?期间|(?:1|一)(?:-|至|到)(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月|截[止至]\\d{1,2}月(?:底|末)?|前三季度|到?\\d{4}年(?:度|底|末)?|力争|确保|争取|努力|预计|' +
		'全镇|我镇|全乡|全街道|要|将|还|可(?!用|支配)|再|' +
		// how a change is measured, written between an indicator and its figure
		'按(?:可比价格|可比价|可比口径|现价|不变价|同口径)(?:计算)?|扣除价格因素|剔除价格因素|同口径|' +
		// 2.6亿(累计增速5.2%): the bracket of an aside, and the running total it gives
		'累计|\\()+'
);

/** Trim connectors, time words and hedges from the start of a subject span. */
export function cleanSubject(norm: string, s: Span): Span {
	const m = LEADING_NOISE.exec(norm.slice(s.start, s.end));
	let start = s.start + (m ? m[0].length : 0);
	let end = s.end;
	while (start < end && isSubjectLead(norm.charCodeAt(start))) start++;
	while (end > start && isSubjectTail(norm.charCodeAt(end - 1))) end--;
	// 地区生产总值GDP: an acronym repeating the name it follows
	const acronym = TRAILING_ACRONYM.exec(norm.slice(start, end));
	if (acronym && findIndicator(norm.slice(start, end - acronym[0].length)))
		end -= acronym[0].length;
	return { start, end };
}

const TRAILING_ACRONYM = /(?<=[\u4e00-\u9fff])\(?[A-Z]{2,5}\)?$/;

/** /[\s“]/ by code: what a subject does not start with. */
function isSubjectLead(c: number): boolean {
	return c === 0x201c || isSpace(c);
}

/** /[\s,、]/ by code: what a subject does not end with. */
function isSubjectTail(c: number): boolean {
	return c === 44 || c === 0x3001 || isSpace(c);
}

export interface SubjectPart {
	/** The member as a full phrase (城镇 completed to 城镇常住居民人均可支配收入). */
	text: string;
	indicator: string | null;
}

const LIST_SEP = /、|和|及|与/;

/** Split a subject on 、 和 及; short members borrow the tail of the last member. */
export function splitSubject(text: string, members = 1): SubjectPart[] {
	// 城乡居民人均可支配收入分别增长6.5%和7.5%: 城乡 names two members, urban and rural.
	if (members === 2 && /^城乡/.test(text) && !LIST_SEP.test(text)) {
		return ['城镇', '农村'].map((w) => {
			const t = w + text.slice(2);
			return { text: t, indicator: findIndicator(t)?.id ?? null };
		});
	}
	const raw = text.split(LIST_SEP).filter((p) => p.length > 0);
	if (raw.length < 2) return [{ text, indicator: findIndicator(text)?.id ?? null }];
	const last = raw[raw.length - 1];
	return raw.map((part, i) => {
		if (i === raw.length - 1) return { text: part, indicator: findIndicator(part)?.id ?? null };
		const own = findIndicator(part);
		if (own && own.end - own.start >= Math.min(part.length, 3))
			return { text: part, indicator: own.id };
		// Borrow the last member's tail: 城镇 + (农村)常住居民人均可支配收入.
		for (let k = 1; k < last.length; k++) {
			const cand = part + last.slice(k);
			const m = findIndicator(cand);
			if (m && m.start <= part.length - 1 && m.end === cand.length && m.end - m.start > 3)
				return { text: cand, indicator: m.id };
		}
		// 一产、二产、三产: members as long as the last are names of their own, not its head.
		if (part.length <= 3 && part.length < last.length) {
			const cand = part + last.slice(Math.min(part.length, last.length - 1));
			return { text: cand, indicator: findIndicator(cand)?.id ?? null };
		}
		return { text: part, indicator: own?.id ?? null };
	});
}

const NEW_PROJECTS =
	/^(?:新)?(?:引进|招引|签约|签订)(.{0,16}?)项目(?:数)?$|^(招商引资)项目(?:数)?$/;

const PRAISE = /^(?:优质|优秀|好|大好|高质量|一批|一批优质)$/;

/**
 * 新引进亿元以上内资工业备案项目, 新签约亿元以上项目, 引进招商项目: newly attracted projects, with the class of
 * projects (the words between the verb and 项目) as the scope.
 */
export function newProjectsClass(text: string): { indicator: string; scope?: string } | null {
	// 共引进…项目18个: a total over the period, the same class of projects.
	// 成功签约…项目, 累计招商引资项目6个: the verb's adverbs go; a bare 招商引资项目 counts them too.
	const m = NEW_PROJECTS.exec(text.replace(/^(?:共计|累计|合计|共|完成|实现|成功)+/, ''));
	if (!m) return null;
	// 优质项目, 好项目: praise, not a class of projects
	const words = (m[1] ?? m[2]).replace(/^(?:招商引资|招商)/, '').replace(PRAISE, '');
	return words
		? { indicator: 'new_investment_projects', scope: words + '项目' }
		: { indicator: 'new_investment_projects' };
}
