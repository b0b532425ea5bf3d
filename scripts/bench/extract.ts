/**
 * Extraction throughput on one core (this thread), against the floor of reading and decoding
 * the same bytes.
 */
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../../src/lib/reading/encoding';
import { extractDocument } from '../../src/lib/extract';
import { emit, errorText, missing } from './record';

/** Runs `fn` over the files until `seconds` have passed (at least once); returns MB/s. */
function throughput(files: string[], seconds: number, fn: (file: string) => number): number {
	let bytes = 0;
	const t0 = performance.now();
	do {
		for (const f of files) bytes += fn(f);
	} while (performance.now() - t0 < seconds * 1000);
	return bytes / 1e6 / ((performance.now() - t0) / 1000);
}

export function benchExtraction(label: string, files: string[], seconds: number): void {
	const name = `extract.${label}`;
	if (!files.length) return missing(`${name}.mbps`, 'MB/s', 'no files');
	try {
		const floor = throughput(files, seconds, (f) => {
			const bytes = readFileSync(f);
			decodeBytes(bytes);
			return bytes.length;
		});
		// The first passes compile the extractor: timed apart (cold), then a warm-up, so the
		// throughput figure is the steady state a loader of many files runs at.
		const extractOnce = (f: string) => extractDocument({ fileName: f, bytes: readFileSync(f) });
		const t0 = performance.now();
		for (const f of files) extractOnce(f);
		const coldMs = performance.now() - t0;
		throughput(files, Math.max(0.5, seconds / 2), (f) => {
			extractOnce(f);
			return 0;
		});
		let reports = 0;
		let items = 0;
		const mbps = throughput(files, seconds, (f) => {
			const bytes = readFileSync(f);
			const out = extractDocument({ fileName: f, bytes });
			reports += out.reports.length;
			for (const r of out.reports) items += r.targets.length + r.results.length;
			return bytes.length;
		});
		const note = reports === 0 ? 'extractor returned no reports (work in progress)' : undefined;
		emit({ name: `${name}.mbps`, value: mbps, unit: 'MB/s', files: files.length, note });
		emit({ name: `${name}.floor.mbps`, value: floor, unit: 'MB/s' });
		emit({ name: `${name}.cold_first_pass_ms`, value: coldMs, unit: 'ms', files: files.length });
		emit({ name: `${name}.ratio_to_floor`, value: floor / mbps, unit: 'x' });
		emit({ name: `${name}.items_found`, value: items > 0 ? items : 0, unit: 'items', note });
	} catch (err) {
		missing(`${name}.mbps`, 'MB/s', errorText(err));
	}
}
