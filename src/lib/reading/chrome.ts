/**
 * Web-page chrome: the navigation, metadata tables, counters, footers and share buttons that a
 * saved government page wraps around a report. Recognised line by line (on the matching form of
 * a trimmed line) so that it is set aside from every report, while the page's publication date,
 * publisher and index number (索引号) are kept as page metadata.
 */

/** Lines longer than this are prose, never chrome (a chrome table row is short). */
const MAX_CHROME_LINE = 160;

const CHROME_PATTERNS: RegExp[] = [
	// accessibility / elder-mode toggles and reading aids
	/(?:进入|退出|切换)?(?:老年|长者|关怀|适老)(?:模式|版)|无障碍|阅读辅助|^(?:字号|字体)[:：]?\s*[〖【[]?\s*[大中小]|^[【[]?\s*[大中小]\s*[中小]?\s*[】\]]?$/,
	// navigation trails
	/^(?:当前位置|您(?:当前)?(?:所在)?的?位置|所在位置|位置)\s*[:：]/,
	/^(?:>|»|›|首页\s*[>»›])/,
	/(?:\S\s*[>»›]\s*){2,}\S/,
	// metadata tables and labels
	/索\s*引\s*号|^索\s*引\s*[:：]|发布(?:单位|机构|部门)|发文(?:机关|单位|字号|日期)|成文日期|印发日期|公开(?:方式|形式|范围|时限|日期)|主题(?:分类|词)|体裁分类|组配分类|所属栏目|责任(?:部门|科室|单位)|信息(?:来源|分类|名称|类别)|索取号|生成日期|关联导读|^文\s*号\s*[:：|]|^(?:来源|出处|作者|编辑|责任编辑|审核)\s*[:：]|^[•·\-\s]*(?:日期|时间|发布时间|发布日期|来源)\s*[:：]|^(?:发布|更新|发表)(?:时间|日期)|内容来源\s*[:：]/,
	// counters
	/浏览(?:次数|量)|访\s*问\s*量|阅读(?:次数|量)|点击(?:数|量|次数|率)|^阅读\s*[:：]?\s*\d*$/,
	// footers
	/ICP\s*备|ICP证|公网安备|网站标识码|主办单位|承办单位|协办单位|技术支持|维护单位|版权所有|Copyright|©|网站地图|联系我们|隐私(?:声明|政策|安全)|常见问题|版权(?:声明|保护)|分辨率|建议使用.{0,20}浏览器|浏览本网站|智能问答|政府网站找错|网站纠错|^[\s|]*$/i,
	// share, print, close, back to top
	/^(?:打印|关闭|打印本页|关闭窗口|保存|收藏|返回顶部|回到顶部|返回|顶部|【\s*(?:打印|关闭|收藏|字体|大|中|小)\s*】|[\s|]*分享(?:到)?\s*[:：]?)[\s|]*(?:打印|关闭|关闭窗口|收藏|分享)?[\s|]*$/,
	/^第\s*\d+\s*页|共\s*\d+\s*页|上一页|下一页|尾页/,
	/^分享(?:到)?\s*[:：]|扫一扫|手机(?:扫码|访问|版)|微信(?:扫|分享)|分享到(?:微信|微博|QQ)/,
	// document-sharing sites around compilations (paywall notes, member menus)
	/付费|下载(?:文档|券|次数)|VIP|会员中心|我的下载|联系客服|客服(?:微信|电话|QQ)|违规举报|本站(?:所有|不对|内容)|著作权|电脑桌面|桌面快捷|您可能(?:关注|感兴趣|喜欢)|相关(?:文档|推荐|阅读)|确认删除|搜索资料|上一篇|下一篇|^(?:上|下)一(?:条|则)\s*[:：]/,
	// a newspaper's e-paper page (数字报刊): its edition, issue date and page links
	/返回(?:该|本)版(?:首页)?|^第\s*\d+\s*版\s*[:：]|^数字报刊|国内统一刊号|邮发代号/,
	// bare dates / times printed as page chrome
	/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/
];

/** Words of a toolbar line (【打印本页】【关闭窗口】 字号：大 中 小 …). */
const TOOLBAR_WORDS =
	/打印本页|打印|关闭窗口|关闭|收藏|保存|返回顶部|回到顶部|返回|分享(?:到)?|字体|字号|默认|大|中|小|[【】[\]|:：\s·•]/g;

/** Is this (trimmed, matching-form) line page chrome? */
export function isChromeLine(line: string): boolean {
	if (line.length === 0 || line.length > MAX_CHROME_LINE) return false;
	// • 信息类别: …: a metadata list's bullets say nothing
	line = line.replace(/^[•·●▪◆■\s]+(?=\S)/, '');
	if (
		line.length <= 40 &&
		/打印|关闭|收藏|字号|字体|分享/.test(line) &&
		line.replace(TOOLBAR_WORDS, '') === ''
	)
		return true;
	// a numbered item or a sentence is report text even when it mentions 来源 or a date
	if (/[。；]$/.test(line) && !/付费|本站|客服|著作权|违规/.test(line)) return false;
	// a report's own title stays text even when it carries a date label, unless it is a link
	if (
		/工作报告|完成情况/.test(line) &&
		!/上一篇|下一篇|上一条|下一条|相关|链接|推荐|汇编|下载|付费|VIP|\||索\s*引|分类|类别|机构|机关|单位|浏览|访问|公开|文\s*号|来源|当前位置|所在位置|首页\s*[>»›]/.test(
			line
		)
	)
		return false;
	for (const re of CHROME_PATTERNS) if (re.test(line)) return true;
	return false;
}

export interface PageFacts {
	published: string | null;
	publisher: string | null;
	indexNumber: string | null;
	sourceUrl: string | null;
}

const DATE = String.raw`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})`;
const SEP = String.raw`\s*[:：|]?\s*(?:\|\s*)?`;

function ymd(y: string, m: string, d: string): string | null {
	const mm = Number(m);
	const dd = Number(d);
	if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return null;
	return `${y}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/** A document site's upload line: "• 2024-01-22 发布于某省", "2024-01-22 999+ 36.7KB 10页". */
const UPLOADED = new RegExp(
	String.raw`^[•·]?\s*${DATE}\s*(?:发布于|\d+\+?\s+\d+(?:\.\d+)?\s*[KMG]B)`
);

export function isUploadLine(t: string): boolean {
	return UPLOADED.test(t);
}

/** Publication date labels, strongest first: the page's own publication time, then 成文/发文. */
const PUBLISHED_LABELS = [
	new RegExp(String.raw`(?:发布|发表|公开|更新)(?:时间|日期)${SEP}${DATE}`),
	new RegExp(String.raw`(?:^|[\s|•·])(?:日\s*期|时\s*间)${SEP}${DATE}`),
	new RegExp(String.raw`(?:发文|成文|印发)日期${SEP}${DATE}`),
	// 生成日期 (a disclosure catalogue's), 创建于, 上传时间 (a document site's)
	new RegExp(String.raw`(?:生成|创建|上传)(?:日期|时间|于)${SEP}${DATE}`),
	new RegExp(String.raw`^${DATE}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$`),
	// a headline with its dateline: …召开 2023-12-28 14:59:57 来源：…
	new RegExp(String.raw`\s${DATE}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s|$)`),
	// "2023-02-10 来源：某镇 浏览次数：" — a date opening a chrome line
	new RegExp(String.raw`^[【\[•·]?\s*${DATE}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s|[】\]]|$)`),
	UPLOADED,
	// an e-paper's issue date: "内容详情 2031年05月06日 返回该版首页"
	new RegExp(String.raw`${DATE}\s*日?\s*返回(?:该|本)版`),
	// "- 2031-04-14 发布", "某某网/2031-01-12": a site's dateline
	new RegExp(String.raw`^[-–•·]\s*${DATE}\s*(?:发布)?\s*\|?$`),
	new RegExp(String.raw`(?:^|\s)[^\s/]{2,20}/${DATE}$`),
	// "来源：某乡 2017-01-12 00:00": the source label and the date on one line
	new RegExp(String.raw`来\s*源\s*[:：]\s*[^\s:：]{2,30}\s+${DATE}`)
];

/** A label alone on its line (- 日期), its value on the next (- 2021-04-15): a catalogue's block. */
/** A date label alone on its line (发布日期：), its value on the next. */
export const DATE_LABEL_ONLY = /^[-–•·]?\s*((?:发布|成文|生成|发文)?(?:日期|时间))\s*[:：]?$/;

function withLabelValues(lines: string[]): string[] {
	if (!lines.some((l) => DATE_LABEL_ONLY.test(l))) return lines;
	const out = [...lines];
	lines.forEach((l, i) => {
		const m = DATE_LABEL_ONLY.exec(l);
		if (m && i + 1 < lines.length) out.push(`${m[1]}:${lines[i + 1].replace(/^[-–•·]\s*/, '')}`);
	});
	return out;
}

const DAY_FIRST_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

const PUBLISHER_LABELS = [
	/(?:发布(?:单位|机构|部门)|发文(?:机关|单位))\s*[:：|]?\s*(?:\|\s*)?([^\s|:：]{2,30})/,
	/(?:信息来源|来\s*源)\s*[:：|]\s*(?:\|\s*)?([^\s|:：]{2,30})/
];

const INDEX_NUMBER = /索\s*引\s*号?\s*[:：|]?\s*(?:\|\s*)?([A-Za-z0-9][A-Za-z0-9/_.-]{3,60})/;

/** Page facts from the chrome lines (matching form, trimmed), first found wins per tier. */
export function pageFacts(lines: string[]): PageFacts {
	const facts: PageFacts = { published: null, publisher: null, indexNumber: null, sourceUrl: null };
	const chromeLines = withLabelValues(lines);
	for (const re of PUBLISHED_LABELS) {
		for (const l of chromeLines) {
			const m = re.exec(l);
			const date = m ? ymd(m[1], m[2], m[3]) : null;
			if (date) {
				facts.published = date;
				break;
			}
		}
		if (facts.published) break;
	}
	// 26.07.2016 03:41: a date line written day first
	for (const l of chromeLines) {
		if (facts.published) break;
		const m = DAY_FIRST_DATE.exec(l);
		if (m) facts.published = ymd(m[3], m[2], m[1]);
	}
	for (const re of PUBLISHER_LABELS) {
		for (const l of chromeLines) {
			const m = re.exec(l);
			// inline labels run together when a page puts them in adjacent <span>s
			const value = m
				? m[1].replace(/(?:浏览|点击|访问|阅读|发布|日期|时间|来源|作者|字号|编辑|责任).*$/, '')
				: '';
			if (value.length >= 2 && !/^\d/.test(value)) {
				facts.publisher = value;
				break;
			}
		}
		if (facts.publisher) break;
	}
	for (const l of chromeLines) {
		const m = INDEX_NUMBER.exec(l);
		if (m) {
			facts.indexNumber = m[1];
			break;
		}
	}
	for (const l of chromeLines) {
		const m = /(?:网址|原文(?:链接|地址)|链接|URL)\s*[:：]\s*(https?:\/\/\S+)/i.exec(l);
		if (m) {
			facts.sourceUrl = m[1];
			break;
		}
	}
	return facts;
}
