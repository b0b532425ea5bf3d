/** One benchmark figure per line on stdout: {"name", "value", "unit"} plus optional context. */
export interface Figure {
	name: string;
	value: number | null;
	unit: string;
	reason?: string;
	[extra: string]: unknown;
}

export function emit(f: Figure): void {
	const value =
		f.value === null || !Number.isFinite(f.value) ? null : Math.round(f.value * 1000) / 1000;
	process.stdout.write(JSON.stringify({ ...f, value }) + '\n');
}

/** A figure that could not be measured, with why. */
export function missing(name: string, unit: string, reason: string): void {
	emit({ name, value: null, unit, reason });
}

export function log(s: string): void {
	process.stderr.write(`[bench] ${s}\n`);
}

export function errorText(err: unknown): string {
	return err instanceof Error ? err.message.split('\n')[0] : String(err);
}

export function percentile(sorted: number[], p: number): number {
	if (!sorted.length) return NaN;
	const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[i];
}
