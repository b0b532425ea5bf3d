import { error, json } from '@sveltejs/kit';
import { getReadDb } from '$lib/server/db/index';
import {
	CorrectionError,
	itemHistory,
	listCorrections,
	type ItemKind
} from '$lib/server/db/corrections';
import { correct } from '$lib/server/edit';
import { requireEditor } from '$lib/server/session';
import { optionalEnum, optionalInt } from '../params';
import type { RequestHandler } from './$types';

const KINDS: ItemKind[] = ['target', 'result', 'report'];

/** The corrections: all (newest first), or one item's history with ?kind=&id=. */
export const GET: RequestHandler = ({ url }) => {
	const kind = optionalEnum(url.searchParams, 'kind', KINDS);
	const id = optionalInt(url.searchParams, 'id', 1, Number.MAX_SAFE_INTEGER);
	if ((kind === undefined) !== (id === undefined)) error(400, 'give both kind and id, or neither');
	const db = getReadDb();
	return json(kind && id ? itemHistory(db, kind, id) : listCorrections(db, 1000));
};

/**
 * Records a correction (JSON): {kind: target|result|report, id, action: set|delete|add,
 * field?, value?, reason}. For `add`, `id` is the report and `value` the item with its quote.
 * 201 with {id, itemId}; 401 without a signed-in editor; 400 with the reason when refused.
 */
export const POST: RequestHandler = async ({ request, locals }) => {
	const editor = requireEditor(locals);
	let body: Record<string, unknown>;
	try {
		body = (await request.json()) as Record<string, unknown>;
	} catch {
		error(400, 'send a JSON object');
	}
	const kind = body?.kind as ItemKind;
	const action = body?.action as 'set' | 'delete' | 'add';
	if (!KINDS.includes(kind)) error(400, 'kind must be target, result or report');
	if (!['set', 'delete', 'add'].includes(action)) error(400, 'action must be set, delete or add');
	if (!Number.isInteger(body.id)) error(400, 'id must be a whole number');
	try {
		const out = correct(
			{
				kind,
				action,
				id: body.id as number,
				field: typeof body.field === 'string' ? body.field : undefined,
				value: body.value,
				reason: typeof body.reason === 'string' ? body.reason : ''
			},
			editor
		);
		return json({ id: out.id, itemId: out.itemId }, { status: 201 });
	} catch (err) {
		if (err instanceof CorrectionError) error(400, err.message);
		throw err;
	}
};
