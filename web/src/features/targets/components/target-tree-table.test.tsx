import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { treeNode, wireNode } from '@/features/targets/api/target-fixtures';
import { TargetTreeTable } from '@/features/targets/components/target-tree-table';
import { fakeApi, sentVariables } from '@/testing/fake-api';
import { QueryTestProviders } from '@/testing/query-test-providers';

const east = treeNode(
  'REGION',
  { id: 'e', region: { id: 'R-E', name: '华东大区', code: 'EAST' }, salesAmount: 2000 },
  {
    salesActual: 2500,
    achievementRate: 1.25,
    salesGap: -500,
    collectedActual: 400,
    collectionAchievementRate: 0.4,
    childrenSalesAmount: 1900,
    unallocatedSalesAmount: 100,
  },
);
const company = treeNode(
  'COMPANY',
  { id: 'c', salesAmount: 2000, collectionAmount: 1000 },
  { salesActual: 2500, achievementRate: 1.25 },
  [east],
);
const eastWithReps = treeNode('REGION', east.target, east.node, [
  treeNode(
    'STAFF',
    { id: 's', staff: { id: 'S', name: '张三' }, salesAmount: 1900 },
    { salesActual: 950, achievementRate: 0.5 },
  ),
]);

describe('TargetTreeTable', () => {
  beforeEach(() => localStorage.setItem('salesgraph.locale', 'en'));
  afterEach(() => vi.unstubAllGlobals());

  it("shows each target's actual, achievement, gap and split check, and reads a region's reps when it is opened", async () => {
    const fetchMock = fakeApi(
      { actions: [] },
      {
        TargetTree: (variables) => ({
          targetTree: [wireNode(variables.root ? eastWithReps : company)],
        }),
      },
    );
    const user = userEvent.setup({ delay: null });
    render(<TargetTreeTable year={2026} />, { wrapper: QueryTestProviders });

    const row = (await screen.findByText('华东大区')).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('CN¥2,500.00');
    expect(within(row).getByText('125.0%')).toBeInTheDocument();
    expect(row).toHaveTextContent('-CN¥500.00');
    expect(within(row).getByText('Short by CN¥100.00')).toBeInTheDocument();
    expect(screen.queryByText('张三')).toBeNull();
    expect(sentVariables(fetchMock, 'TargetTree')).toEqual([{ year: 2026 }]);

    await user.click(within(row).getByRole('button', { name: /expand/i }));
    const rep = (await screen.findByText('张三')).closest('tr') as HTMLElement;
    expect(within(rep).getByText('50.0%')).toBeInTheDocument();
    await waitFor(() =>
      expect(sentVariables(fetchMock, 'TargetTree')).toEqual([{ year: 2026 }, { root: 'e' }]),
    );
  });
});
