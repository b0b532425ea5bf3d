import { json } from '@sveltejs/kit';
import { getReadDb } from '$lib/server/db/index';
import { listTowns } from '$lib/server/db/towns';
import type { RequestHandler } from './$types';

/** Every town with its report years and the count of its primary verdicts by status. */
export const GET: RequestHandler = () => json(listTowns(getReadDb()));
