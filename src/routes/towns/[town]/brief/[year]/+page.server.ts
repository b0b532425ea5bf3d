import { error } from '@sveltejs/kit';
import { getReadDb } from '$lib/server/db';
import { townBrief } from '$lib/server/db/dashboard-town';
import { renderSvg } from '$lib/charts/ssr';
import { statusBarOption } from '$lib/charts/scorecard';
import { dumbbellOption } from '$lib/charts/dumbbell';
import type { PageServerLoad } from './$types';

/** A4 portrait minus margins, at 96 dpi: about 680 px wide. */
const WIDTH = 680;

export const load: PageServerLoad = ({ params, parent }) =>
	parent().then(({ lang, colors }) => {
		if (!params.town || params.town.length > 100) error(400, 'bad town');
		if (!/^\d{4}$/.test(params.year)) error(400, 'year must be a four-digit year');
		const brief = townBrief(getReadDb(), params.town, Number(params.year));
		if (!brief) error(404, 'no such town');
		const prefs = { lang, colors, animation: false };
		const growth = brief.all.filter(
			(t) =>
				t.measure === 'growth' &&
				t.unit === '%' &&
				t.value != null &&
				t.outcomeValue != null &&
				t.bound !== 'in_step_with' &&
				t.bound !== 'above_ref'
		);
		// Charts are rendered here, on the server, so the brief shows and prints without JavaScript.
		const charts = {
			status: Object.keys(brief.counts).length
				? renderSvg(
						statusBarOption(brief.counts, prefs),
						WIDTH,
						60 + Object.keys(brief.counts).length * 34
					)
				: null,
			growth: growth.length
				? renderSvg(
						dumbbellOption(
							growth.map((t) => ({
								label: (lang === 'zh' ? t.indicatorZh : t.indicatorEn) ?? t.text,
								target: t.value!,
								actual: t.outcomeValue,
								status: t.status
							})),
							prefs
						),
						WIDTH,
						80 + growth.length * 30
					)
				: null,
			growthRows: growth.map((t) => ({
				id: t.id,
				label: (lang === 'zh' ? t.indicatorZh : t.indicatorEn) ?? t.text,
				target: t.value!,
				actual: t.outcomeValue!,
				status: t.status
			}))
		};
		return { brief, charts, generated: new Date().toISOString().slice(0, 10) };
	});
