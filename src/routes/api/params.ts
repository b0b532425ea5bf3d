/** Query-string validation shared by the API handlers: bad input becomes a 400 with a reason. */
import { error } from '@sveltejs/kit';
import { BASES, STATUSES, type AssessmentFilter } from '$lib/server/db/assessments';

export function optionalInt(
	params: URLSearchParams,
	name: string,
	min: number,
	max: number
): number | undefined {
	const raw = params.get(name);
	if (raw === null || raw === '') return undefined;
	if (!/^\d+$/.test(raw)) error(400, `${name} must be a whole number`);
	const n = Number(raw);
	if (n < min || n > max) error(400, `${name} must be between ${min} and ${max}`);
	return n;
}

export function optionalText(
	params: URLSearchParams,
	name: string,
	maxLength = 100
): string | undefined {
	const raw = params.get(name);
	if (raw === null || raw === '') return undefined;
	if (raw.length > maxLength) error(400, `${name} is too long`);
	return raw;
}

export function optionalEnum<T extends string>(
	params: URLSearchParams,
	name: string,
	allowed: readonly T[]
): T | undefined {
	const raw = params.get(name);
	if (raw === null || raw === '') return undefined;
	if (!(allowed as readonly string[]).includes(raw))
		error(400, `${name} must be one of: ${allowed.join(', ')}`);
	return raw as T;
}

export function optionalFlag(params: URLSearchParams, name: string): boolean {
	const raw = params.get(name);
	if (raw === null || raw === '' || raw === '0' || raw === 'false') return false;
	if (raw === '1' || raw === 'true') return true;
	error(400, `${name} must be 1 or 0`);
}

/** The filters of the assessments view and API (?town= ?year= ?indicator= ?status= ?basis= ?primary=). */
export function assessmentFilter(q: URLSearchParams): AssessmentFilter {
	return {
		town: optionalText(q, 'town'),
		year: optionalInt(q, 'year', 1949, 2200),
		indicator: optionalText(q, 'indicator'),
		status: optionalEnum(q, 'status', STATUSES),
		basis: optionalEnum(q, 'basis', BASES),
		primaryOnly: optionalFlag(q, 'primary')
	};
}
