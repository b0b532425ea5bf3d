/**
 * The real development corpus (tests/fixtures/real): its manifest, one entry per page. The page
 * texts are third-party material kept out of the repository; the manifest records how to find
 * each again (address, query, rank) and how to know it is the same text (sha256, length).
 * Pure: parsing and checking only; the corpus command does the file work.
 */

export const STYLES = [
	'annual',
	'midyear',
	'q3',
	'news',
	'compilation',
	'template',
	'traditional',
	'chrome',
	'broken-lines',
	'five-year',
	'not-report',
	'town-unnamed'
] as const;

export interface CorpusPage {
	id: string;
	address: string;
	query: string;
	rank: number;
	length: number;
	sha256: string;
	province: string | null;
	year: number | null;
	styles: string[];
	wave: string;
	annotator?: string;
	review?: { by: string; changes: string[] } | null;
}

export class ManifestError extends Error {}

/** Parses manifest.json (an array, or `{pages: [...]}`); throws naming the file and the page. */
export function readManifest(json: string, file = 'manifest.json'): CorpusPage[] {
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch (err) {
		throw new ManifestError(`${file}: not JSON (${(err as Error).message})`);
	}
	const list = Array.isArray(data) ? data : (data as { pages?: unknown })?.pages;
	if (!Array.isArray(list)) throw new ManifestError(`${file}: expected an array or {pages: [...]}`);
	const seen = new Set<string>();
	return list.map((raw, i) => {
		const p = raw as Partial<CorpusPage>;
		const where = `${file}: page ${typeof p?.id === 'string' ? p.id : `#${i + 1}`}`;
		for (const k of ['id', 'address', 'query', 'sha256', 'wave'] as const)
			if (typeof p?.[k] !== 'string' || !p[k]) throw new ManifestError(`${where}: ${k} missing`);
		for (const k of ['rank', 'length'] as const)
			if (typeof p[k] !== 'number') throw new ManifestError(`${where}: ${k} must be a number`);
		if (!/^[0-9a-f]{64}$/.test(p.sha256!)) throw new ManifestError(`${where}: sha256 malformed`);
		if (!/^[A-Za-z0-9][\w-]*$/.test(p.id!)) throw new ManifestError(`${where}: id malformed`);
		if (seen.has(p.id!)) throw new ManifestError(`${where}: id repeated`);
		seen.add(p.id!);
		const styles = Array.isArray(p.styles) ? p.styles : [];
		const unknown = styles.filter((s) => !(STYLES as readonly string[]).includes(s));
		if (unknown.length) throw new ManifestError(`${where}: unknown style ${unknown.join(', ')}`);
		return {
			...(p as CorpusPage),
			province: p.province ?? null,
			year: p.year ?? null,
			styles
		};
	});
}

export type TextState = 'ok' | 'missing' | 'changed';

/** Whether a page's text on disk is the one annotated (same sha256). */
export function textState(page: CorpusPage, sha256: string | null): TextState {
	if (sha256 === null) return 'missing';
	return sha256 === page.sha256 ? 'ok' : 'changed';
}

/** Counts per province, style and wave, for the corpus summary. */
export function coverage(pages: CorpusPage[]) {
	const count = (key: (p: CorpusPage) => (string | null)[]) => {
		const m = new Map<string, number>();
		for (const p of pages) for (const k of key(p)) m.set(k ?? '?', (m.get(k ?? '?') ?? 0) + 1);
		return Object.fromEntries([...m].sort((a, b) => b[1] - a[1]));
	};
	return {
		pages: pages.length,
		provinces: count((p) => [p.province]),
		styles: count((p) => p.styles),
		waves: count((p) => [p.wave]),
		years: count((p) => [p.year === null ? null : String(p.year)])
	};
}
