/**
 * Fictional geography for synthetic corpora: provinces, cities, counties and towns whose names
 * are built from syllables. Every province name carries the marker 合成 so that no synthetic
 * place can be mistaken for a real one, whatever its town name happens to be.
 */
import { Rng, deriveSeed } from './prng';

const SYLLABLES = [
	...'青禾云溪石桥安平丰乐新塘河山湖泉林松柏梅兰竹金银玉宝华盛兴隆福寿康宁和顺昌永长清明江海川源峰岭岗坪田沙湾港浦洲渡庄园东西南北中上下龙凤鹤鹿花草苗谷麦稻桑茶柳杨槐杏桃李'
];
const TOWN_SUFFIXES = ['镇', '镇', '镇', '镇', '乡', '街道'] as const;

export interface SynthTown {
	/** 0-based index in the generated list. */
	index: number;
	name: string;
	county: string;
	city: string;
	province: string;
	/** URL key, unique: the name, or name-county when an earlier town has the same name. */
	slug: string;
}

function syllablePair(n: number): string {
	const a = SYLLABLES[Math.floor(n / SYLLABLES.length) % SYLLABLES.length];
	const b = SYLLABLES[n % SYLLABLES.length];
	return a + b;
}

/**
 * `count` fictional towns, about 14 to a county, 10 counties to a city, 13 cities to a
 * province — roughly China's proportions. Deterministic for a seed.
 */
export function makeTowns(count: number, seed: number): SynthTown[] {
	const rng = new Rng(deriveSeed(seed, 1));
	const pairCount = SYLLABLES.length * SYLLABLES.length;
	// A random permutation-like stride over syllable pairs gives varied, distinct county names.
	const stride = 7919;
	const offset = rng.int(0, pairCount - 1);
	const towns: SynthTown[] = [];
	const seenNames = new Set<string>();
	let countyIndex = -1;
	let inCounty = 0;
	let countySize = 0;
	let county = '';
	let city = '';
	let province = '';
	const namesInCounty = new Set<string>();
	for (let i = 0; i < count; i++) {
		if (inCounty >= countySize) {
			countyIndex++;
			inCounty = 0;
			countySize = rng.int(8, 20);
			namesInCounty.clear();
			county = syllablePair((offset + countyIndex * stride) % pairCount) + '县';
			city = syllablePair((offset + 3 + Math.floor(countyIndex / 10) * 211) % pairCount) + '市';
			province = '合成' + SYLLABLES[Math.floor(countyIndex / 130) % SYLLABLES.length] + '省';
		}
		let name = '';
		for (let attempt = 0; attempt < 50; attempt++) {
			name = rng.pick(SYLLABLES) + rng.pick(SYLLABLES) + rng.pick(TOWN_SUFFIXES);
			if (!namesInCounty.has(name) && name[0] !== name[1]) break;
		}
		namesInCounty.add(name);
		const slug = seenNames.has(name) ? `${name}-${county}` : name;
		seenNames.add(name);
		towns.push({ index: i, name, county, city, province, slug });
		inCounty++;
	}
	return towns;
}
