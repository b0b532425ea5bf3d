/**
 * The same bundled reports re-encoded, re-formatted and rewritten in traditional characters or
 * full-width digits must give the same reports and metadata: reading is not tuned to one form.
 */
import { readFileSync, readdirSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/lib/extract';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const variants: Record<string, (t: string) => { name: string; bytes: Uint8Array }> = {
	'CRLF line ends': (t) => ({
		name: 'x.txt',
		bytes: new TextEncoder().encode(t.replace(/\n/g, '\r\n'))
	}),
	'UTF-16LE with BOM': (t) => ({
		name: 'x.txt',
		bytes: new Uint8Array([0xff, 0xfe, ...Buffer.from(t, 'utf16le')])
	}),
	'an HTML page': (t) => ({
		name: 'x.html',
		bytes: new TextEncoder().encode(
			`<!DOCTYPE html><html><head><meta charset="utf-8"><title>页面</title><script>var s='<p>x</p>';</script></head>` +
				`<body><nav>首页 政务公开</nav>${t
					.split('\n')
					.map((l) => `<p>${escapeHtml(l)}</p>`)
					.join('\n')}<footer>版权所有</footer></body></html>`
		)
	}),
	'traditional characters': (t) => ({
		name: 'x.txt',
		bytes: new TextEncoder().encode(toTraditional(t))
	}),
	'hard-wrapped at 38 characters': (t) => ({
		name: 'x.txt',
		bytes: new TextEncoder().encode(
			t
				.split('\n')
				.map((l) => l.replace(/(.{38})(?=.)/g, '$1\n'))
				.join('\n')
		)
	}),
	'full-width digits and punctuation': (t) => ({
		name: 'x.txt',
		bytes: new TextEncoder().encode(
			t.replace(/[0-9%:,()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
		)
	})
};

interface GoldReport {
	town: string;
	kind: string;
	reportYear: number;
	reviewYear: number;
	delivered: string | null;
	published: string | null;
}
const golds = readdirSync('tests/fixtures/gold')
	.filter((f) => /^\d.*\.json$/.test(f))
	.map(
		(f) =>
			JSON.parse(readFileSync(`tests/fixtures/gold/${f}`, 'utf8')) as {
				source: string;
				reports: GoldReport[];
			}
	);

const key = (r: GoldReport) => [
	toSimplified(r.town),
	r.kind,
	r.reportYear,
	r.reviewYear,
	r.delivered,
	r.published
];

describe.each(golds)('$source', (gold) => {
	const text = readFileSync(`data/reports/${gold.source}`, 'utf8');
	it.each(Object.keys(variants))('gives the same reports as %s', (variant) => {
		const { name, bytes } = variants[variant](text);
		const doc = extractDocument({ fileName: name, bytes });
		expect(doc.reports.map(key)).toEqual(gold.reports.map(key));
	});
});
