import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { treeNode } from '@/features/targets/api/target-fixtures';
import { buildTargetTree, type TargetNode } from '@/features/targets/api/target-tree';
import { SplitTargetDialog } from '@/features/targets/components/split-target-dialog';
import { fakeApi, sentVariables } from '@/testing/fake-api';
import { QueryTestProviders } from '@/testing/query-test-providers';

const company: TargetNode = buildTargetTree([
  treeNode(
    'COMPANY',
    { id: 'c', salesAmount: 3000, collectionAmount: 2000, newCustomers: 4, version: 3 },
    {},
    [
      treeNode('REGION', {
        id: 'n',
        region: { id: 'R-N', name: '华北大区', code: 'NORTH' },
        salesAmount: 1000,
        collectionAmount: 1000,
        newCustomers: 2,
      }),
      treeNode(
        'REGION',
        {
          id: btoa('Target:7'),
          region: { id: 'R-E', name: '华东大区', code: 'EAST' },
          salesAmount: 2000,
          collectionAmount: 1000,
          newCustomers: 2,
        },
        { childrenSalesAmount: 2000 },
      ),
    ],
  ),
])[0]!;

const regions = () => ({
  regions: {
    nodes: [
      { id: 'R-N', name: '华北大区' },
      { id: 'R-E', name: '华东大区' },
      { id: 'R-S', name: '华南大区' },
    ],
  },
});

/** The API as a director sees it, refusing the split with one VALIDATION error. */
const refusingApi = (message: string, path: unknown[]) =>
  fakeApi(
    { actions: ['splitTarget'] },
    {
      TargetPartRegions: regions,
      SplitTarget: () => ({
        splitTarget: { target: null, errors: [{ code: 'VALIDATION', message, path }] },
      }),
    },
  );

describe('SplitTargetDialog', () => {
  beforeEach(() => localStorage.setItem('salesgraph.locale', 'en'));
  afterEach(() => vi.unstubAllGlobals());

  it('shows the gap live and allows saving only when the parts sum to the target', async () => {
    fakeApi({ actions: ['splitTarget'] }, { TargetPartRegions: regions });
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
    const fetchMock = refusingApi('Not negative, 2 decimal places.', [
      'input',
      'children',
      1,
      'collectionAmount',
    ]);
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

  it('adds a 大区 in scope as a new part, keeps the sum live and sends it with the others', async () => {
    const fetchMock = fakeApi(
      { actions: ['splitTarget'] },
      {
        TargetPartRegions: regions,
        SplitTarget: () => ({ splitTarget: { target: { id: 'c', version: 4 }, errors: [] } }),
      },
    );
    const reload = vi.fn();
    const user = userEvent.setup({ delay: null });
    render(<SplitTargetDialog node={company} onClose={() => {}} reload={reload} />, {
      wrapper: QueryTestProviders,
    });
    const add = await screen.findByRole('combobox', { name: 'Add a part' });
    await waitFor(() => expect(add).toBeEnabled());
    await user.click(add);
    // Only the 大区 that is not a part yet is offered.
    await waitFor(() =>
      expect(
        [...document.querySelectorAll('.ant-select-item-option')].map((o) => o.textContent),
      ).toEqual(['华南大区']),
    );
    await user.click(document.querySelector('.ant-select-item-option') as HTMLElement);

    const south = await screen.findByRole('spinbutton', { name: '华南大区 Sales target' });
    expect(screen.getByText('New')).toBeInTheDocument();
    await user.type(south, '500');
    await waitFor(() =>
      expect(screen.getByTestId('split-gap-salesAmount')).toHaveTextContent('Over by CN¥500.00'),
    );
    const north = screen.getByRole('spinbutton', { name: '华北大区 Sales target' });
    await user.clear(north);
    await user.type(north, '500');
    await waitFor(() =>
      expect(screen.getByTestId('split-gap-salesAmount')).toHaveTextContent('Sums match'),
    );
    await user.click(screen.getByRole('button', { name: 'Save split' }));
    await waitFor(() => expect(reload).toHaveBeenCalled());
    expect(sentVariables(fetchMock, 'SplitTarget')[0]).toMatchObject({
      input: {
        children: [
          { regionId: 'R-N', salesAmount: 500 },
          { regionId: 'R-E', salesAmount: 2000 },
          { regionId: 'R-S', salesAmount: 500, collectionAmount: 0, newCustomers: 0 },
        ],
      },
    });
  });

  it('shows the refusal to remove a part split further beside that part, and can keep it again', async () => {
    const fetchMock = refusingApi(
      'The existing part #7 (Region region 2) is split further; name it again.',
      ['input', 'children'],
    );
    const user = userEvent.setup({ delay: null });
    render(<SplitTargetDialog node={company} onClose={() => {}} reload={() => {}} />, {
      wrapper: QueryTestProviders,
    });
    await user.click(await screen.findByRole('button', { name: 'Remove the part: 华东大区' }));
    expect(screen.queryByRole('spinbutton', { name: '华东大区 Sales target' })).toBeNull();
    expect(screen.getByText('To be removed')).toBeInTheDocument();
    const north = screen.getByRole('spinbutton', { name: '华北大区 Sales target' });
    await user.clear(north);
    await user.type(north, '3000');
    const collection = screen.getByRole('spinbutton', { name: '华北大区 Collection target' });
    await user.clear(collection);
    await user.type(collection, '2000');
    const customers = screen.getByRole('spinbutton', { name: '华北大区 New A/B customers' });
    await user.clear(customers);
    await user.type(customers, '4');
    await user.click(screen.getByRole('button', { name: 'Save split' }));

    const eastRow = (await screen.findByRole('alert', { name: '' })).closest('tr') as HTMLElement;
    expect(within(eastRow).getByText('华东大区')).toBeInTheDocument();
    expect(within(eastRow).getByText(/is split further/)).toBeInTheDocument();
    expect(sentVariables(fetchMock, 'SplitTarget')[0]).toMatchObject({
      input: { children: [{ regionId: 'R-N', salesAmount: 3000 }] },
    });

    await user.click(screen.getByRole('button', { name: 'Keep the part: 华东大区' }));
    expect(screen.getByRole('spinbutton', { name: '华东大区 Sales target' })).toBeInTheDocument();
    expect(screen.queryByText(/is split further/)).toBeNull();
  });
});
