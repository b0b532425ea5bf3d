/**
 * Cue phrases that more than one stage reads, written once as pattern sources so that each
 * stage composes its own regex around them.
 */

/** The bodies a town report is read to: a congress, or the 议政会 of a 街道's deputies. */
export const CONGRESS_BODY =
	'人民代表大会|人代会|民主议政会|居民议政会|议政大会|居民代表大会|三代会';

/** 2031年完成 / 2031年度全年实现: a heading or title that tells what a year achieved. */
export const YEAR_ACHIEVED = String.raw`\d{4}\s*年(?:度)?(?:全年)?(?:完成|实现|取得|突破|超额完成)`;
