/**
 * Generated hostile inputs for the extractor and the loader: a seeded PRNG of our own (so a
 * failing case is reproduced from its seed and index), and one generator per kind of bad file.
 */
import { randomInt } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast and deterministic; a failing input is rebuilt from (seed, index). */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface Rng {
	next: () => number;
	int: (lo: number, hi: number) => number;
	pick: <T>(xs: readonly T[]) => T;
	bytes: (n: number) => Uint8Array;
}

export function rng(seed: number): Rng {
	const next = prng(seed);
	const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
	return {
		next,
		int,
		pick: (xs) => xs[int(0, xs.length - 1)],
		bytes: (n) => {
			const b = new Uint8Array(n);
			for (let i = 0; i < n; i++) b[i] = int(0, 255);
			return b;
		}
	};
}

export interface FuzzInput {
	kind: string;
	fileName: string;
	bytes: Uint8Array;
}

const enc = new TextEncoder();
const utf8 = (s: string) => enc.encode(s);

let realCache: { name: string; bytes: Uint8Array; text: string }[] | null = null;

/** The bundled real reports (read-only): the material truncation and splicing work on. */
export function realReports(
	dir = 'data/reports'
): { name: string; bytes: Uint8Array; text: string }[] {
	realCache ??= readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((name) => {
			const bytes = new Uint8Array(readFileSync(join(dir, name)));
			return { name, bytes, text: new TextDecoder().decode(bytes) };
		});
	return realCache;
}

const HEADER_LINES = [
	'示例县虚构镇2023年政府工作报告',
	'——2027年11月26日在虚构镇第十六届人民代表大会第七次全体会议上',
	'二、2023年主要预期目标和重点工作',
	'一、2022年工作回顾',
	'2023年上半年工作报告',
	'镇长 某某'
];

const ABSURD_NUMBERS = [
	'1e308',
	'99999999999999999999999999999999999999',
	'0.00000000000000000000000000001',
	'-0',
	'NaN',
	'Infinity',
	'１２３４５６７８９０１２３４５６７８９０',
	'九千九百九十九万九千九百九十九亿',
	'亿亿亿亿亿亿亿',
	'1.2.3.4.5',
	'6%-7%-8%-9%',
	'—',
	'12,345,678,901,234,567',
	'1' + '0'.repeat(400),
	'0x7fffffff',
	'-99999999'
];

const UNITS = ['%', '亿元', '万元', '个', '家', '亩', '公里', '倍', '个百分点', '千瓦时', ''];
const INDICATORS = [
	'地区生产总值增长',
	'一般公共预算收入',
	'固定资产投资',
	'新建5G基站',
	'完成全年目标任务的',
	'同比增长',
	'规上工业总产值达到'
];

function absurdSentence(r: Rng): string {
	return `${r.pick(INDICATORS)}${r.pick(ABSURD_NUMBERS)}${r.pick(UNITS)}${r.pick(['以上', '左右', '', '以内', '力争'])}。`;
}

function slice(r: Rng, b: Uint8Array): Uint8Array {
	const a = r.int(0, b.length);
	const z = r.int(a, b.length);
	return b.subarray(a, z);
}

function concat(parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let o = 0;
	for (const p of parts) {
		out.set(p, o);
		o += p.length;
	}
	return out;
}

function utf16(s: string, be: boolean, bom: boolean): Uint8Array {
	const le = Buffer.from(s, 'utf16le');
	if (be) le.swap16();
	return concat([bom ? new Uint8Array(be ? [0xfe, 0xff] : [0xff, 0xfe]) : new Uint8Array(), le]);
}

type Gen = (r: Rng) => { ext: string; bytes: Uint8Array };

