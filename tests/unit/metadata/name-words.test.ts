import { describe, expect, it } from 'vitest';
import { splitPlace } from '../../../src/lib/metadata/index';

const town = (s: string) => splitPlace(s)?.town ?? null;

describe('words of the sentence run into a town name', () => {
	it('drops 全 (the whole of it) before the unit, keeping a two-character name with 全', () => {
		expect(town('青柳全镇')).toBe('青柳镇');
		expect(town('万全镇')).toBe('万全镇');
	});
	it('drops the copula and what precedes it (也是青柳镇…的关键之年)', () => {
		expect(town('也是青柳镇')).toBe('青柳镇');
		expect(town('仍是青柳镇')).toBe('青柳镇');
	});
});
