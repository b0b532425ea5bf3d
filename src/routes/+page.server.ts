import { getReadDb } from '$lib/server/db';
import { listDocuments } from '$lib/server/db/documents';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ documents: listDocuments(getReadDb()) });
