import { getReadDb } from '$lib/server/db';
import { coverage } from '$lib/server/db/coverage';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ coverage: coverage(getReadDb()) });
