/**
 * A small HTML → plain text converter for saved government web pages. Not a full HTML parser:
 * one linear pass over tags. Script/style and obvious navigation chrome are dropped, block
 * elements become line breaks, table cells are joined with " | " (so 索引号 tables read as one
 * line per row), entities are decoded. The page <title> is returned apart (not in the text): it
 * often names the town that the body's own title omits, so metadata reads it.
 */

export interface HtmlText {
	text: string;
	title: string | null;
	/** <link rel="canonical"> or og:url, when the page names its own address. */
	url: string | null;
}

/** Elements whose whole content is never text. */
const DROP_CONTENT = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'svg',
	'iframe',
	'object',
	'select',
	'xml',
	'button',
	'nav',
	'footer',
	'textarea'
]);

const BLOCK = new Set([
	'address',
	'article',
	'aside',
	'blockquote',
	'body',
	'center',
	'dd',
	'div',
	'dl',
	'dt',
	'figcaption',
	'figure',
	'form',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'hr',
	'html',
	'li',
	'main',
	'ol',
	'p',
	'pre',
	'section',
	'table',
	'tbody',
	'thead',
	'tfoot',
	'tr',
	'ul',
	'caption'
]);

const VOID = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'param',
	'source',
	'track',
	'wbr'
]);

/** class/id words that mark navigation, sharing and footer blocks. */
const CHROME_ATTR =
	/\b(?:class|id)\s*=\s*["']?[^"'>]*\b(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|share|bdshare|sitemap|toolbar)\b/i;

const NAMED: Record<string, string> = {
	nbsp: ' ',
	ensp: ' ',
	emsp: '\u3000',
	thinsp: ' ',
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	ldquo: '\u201c',
	rdquo: '\u201d',
	lsquo: '\u2018',
	rsquo: '\u2019',
	hellip: '\u2026',
	mdash: '\u2014',
	ndash: '\u2013',
	middot: '\u00b7',
	bull: '\u2022',
	times: '\u00d7',
	divide: '\u00f7',
	yen: '\u00a5',
	copy: '\u00a9',
	reg: '\u00ae',
	deg: '\u00b0',
	plusmn: '\u00b1',
	permil: '\u2030',
	laquo: '\u00ab',
	raquo: '\u00bb',
	lsaquo: '\u2039',
	rsaquo: '\u203a'
};

export function decodeEntities(s: string): string {
	if (!s.includes('&')) return s;
	return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,8});?/gi, (m, body: string) => {
		if (body[0] === '#') {
			const code =
				body[1] === 'x' || body[1] === 'X'
					? parseInt(body.slice(2), 16)
					: parseInt(body.slice(1), 10);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
		}
		return NAMED[body.toLowerCase()] ?? m;
	});
}

/** Tags are bounded in length so that a stray "<" without its ">" costs little (linear time). */
/**
 * One tag, comment or declaration at a given "<" (sticky). A tag ends before the next unquoted
 * "<", lengths are bounded, and a "<" with no ">" after it is text: a page full of stray "<"
 * stays linear.
 */
const TOKEN =
	/<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]{0,4000}>|<(\/?)([a-zA-Z][\w:-]{0,40})((?:[^<>"']|"[^"]{0,100000}"|'[^']{0,100000}'){0,20000})>/y;

export function looksLikeHtml(text: string): boolean {
	const head = text.slice(0, 2048).toLowerCase();
	return /<(?:!doctype html|html|head|body|meta|div|p|table)[\s>]/.test(head);
}

export function htmlToText(html: string): HtmlText {
	const out: string[] = [];
	let title: string | null = null;
	let url: string | null = null;
	/** Tag name of the element being dropped and how deep we are inside it. */
	let dropTag: string | null = null;
	let dropDepth = 0;
	let inTitle = false;
	/** Inside <head>: only the title and canonical link count (Word's <xml> blocks do not). */
	let inHead = false;
	let titleBuf = '';
	let pre = 0;
	let last = 0;
	let m: RegExpExecArray | null;

	const emitText = (raw: string) => {
		if (dropTag !== null || raw.length === 0 || (inHead && !inTitle)) return;
		const decoded = decodeEntities(raw);
		if (inTitle) {
			titleBuf += decoded;
			return;
		}
		out.push(pre > 0 ? decoded : decoded.replace(/[ \t\r\n\f]+/g, ' '));
	};

	let pos = 0;
	let nextGt = -1;
	for (;;) {
		const lt = html.indexOf('<', pos);
		if (lt < 0) break;
		if (nextGt < lt) nextGt = html.indexOf('>', lt);
		// nothing can close a tag any more (an unterminated comment still runs to the end)
		if (nextGt < 0 && !html.startsWith('<!--', lt)) break;
		TOKEN.lastIndex = lt;
		m = TOKEN.exec(html);
		if (m === null) {
			pos = lt + 1;
			continue;
		}
		emitText(html.slice(last, lt));
		last = pos = TOKEN.lastIndex;
		const name = m[2]?.toLowerCase();
		if (!name) continue; // comment, doctype, CDATA, processing instruction
		const closing = m[1] === '/';
		const attrs = m[3] ?? '';
		if (dropTag !== null) {
			if (name === dropTag) {
				if (closing) dropDepth--;
				else if (!attrs.trimEnd().endsWith('/')) dropDepth++;
				if (dropDepth === 0) dropTag = null;
			}
			continue;
		}
		if (name === 'head') {
			inHead = !closing;
			continue;
		}
		if (name === 'body' && !closing) inHead = false;
		if (name === 'title') {
			if (closing) {
				inTitle = false;
				const t = titleBuf.replace(/\s+/g, ' ').trim();
				if (t && title === null) title = t;
			} else inTitle = true;
			continue;
		}
		if (!closing && (name === 'link' || name === 'meta') && url === null) {
			const canon =
				/rel\s*=\s*["']?canonical/i.test(attrs) || /property\s*=\s*["']og:url/i.test(attrs);
			const href = /(?:href|content)\s*=\s*["']([^"']+)["']/i.exec(attrs);
			if (canon && href && /^https?:/i.test(href[1])) url = href[1];
			continue;
		}
		if (!closing && !VOID.has(name)) {
			if (DROP_CONTENT.has(name)) {
				dropTag = name;
				dropDepth = 1;
				continue;
			}
			if ((BLOCK.has(name) || name === 'span') && CHROME_ATTR.test(attrs) && name !== 'body') {
				dropTag = name;
				dropDepth = 1;
				continue;
			}
		}
		if (name === 'pre') pre += closing ? -1 : 1;
		if (name === 'br') out.push('\n');
		else if (name === 'td' || name === 'th') {
			if (closing) out.push(' | ');
		} else if (BLOCK.has(name)) out.push('\n');
	}
	emitText(html.slice(last));
	if (inTitle && title === null) title = titleBuf.trim() || null;

	const lines = out
		.join('')
		.split('\n')
		.map((l) => {
			const t = l.replace(/^[ \t]+|[ \t]+$/g, '').replace(/(?:\s*\|)+$/, ' |');
			// a lone trailing bar is a layout cell's end, not a metadata table row
			return t.indexOf('|') === t.length - 1 ? t.slice(0, -2).trimEnd() : t;
		});
	const kept: string[] = [];
	let blank = true;
	for (const l of lines) {
		const empty = l === '' || l === '|';
		if (empty) {
			if (!blank) kept.push('');
			blank = true;
		} else {
			kept.push(l);
			blank = false;
		}
	}
	while (kept.length && kept[kept.length - 1] === '') kept.pop();
	return { text: kept.join('\n'), title, url };
}
