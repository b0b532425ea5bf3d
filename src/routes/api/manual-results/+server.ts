import { error, json } from '@sveltejs/kit';
import { getReadDb } from '$lib/server/db/index';
import { CorrectionError } from '$lib/server/db/corrections';
import { getManualResult, listManualResults } from '$lib/server/db/manual';
import { findTown } from '$lib/server/db/towns';
import { addManual, manualFromFields } from '$lib/server/edit';
import { requireEditor } from '$lib/server/session';
import { optionalText } from '../params';
import type { RequestHandler } from './$types';

/** Outcomes editors added from other sources (?town= for one town), withdrawn ones included. */
export const GET: RequestHandler = ({ url }) => {
	const db = getReadDb();
	const key = optionalText(url.searchParams, 'town');
	let townId: number | undefined;
	if (key !== undefined) {
		const town = findTown(db, key);
		if (!town) error(404, `no town ${key}`);
		townId = town.id;
	}
	return json(listManualResults(db, townId));
};

/**
 * Adds an outcome (JSON): {town (slug or name) | townId, indicator, text, year, period?, value?,
 * unit?, growth?, completion?, vintage: 预计|初步核算|最终核实, citationTitle, citationUrl?,
 * citationDate?, note?}. 201 with the stored row; 401 without a signed-in editor.
 */
export const POST: RequestHandler = async ({ request, locals }) => {
	const editor = requireEditor(locals);
	let body: Record<string, unknown>;
	try {
		body = (await request.json()) as Record<string, unknown>;
	} catch {
		error(400, 'send a JSON object');
	}
	if (!body || typeof body !== 'object') error(400, 'send a JSON object');
	if (typeof body.town === 'string') {
		const town = findTown(getReadDb(), body.town);
		if (!town) error(404, `no town ${body.town}`);
		body.townId = town.id;
	}
	try {
		const id = addManual(
			manualFromFields((n) => body[n]),
			editor
		);
		return json(getManualResult(getReadDb(), id), { status: 201 });
	} catch (err) {
		if (err instanceof CorrectionError || err instanceof TypeError) error(400, err.message);
		throw err;
	}
};