/** Each generator makes one kind of bad (or odd but valid) file. */
export const GENERATORS: Record<string, Gen> = {
	empty: () => ({ ext: '.txt', bytes: new Uint8Array() }),
	whitespace: (r) => ({
		ext: '.txt',
		bytes: utf8(r.pick([' ', '\n', '\r\n', '\t', '\u3000', '\uFEFF']).repeat(r.int(1, 5000)))
	}),
	bomOnly: (r) => ({
		ext: '.txt',
		bytes: new Uint8Array(
			r.pick([
				[0xef, 0xbb, 0xbf],
				[0xff, 0xfe],
				[0xfe, 0xff]
			])
		)
	}),
	randomBytes: (r) => ({ ext: r.pick(['.txt', '.html']), bytes: r.bytes(r.int(1, 20_000)) }),
	truncated: (r) => {
		const doc = r.pick(realReports());
		return { ext: '.txt', bytes: doc.bytes.subarray(0, r.int(1, doc.bytes.length)) };
	},
	spliced: (r) => {
		const docs = realReports();
		const parts: Uint8Array[] = [];
		for (let i = r.int(2, 6); i > 0; i--) parts.push(slice(r, r.pick(docs).bytes));
		return { ext: '.txt', bytes: concat(parts) };
	},
	linesShuffled: (r) => {
		const lines = r.pick(realReports()).text.split('\n');
		for (let i = lines.length - 1; i > 0; i--) {
			const j = r.int(0, i);
			[lines[i], lines[j]] = [lines[j], lines[i]];
		}
		return { ext: '.txt', bytes: utf8(lines.join('\n')) };
	},
	bitFlips: (r) => {
		const b = new Uint8Array(r.pick(realReports()).bytes);
		for (let i = r.int(1, 200); i > 0; i--) b[r.int(0, b.length - 1)] ^= 1 << r.int(0, 7);
		return { ext: '.txt', bytes: b };
	},
	wrongEncoding: (r) => {
		const text = slice(r, r.pick(realReports()).bytes);
		const s = new TextDecoder().decode(text);
		const variant = r.int(0, 6);
		if (variant === 0) return { ext: '.txt', bytes: utf16(s, false, false) };
		if (variant === 1) return { ext: '.txt', bytes: utf16(s, true, false) };
		// A BOM that lies about the bytes after it.
		if (variant === 2) return { ext: '.txt', bytes: concat([new Uint8Array([0xff, 0xfe]), text]) };
		if (variant === 3) return { ext: '.txt', bytes: concat([new Uint8Array([0xfe, 0xff]), text]) };
		if (variant === 4) {
			// UTF-8 bytes under a GBK declaration, or UTF-16 under a UTF-8 one.
			const head = utf8(
				`<html><head><meta charset="${r.pick(['gbk', 'utf-16', 'utf-16be', 'x-unknown', ''])}"></head><body>`
			);
			return { ext: '.html', bytes: concat([head, text]) };
		}
		if (variant === 5) return { ext: '.txt', bytes: Buffer.from(s, 'latin1') };
		// Odd-length UTF-16 (a half code unit at the end) and lone surrogates.
		const u = utf16(s + '\ud800\udfff\udc00', r.next() < 0.5, true);
		return { ext: '.txt', bytes: u.subarray(0, u.length - (u.length % 2 ? 0 : 1)) };
	},
	hugeLine: (r) => {
		const unit = r.pick(['地区生产总值增长6%以上', '一', '9', 'a', ' ', '，', absurdSentence(r)]);
		const n = r.int(50_000, 600_000);
		return {
			ext: '.txt',
			bytes: utf8(`${r.pick(HEADER_LINES)}\n${unit.repeat(Math.ceil(n / unit.length))}\n`)
		};
	},
	manyLines: (r) => ({
		ext: '.txt',
		bytes: utf8(
			Array.from({ length: r.int(1_000, 8_000) }, () =>
				r.next() < 0.1 ? r.pick(HEADER_LINES) : r.next() < 0.5 ? absurdSentence(r) : ''
			).join('\n')
		)
	}),
	nestedHtml: (r) => {
		const depth = r.int(1_000, 50_000);
		const tag = r.pick(['div', 'p', 'span', 'table><tr><td', 'b', 'font']);
		const body = r.pick(realReports()).text.slice(0, r.int(0, 4000));
		const close = tag
			.split('><')
			.reverse()
			.map((t) => `</${t.split(' ')[0]}>`)
			.join('');
		return {
			ext: '.html',
			bytes: utf8(
				`<html><head><title>${r.pick(HEADER_LINES)}</title></head><body>` +
					`<${tag}>`.repeat(depth) +
					body +
					(r.next() < 0.5 ? close.repeat(depth) : '') +
					'</body></html>'
			)
		};
	},
	brokenHtml: (r) => {
		const bits = [
			'<',
			'>',
			'<!--',
			'-->',
			'<script>',
			'</script>',
			'<style>',
			'<![CDATA[',
			'&#x',
			'&#99999999999;',
			'&amp',
			'&nbsp;',
			'<br>',
			'<p',
			'"',
			"'",
			'<meta charset=',
			'<title>',
			absurdSentence(r),
			r.pick(HEADER_LINES)
		];
		return {
			ext: '.html',
			bytes: utf8(Array.from({ length: r.int(1, 3000) }, () => r.pick(bits)).join(''))
		};
	},
	absurdNumbers: (r) => {
		const lines = [
			'【合成测试数据 SYNTHETIC TEST DATA — 虚构乡镇，非真实数据】',
			HEADER_LINES[0],
			HEADER_LINES[1],
			HEADER_LINES[3]
		];
		for (let i = r.int(1, 30); i > 0; i--) lines.push(absurdSentence(r));
		lines.push(HEADER_LINES[2]);
		for (let i = r.int(1, 30); i > 0; i--)
			lines.push(`${r.pick(['2023年', '全年', '力争', ''])}${absurdSentence(r)}`);
		return { ext: '.txt', bytes: utf8(lines.join('\n')) };
	},
	controlChars: (r) => {
		const s = r.pick(realReports()).text.slice(0, r.int(10, 3000));
		const out: string[] = [];
		for (const ch of s) out.push(r.next() < 0.02 ? String.fromCharCode(r.int(0, 31)) : ch);
		return { ext: '.txt', bytes: utf8(out.join('')) };
	},
	invalidUtf8: (r) => {
		const b = new Uint8Array(r.pick(realReports()).bytes.subarray(0, r.int(100, 10_000)));
		for (let i = r.int(1, 20); i > 0; i--)
			b[r.int(0, b.length - 1)] = r.pick([0xc0, 0xc1, 0xf5, 0xff, 0x80]);
		return { ext: '.txt', bytes: b };
	},
	repeatedReports: (r) => {
		const t = r.pick(realReports()).text;
		return { ext: '.txt', bytes: utf8(Array.from({ length: r.int(2, 6) }, () => t).join('\n')) };
	}
};

