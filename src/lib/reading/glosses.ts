/**
 * Pinyin glosses some sites print after characters (城關(guān)鎮(zhèn)): reading aids, not text.
 * They split words (鎮(zhèn)第十三屆) so no rule would match; a page that carries several is
 * read without them. A single bracketed word is left alone: it may be the author's own.
 */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const GLOSS = new RegExp(`(?<=[\\u3400-\\u9fff])[(（]([a-zü${TONED}]{1,7})[)）]`, 'g');
const HAS_TONE = new RegExp(`[${TONED}]`);
/** Glosses with tone marks a page must carry before any is taken for a reading aid. */
const MIN_GLOSSES = 3;

export function stripPinyinGlosses(text: string): string {
	let toned = 0;
	for (const m of text.matchAll(GLOSS)) if (HAS_TONE.test(m[1]) && ++toned >= MIN_GLOSSES) break;
	if (toned < MIN_GLOSSES) return text;
	return text.replace(GLOSS, '');
}
