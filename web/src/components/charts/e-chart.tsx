import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import type { CSSProperties } from 'react';

// Only the chart kinds we use are registered, which keeps echarts' share of the bundle small.
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export type EChartOption = echarts.EChartsCoreOption;

/** The parameters echarts passes to a click handler (the parts we read). */
export interface EChartClick {
  name: string;
  dataIndex: number;
}

interface EChartProps {
  option: EChartOption;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  ariaLabel: string;
  style?: CSSProperties;
  onClick?: (params: EChartClick) => void;
}

/** The one chart component of the SPA; features pass an echarts option and a spoken summary. */
export function EChart({ option, ariaLabel, style, onClick }: EChartProps) {
  return (
    <div role="img" aria-label={ariaLabel}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height: 320, ...style }}
        onEvents={onClick ? { click: onClick } : undefined}
      />
    </div>
  );
}
