import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
// The ES module build: the CommonJS one (lib/) hands Vite an object instead of the component.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { CSSProperties } from 'react';
import { prefersReducedMotion } from '@/utils/reduced-motion';

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

/**
 * The one chart component of the SPA; features pass an echarts option and a spoken summary. Charts do not
 * animate for users who asked their system for reduced motion.
 */
export function EChart({ option, ariaLabel, style, onClick }: EChartProps) {
  return (
    <div role="img" aria-label={ariaLabel}>
      <ReactEChartsCore
        echarts={echarts}
        option={prefersReducedMotion() ? { ...option, animation: false } : option}
        notMerge
        style={{ height: 320, ...style }}
        onEvents={onClick ? { click: onClick } : undefined}
      />
    </div>
  );
}
