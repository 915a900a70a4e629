import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TargetNode } from '@/features/targets/api/target-tree';
import type { TargetRow } from '@/features/targets/api/targets';
import { SplitTargetDialog } from '@/features/targets/components/split-target-dialog';
import { fakeApi, sentVariables } from '@/testing/fake-api';
import { QueryTestProviders } from '@/testing/query-test-providers';

function target(partial: Partial<TargetRow> & { id: string }): TargetRow {
  return {
    year: 2026,
    quarter: null,
    month: null,
    scope: 'REGION',
    salesAmount: 0,
    collectionAmount: 0,
    newCustomers: 0,
    version: 3,
    region: null,
    staff: null,
    parent: null,
    ...partial,
  } as TargetRow;
}

const company: TargetNode = {
  key: 'c',
  target: target({
    id: 'c',
    scope: 'COMPANY',
    salesAmount: 3000,
    collectionAmount: 2000,
    newCustomers: 4,
  }),
  children: [
    {
      key: 'n',
      target: target({
        id: 'n',
        region: { id: 'R-N', name: '华北大区' },
        salesAmount: 1000,
        collectionAmount: 1000,
        newCustomers: 2,
      }),
    },
    {
      key: 'e',
      target: target({
        id: 'e',
        region: { id: 'R-E', name: '华东大区' },
        salesAmount: 2000,
        collectionAmount: 1000,
        newCustomers: 2,
      }),
    },
  ],
};

describe('SplitTargetDialog', () => {
  beforeEach(() => localStorage.setItem('salesgraph.locale', 'en'));
  afterEach(() => vi.unstubAllGlobals());

  it('shows the gap live and allows saving only when the parts sum to the target', async () => {
    fakeApi({ actions: ['splitTarget'] }, {});
    const user = userEvent.setup({ delay: null });
    render(<SplitTargetDialog node={company} onClose={() => {}} reload={() => {}} />, {
      wrapper: QueryTestProviders,
    });
    const save = await screen.findByRole('button', { name: 'Save split' });
    const gap = () => screen.getByTestId('split-gap-salesAmount');
    expect(gap()).toHaveTextContent('Sums match');
    expect(save).toBeEnabled();

    const north = screen.getByRole('spinbutton', { name: '华北大区 Sales target' });
    await user.clear(north);
    await user.type(north, '1500');
    await waitFor(() => expect(gap()).toHaveTextContent('Over by CN¥500.00'));
    expect(save).toBeDisabled();
    expect(screen.getByText(/The parts must sum to the target above them/)).toBeInTheDocument();

    await user.clear(north);
    await user.type(north, '400');
    await waitFor(() => expect(gap()).toHaveTextContent('Short by CN¥600.00'));
  });

  it('sends the parts by region and puts the API errors beside their fields', async () => {
    const fetchMock = fakeApi(
      { actions: ['splitTarget'] },
      {
        SplitTarget: () => ({
          splitTarget: {
            target: null,
            errors: [
              {
                code: 'VALIDATION',
                message: 'Not negative, 2 decimal places.',
                path: ['input', 'children', 1, 'collectionAmount'],
              },
            ],
          },
        }),
      },
    );
    const user = userEvent.setup({ delay: null });
    render(<SplitTargetDialog node={company} onClose={() => {}} reload={() => {}} />, {
      wrapper: QueryTestProviders,
    });
    await user.click(await screen.findByRole('button', { name: 'Save split' }));

    expect(await screen.findByText('Not negative, 2 decimal places.')).toBeInTheDocument();
    expect(sentVariables(fetchMock, 'SplitTarget')[0]).toEqual({
      input: {
        targetId: 'c',
        version: 3,
        children: [
          { regionId: 'R-N', salesAmount: 1000, collectionAmount: 1000, newCustomers: 2 },
          { regionId: 'R-E', salesAmount: 2000, collectionAmount: 1000, newCustomers: 2 },
        ],
      },
    });
    const eastRow = screen
      .getByRole('spinbutton', { name: '华东大区 Collection target' })
      .closest('td');
    expect(
      within(eastRow as HTMLElement).getByText('Not negative, 2 decimal places.'),
    ).toBeInTheDocument();
  });
});
