import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = join('node_modules', '.bin', 'tsx');

function run(files: string[]) {
	const r = spawnSync(tsx, ['scripts/extract.ts', ...files], { encoding: 'utf8' });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('scripts/extract.ts (the extraction contract)', () => {
	it('prints one JSON array with one element per file, and nothing else', () => {
		const r = run([
			'tests/fixtures/small/utf8-annual.txt',
			'tests/fixtures/small/gbk-midyear.html'
		]);
		expect(r.status).toBe(0);
		const out = JSON.parse(r.stdout);
		expect(Array.isArray(out)).toBe(true);
		expect(out.map((d: { source: string }) => d.source)).toEqual([
			'utf8-annual.txt',
			'gbk-midyear.html'
		]);
		const report = out[0].reports[0];
		for (const k of [
			'town',
			'kind',
			'reportYear',
			'reviewYear',
			'delivered',
			'published',
			'targets',
			'results'
		])
			expect(report).toHaveProperty(k);
		expect(out[1].reports[0]).toMatchObject({ town: '梧川镇', kind: 'midyear', reportYear: 2024 });
	});
	it('reports an unreadable file with an error element, still extracts the others, and exits 1', () => {
		const dir = mkdtempSync(join(tmpdir(), 'extract-'));
		const bad = join(dir, 'binary.txt');
		writeFileSync(bad, Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x9c, 0x10, 0x00, 0x03]));
		const missing = join(dir, 'missing.txt');
		const r = run([bad, 'tests/fixtures/small/utf8-annual.txt', missing]);
		expect(r.status).toBe(1);
		const out = JSON.parse(r.stdout);
		expect(out).toHaveLength(3);
		expect(out[0]).toMatchObject({ source: 'binary.txt', reports: [] });
		expect(out[0].error).toBeTruthy();
		expect(out[1].reports).toHaveLength(1);
		expect(out[2]).toMatchObject({ source: 'missing.txt', reports: [] });
		expect(r.stderr).toContain('binary.txt');
		expect(r.stderr).toContain('missing.txt');
	});
});
