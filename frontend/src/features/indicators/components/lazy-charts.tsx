import { Skeleton } from 'antd';
import { lazy, Suspense, type ComponentProps } from 'react';

// recharts and its libraries load with the first chart (the `charts` chunk in vite.config.ts).
const LazySeriesChart = lazy(() =>
  import('./indicator-charts').then((m) => ({ default: m.SeriesChart })),
);
const LazyComparisonChart = lazy(() =>
  import('./indicator-charts').then((m) => ({ default: m.ComparisonChart })),
);

type SeriesProps = ComponentProps<typeof LazySeriesChart>;
type ComparisonProps = ComponentProps<typeof LazyComparisonChart>;

/** The series chart in a box with a test id, a skeleton while recharts loads. */
export function SeriesChartBox({ testId, ...props }: SeriesProps & { testId: string }) {
  return (
    <div data-testid={testId} style={{ width: '100%', minHeight: 320 }}>
      <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
        <LazySeriesChart {...props} />
      </Suspense>
    </div>
  );
}

export function ComparisonChartBox({ testId, ...props }: ComparisonProps & { testId: string }) {
  return (
    <div data-testid={testId} style={{ width: '100%' }}>
      <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
        <LazyComparisonChart {...props} />
      </Suspense>
    </div>
  );
}
