import { getReadDb } from '$lib/server/db';
import { listDocumentsWithReports } from '$lib/server/db/dashboard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ documents: listDocumentsWithReports(getReadDb()) });
