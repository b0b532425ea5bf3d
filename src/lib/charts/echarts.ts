/**
 * The only place ECharts is imported: the core plus just the charts and components the
 * dashboard uses, with the SVG renderer (crisp when printed, and the one SSR needs).
 */
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
// No visualMap or markLine: together they cost ~18 KB gzip; colours and reference lines are
// computed in the option builders instead (client JS budget: 250 KB gzip per page).
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
	BarChart,
	HeatmapChart,
	LineChart,
	ScatterChart,
	GridComponent,
	LegendComponent,
	TooltipComponent,
	SVGRenderer
]);

export { echarts };
