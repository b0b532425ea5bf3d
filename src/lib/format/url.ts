/** The current path and query with some parameters changed (null or '' removes one). */
export function withParams(
	url: URL,
	changes: Record<string, string | number | null | undefined>
): string {
	const u = new URL(url.href);
	for (const [k, v] of Object.entries(changes)) {
		if (v == null || v === '') u.searchParams.delete(k);
		else u.searchParams.set(k, String(v));
	}
	const q = u.searchParams.toString();
	return u.pathname + (q ? `?${q}` : '');
}
