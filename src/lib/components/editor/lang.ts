/** Bilingual labels for the editor pages (Chinese first; English when the reader chose it). */
export type Lang = 'zh' | 'en';

export function picker(lang: Lang | undefined) {
	return (zh: string, en: string) => (lang === 'en' ? en : zh);
}

/** Only a path on this site may be a place to return to after signing in. */
export function safeNext(next: string | null | undefined, fallback = '/import'): string {
	return next && /^\/(?![/\\])/.test(next) ? next : fallback;
}
