/**
 * A town the report names only bare (建设“三个某某”, 某某高质量发展): its suffix written nowhere
 * after the name. Read only when the report speaks as an unnamed town government (我代表镇人民政府,
 * 街道办事处坚持…): the unit's kind gives the suffix, and the name must appear at least twice where
 * a place name stands in slogans and in "<name>发展" phrases.
 */
const UNNAMED_UNIT =
	/(?:代表|^|\n)(镇|乡|街道)(?:人民政府|政府|办事处)|(?:^|\n)(镇|乡|街道)(?:人民)?政府工作(?:报告|总结)|(?:^|[，,。])(街道)(?:办事处|党工委)(?:紧紧|坚持|始终|围绕|以)/;
const NAME = '([\\u4e00-\\u9fff]{2})';
/** Slogan words a place name follows (建设“三个某某”, 实力某某, 突破某某). */
const BEFORE = new RegExp(
	`(?:三个|实力|美丽|幸福|魅力|活力|平安|和谐|智慧|品质|富裕|大美|突破)${NAME}(?=[、”",，。；;首])`,
	'g'
);
/** Phrases a place name opens (某某高质量发展成效显著, 某某发展攻坚克难, 某某商会). */
const AFTER = new RegExp(
	`(?<=[是的了为在到和与、“"])${NAME}(?:高质量发展|发展(?:攻坚|成效|史上)|经济社会|人民|大地|商会)`,
	'g'
);
/** Words that stand in those places without being a name. */
const NOT_NAME =
	/^(?:经济|产业|乡村|城乡|全镇|全乡|我镇|本镇|社会|文化|旅游|农业|工业|城市|生态|绿色|创新|民生|项目|企业|区域|县域|镇域|全面|质量|群众|干部|党建|共同|数字|全域|全民|新的|持续|推动|实现|加快|农村|城镇|中国|全国|全省|全市|全县|全区|我们|镇村|街道|社区)$|[镇乡县市区村省的了是在和与]/;

export function bareTown(body: string): string | null {
	const unit = UNNAMED_UNIT.exec(body);
	if (!unit) return null;
	const suffix = unit[1] ?? unit[2] ?? unit[3];
	const hits = new Map<string, number>();
	for (const re of [BEFORE, AFTER])
		for (const m of body.matchAll(re))
			if (!NOT_NAME.test(m[1])) hits.set(m[1], (hits.get(m[1]) ?? 0) + 1);
	const ranked = [...hits].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]);
	// Two names as strong as each other: neither is taken.
	if (!ranked.length || (ranked.length > 1 && ranked[1][1] === ranked[0][1])) return null;
	const name = ranked[0][0];
	// The name written with a suffix elsewhere would have been read already; one with 县/市 is not ours.
	if (new RegExp(`${name}[县市区]`).test(body)) return null;
	return name + suffix;
}
