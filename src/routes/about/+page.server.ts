import { getReadDb } from '$lib/server/db';
import { listDocumentsWithReports } from '$lib/server/db/dashboard';
import { coverage, reviewFigures } from '$lib/server/db/coverage';
import { REVIEWER } from '$lib/ledger/review';
import type { PageServerLoad } from './$types';

interface Tolerances {
	growth: number;
	level: number;
}

// The linker's own constants when its module is present, so this page cannot drift from them.
const linking = import.meta.glob<{ DEFAULT_TOLERANCES?: Tolerances; LINKER_VERSION?: string }>(
	'/src/lib/linking/index.ts',
	{ eager: true }
);
const linker = Object.values(linking)[0];

export const load: PageServerLoad = () => {
	const db = getReadDb();
	return {
		tolerances: linker?.DEFAULT_TOLERANCES ?? null,
		linkerVersion: linker?.LINKER_VERSION ?? null,
		documents: listDocumentsWithReports(db).map((d) => ({
			fileName: d.fileName,
			reports: d.reports.length,
			synthetic: d.reports.some((r) => r.town.synthetic),
			factsOnly: d.factsOnly
		})),
		// The bundled real ledger (data/ledger/ledger.json): computed from what is stored.
		dataset: coverage(db, { factsOnly: true }),
		review: reviewFigures(db, REVIEWER)
	};
};
