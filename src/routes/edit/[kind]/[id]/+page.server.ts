import { error, fail, redirect } from '@sveltejs/kit';
import { getReadDb } from '$lib/server/db/index';
import {
	CorrectionError,
	FIELDS,
	getItem,
	itemHistory,
	reportOfItem,
	type ItemKind
} from '$lib/server/db/corrections';
import { correct } from '$lib/server/edit';
import type { Actions, PageServerLoad } from './$types';

const KINDS: ItemKind[] = ['target', 'result', 'report'];

function parseParams(params: { kind: string; id: string }) {
	const kind = params.kind as ItemKind;
	if (!KINDS.includes(kind) || !/^\d{1,12}$/.test(params.id)) error(404, 'no such item');
	return { kind, id: Number(params.id) };
}

/** An item with its corrections; reading it needs no account, correcting it does. */
export const load: PageServerLoad = ({ params, locals }) => {
	const { kind, id } = parseParams(params);
	const db = getReadDb();
	const item = getItem(db, kind, id);
	const history = itemHistory(db, kind, id);
	if (!item && !history.length) error(404, `no ${kind} ${id}`);
	const reportId = item ? reportOfItem(db, kind, id) : null;
	return {
		editor: locals.editor,
		kind,
		id,
		item,
		reportId,
		fields: Object.keys(FIELDS[kind]),
		history
	};
};

async function run(
	request: Request,
	locals: App.Locals,
	params: { kind: string; id: string },
	action: 'set' | 'delete' | 'add'
) {
	if (!locals.editor) return fail(401, { error: 'sign in as an editor to make corrections' });
	const { kind, id } = parseParams(params);
	const form = await request.formData();
	const reason = String(form.get('reason') ?? '');
	try {
		if (action === 'add') {
			const addKind = String(form.get('addKind')) as 'target' | 'result';
			if (kind !== 'report' || !['target', 'result'].includes(addKind))
				return fail(400, { error: 'items are added to a report' });
			const value: Record<string, unknown> = { quote: form.get('quote') };
			for (const f of Object.keys(FIELDS[addKind])) value[f] = form.get(f) ?? undefined;
			if (addKind === 'target') value.tier ??= 'plan';
			const out = correct({ kind: addKind, action: 'add', id, value, reason }, locals.editor);
			return { done: `added ${addKind} ${out.itemId}`, itemId: out.itemId, addKind };
		}
		correct(
			action === 'set'
				? {
						kind,
						action,
						id,
						field: String(form.get('field') ?? ''),
						value: form.get('value'),
						reason
					}
				: { kind, action, id, reason },
			locals.editor
		);
	} catch (err) {
		if (err instanceof CorrectionError) return fail(400, { error: err.message });
		throw err;
	}
	if (action === 'delete') redirect(303, `/edit/${kind}/${id}?deleted=1`);
	return { done: 'saved' };
}

export const actions: Actions = {
	set: ({ request, locals, params }) => run(request, locals, params, 'set'),
	delete: ({ request, locals, params }) => run(request, locals, params, 'delete'),
	add: ({ request, locals, params }) => run(request, locals, params, 'add')
};
