import { fail } from '@sveltejs/kit';
import { getReadDb } from '$lib/server/db/index';
import { listTowns } from '$lib/server/db/towns';
import { listIndicators } from '$lib/server/db/indicators';
import { listManualResults } from '$lib/server/db/manual';
import { VINTAGES } from '$lib/linking/index';
import { CorrectionError } from '$lib/server/db/corrections';
import { addManual, manualFromFields, withdrawManual } from '$lib/server/edit';
import type { Actions, PageServerLoad } from './$types';

/** Outcomes from other sources: listed for everyone, added and withdrawn by editors. */
export const load: PageServerLoad = ({ locals, url }) => {
	const db = getReadDb();
	const towns = listTowns(db);
	const townKey = url.searchParams.get('town');
	const town = towns.find((t) => t.slug === townKey);
	return {
		editor: locals.editor,
		towns: towns.map((t) => ({ id: t.id, name: t.name, slug: t.slug, synthetic: t.synthetic })),
		townId: town?.id ?? null,
		indicators: listIndicators(db).map((i) => ({ id: i.id, zh: i.zh })),
		vintages: [...VINTAGES],
		manual: listManualResults(db, town?.id)
	};
};

export const actions: Actions = {
	add: async ({ request, locals }) => {
		if (!locals.editor) return fail(401, { error: 'sign in as an editor to add outcomes' });
		const form = await request.formData();
		try {
			const input = manualFromFields((n) => form.get(n));
			const id = addManual(input, locals.editor);
			return { added: id };
		} catch (err) {
			if (err instanceof CorrectionError || err instanceof TypeError)
				return fail(400, { error: err.message });
			throw err;
		}
	},
	withdraw: async ({ request, locals }) => {
		if (!locals.editor) return fail(401, { error: 'sign in as an editor' });
		const form = await request.formData();
		const id = Number(form.get('id'));
		if (!Number.isInteger(id) || !withdrawManual(id, locals.editor))
			return fail(404, { error: 'no such outcome' });
		return { withdrawn: id };
	}
};
