/**
 * The only place ECharts is imported: the core plus just the charts and components the
 * dashboard uses, with the SVG renderer (crisp when printed, and the one SSR needs).
 */
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TooltipComponent,
	VisualMapComponent
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
	BarChart,
	HeatmapChart,
	LineChart,
	ScatterChart,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TooltipComponent,
	VisualMapComponent,
	SVGRenderer
]);

export { echarts };
