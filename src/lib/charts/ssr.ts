import { echarts } from './echarts';
import type { ChartOption } from './common';

/**
 * Renders an option to an SVG string on the server (ECharts SSR), for pages that must show and
 * print their charts without JavaScript. Text in the SVG is escaped by ECharts' SVG writer.
 */
export function renderSvg(option: ChartOption, width: number, height: number): string {
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
	try {
		chart.setOption({ ...option, animation: false });
		return chart.renderToSVGString();
	} finally {
		chart.dispose();
	}
}
