/**
 * A small seeded pseudo-random generator (mulberry32) so that every synthetic corpus and
 * database is reproducible from its seed. Never Math.random: the same seed must give the same
 * bytes on every machine.
 */
export class Rng {
	private state: number;

	constructor(seed: number) {
		this.state = seed >>> 0;
	}

	/** A float in [0, 1). */
	next(): number {
		let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [lo, hi] (both inclusive). */
	int(lo: number, hi: number): number {
		return lo + Math.floor(this.next() * (hi - lo + 1));
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)];
	}

	/** Standard normal deviate (Box–Muller). */
	normal(mean = 0, sd = 1): number {
		const u = 1 - this.next();
		const v = this.next();
		return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	/** `k` distinct items in random order (partial Fisher–Yates on a copy). */
	sample<T>(items: readonly T[], k: number): T[] {
		const a = items.slice();
		const n = Math.min(k, a.length);
		for (let i = 0; i < n; i++) {
			const j = i + Math.floor(this.next() * (a.length - i));
			[a[i], a[j]] = [a[j], a[i]];
		}
		return a.slice(0, n);
	}
}

/** Derives an independent seed for a sub-stream (e.g. one town) from a base seed and keys. */
export function deriveSeed(seed: number, ...keys: number[]): number {
	let h = (seed ^ 0x9e3779b9) >>> 0;
	for (const k of keys) {
		h = Math.imul(h ^ (k >>> 0), 0x85ebca6b) >>> 0;
		h ^= h >>> 13;
		h = Math.imul(h, 0xc2b2ae35) >>> 0;
		h ^= h >>> 16;
	}
	return h >>> 0;
}