export const KINDS = Object.keys(GENERATORS);

/** The big inputs (a megabyte each) are a few per hundred, so ten thousand inputs take minutes. */
const WEIGHTS: Record<string, number> = {
	hugeLine: 0.2,
	manyLines: 0.2,
	nestedHtml: 0.3,
	repeatedReports: 0.5
};
const TOTAL_WEIGHT = KINDS.reduce((n, k) => n + (WEIGHTS[k] ?? 1), 0);

function pickKind(x: number): string {
	let acc = 0;
	for (const k of KINDS) {
		acc += (WEIGHTS[k] ?? 1) / TOTAL_WEIGHT;
		if (x < acc) return k;
	}
	return KINDS[KINDS.length - 1];
}

/**
 * The i-th input of a run, rebuilt exactly from (seed, i). The first KINDS.length inputs of a
 * run cover every kind once; after that kinds are drawn by weight.
 */
export function fuzzInput(seed: number, i: number): FuzzInput {
	const r = rng((seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
	const kind = i < KINDS.length ? KINDS[i] : pickKind(r.next());
	const { ext, bytes } = GENERATORS[kind](r);
	return { kind, fileName: `fuzz-${seed}-${i}-${kind}${ext}`, bytes };
}

export interface Outcome {
	/** CPU milliseconds the extraction took. */
	ms: number;
	/** The extractor's clear refusal (an ExtractError naming the file). */
	refused?: string;
	/** What is wrong: a crash of another kind, a broken output, or too slow. */
	problem?: string;
}

/** Per-file time limit: a slower extraction counts as a hang. */
export const TIME_LIMIT_MS = 2000;

/**
 * Runs the extractor on one input and checks the contract: either an ExtractError that names the
 * file, or reports whose spans and quotes point into the text and whose numbers are finite.
 */
export function checkExtraction(
	extract: (i: { fileName: string; bytes: Uint8Array }) => {
		text: string;
		reports: {
			town: string;
			start: number;
			end: number;
			reportYear: number;
			targets: { quote: string; start: number; end: number; value: number | null }[];
			results: {
				quote: string;
				start: number;
				end: number;
				value: number | null;
				growth: number | null;
			}[];
		}[];
	},
	isRefusal: (e: unknown) => boolean,
	input: FuzzInput
): Outcome {
	// CPU time, not wall time: the test machine is shared, and a hang is work, not waiting.
	const c0 = process.cpuUsage();
	const cpuMs = () => {
		const c = process.cpuUsage(c0);
		return (c.user + c.system) / 1000;
	};
	let out;
	try {
		out = extract({ fileName: input.fileName, bytes: input.bytes });
	} catch (err) {
		const ms = cpuMs();
		const message = err instanceof Error ? err.message : String(err);
		if (!isRefusal(err))
			return { ms, problem: `crashed: ${err instanceof Error ? err.stack : message}` };
		if (!message.includes(input.fileName))
			return { ms, problem: `error does not name the file: ${message}` };
		if (message.length < input.fileName.length + 5)
			return { ms, problem: `error says nothing: ${message}` };
		return {
			ms,
			refused: message,
			...(ms > TIME_LIMIT_MS ? { problem: `took ${ms.toFixed(0)} ms` } : {})
		};
	}
	const ms = cpuMs();
	if (ms > TIME_LIMIT_MS) return { ms, problem: `took ${ms.toFixed(0)} ms` };
	const n = out.text.length;
	const inside = (s: number, e: number) =>
		Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= n;
	for (const rep of out.reports) {
		if (!inside(rep.start, rep.end))
			return { ms, problem: `report span ${rep.start}-${rep.end} outside text of ${n}` };
		if (!Number.isFinite(rep.reportYear)) return { ms, problem: `report year ${rep.reportYear}` };
		for (const it of [...rep.targets, ...rep.results]) {
			if (!inside(it.start, it.end))
				return { ms, problem: `item span ${it.start}-${it.end} outside text of ${n}` };
			if (out.text.slice(it.start, it.end) !== it.quote)
				return {
					ms,
					problem: `quote is not text[${it.start}, ${it.end}): ${JSON.stringify(it.quote).slice(0, 80)}`
				};
			for (const v of [it.value, 'growth' in it ? it.growth : null])
				if (v !== null && !Number.isFinite(v))
					return {
						ms,
						problem: `non-finite number ${v} from ${JSON.stringify(it.quote).slice(0, 80)}`
					};
		}
	}
	return { ms };
}

export interface FuzzRun {
	seed: number;
	inputs: number;
	refused: number;
	byKind: Record<string, number>;
	maxMs: number;
	problems: string[];
}

/** Fuzzes the extractor with inputs [from, to) of a seed; every problem names seed and index. */
export function fuzzExtractor(
	extract: Parameters<typeof checkExtraction>[0],
	isRefusal: (e: unknown) => boolean,
	seed: number,
	from: number,
	to: number
): FuzzRun {
	const run: FuzzRun = { seed, inputs: 0, refused: 0, byKind: {}, maxMs: 0, problems: [] };
	for (let i = from; i < to; i++) {
		const input = fuzzInput(seed, i);
		const o = checkExtraction(extract, isRefusal, input);
		run.inputs++;
		run.byKind[input.kind] = (run.byKind[input.kind] ?? 0) + 1;
		run.maxMs = Math.max(run.maxMs, o.ms);
		if (o.refused) run.refused++;
		if (o.problem)
			run.problems.push(
				`seed ${seed} input ${i} (${input.kind}, ${input.bytes.length} bytes; rebuild with fuzzInput(${seed}, ${i})): ${o.problem}`
			);
	}
	return run;
}

/** The run's random seed: FUZZ_SEED reproduces a failure; otherwise a fresh one each run. */
export function randomSeed(): number {
	const fromEnv = Number(process.env.FUZZ_SEED);
	if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
	return randomInt(1, 2 ** 31);
}
