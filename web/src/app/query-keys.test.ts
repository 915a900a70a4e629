import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { useRefreshContracts } from '@/features/contracts/api/contracts';
import { useRefreshActivities } from '@/features/customers/api/customer-mutations';
import { customerKeys } from '@/features/customers/api/customers';
import { getDashboardKpisQueryOptions } from '@/features/dashboard/api/kpis';
import { getSalesOrderQueryOptions, useRefreshOrders } from '@/features/orders/api/orders';
import { useRefreshAfterPayment } from '@/features/receivables/api/payment-mutations';
import { receivableKeys } from '@/features/receivables/api/receivable-keys';
import { targetKeys, useRefreshAfterSplit } from '@/features/targets/api/targets';
import { visitKeys } from '@/features/visits/api/contacts-due';
import { createAccess } from '@/lib/access/access';
import { sharedQueryKeys } from '@/lib/query-keys';
import { fakeMe } from '@/testing/fake-api';

// The features never import each other, so whether one feature's write reaches another's figures is decided
// by the keys alone. These tests hold the features' real query options against the real refresh hooks.

const access = createAccess(fakeMe({ username: 'finance' }));
const dashboardKey = getDashboardKpisQueryOptions(
  access,
  { kind: 'year', year: 2026 },
  undefined,
).queryKey;

function clientWith(keys: readonly (readonly unknown[])[]) {
  const client = new QueryClient();
  for (const key of keys) client.setQueryData(key, { cached: true });
  const wrapper = ({ children }: { children: ReactNode }) =>
    createElement(QueryClientProvider, { client }, children);
  const invalidated = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;
  return { wrapper, invalidated };
}

describe('query keys across features', () => {
  it("keeps the dashboard's KPI queries under the shared root, one per caller", () => {
    expect(dashboardKey.slice(0, sharedQueryKeys.kpis.length)).toEqual([...sharedQueryKeys.kpis]);
    const other = getDashboardKpisQueryOptions(
      createAccess({ ...access.me, username: 'director' }),
      { kind: 'year', year: 2026 },
      undefined,
    ).queryKey;
    expect(other).not.toEqual(dashboardKey);
  });

  it("a payment refreshes the dashboard's figures and the receivables lists", async () => {
    const invoices = receivableKeys.invoiceList('finance', {}, '2026-03-31');
    const contracts = ['contracts', 'finance', {}];
    const { wrapper, invalidated } = clientWith([dashboardKey, invoices, contracts]);
    const { result } = renderHook(() => useRefreshAfterPayment(), { wrapper });

    await result.current();

    expect(invalidated(dashboardKey)).toBe(true);
    expect(invalidated(invoices)).toBe(true);
    expect(invalidated(contracts)).toBe(false);
  });

  it("a target split refreshes the dashboard's figures and every target tree", async () => {
    const tree = targetKeys.tree('director', 2026);
    const invoices = receivableKeys.invoiceList('finance', {}, '2026-03-31');
    const { wrapper, invalidated } = clientWith([dashboardKey, tree, invoices]);
    const { result } = renderHook(() => useRefreshAfterSplit(), { wrapper });

    await result.current();

    expect(invalidated(dashboardKey)).toBe(true);
    expect(invalidated(tree)).toBe(true);
    expect(invalidated(invoices)).toBe(false);
  });

  it('a contract write refreshes its lists and that contract only, not the KPIs', async () => {
    const { wrapper, invalidated } = clientWith([
      ['contracts', 'rep', {}],
      ['approvals', 'rep', {}],
      ['contract', 'c1', { withCost: false }],
      ['contract', 'c1', 'edit'],
      ['contract', 'c2', { withCost: false }],
      dashboardKey,
    ]);
    const { result } = renderHook(() => useRefreshContracts(), { wrapper });

    await result.current('c1');

    expect(invalidated(['contracts', 'rep', {}])).toBe(true);
    expect(invalidated(['approvals', 'rep', {}])).toBe(true);
    expect(invalidated(['contract', 'c1', { withCost: false }])).toBe(true);
    expect(invalidated(['contract', 'c1', 'edit'])).toBe(true);
    expect(invalidated(['contract', 'c2', { withCost: false }])).toBe(false);
    expect(invalidated(dashboardKey)).toBe(false);
  });

  it('an order write refreshes the order lists, the queues, that order and the contract it draws down', async () => {
    const clerk = createAccess(fakeMe({ username: 'support' }));
    const orderKey = getSalesOrderQueryOptions('o1', clerk).queryKey;
    const otherOrder = getSalesOrderQueryOptions('o2', clerk).queryKey;
    const contract = ['contract', 'c1', { withCost: false }];
    const otherContract = ['contract', 'c2', { withCost: false }];
    const { wrapper, invalidated } = clientWith([
      ['orders', 'list', 'support', {}],
      ['orders', 'queue', 'support', 'lateConfirmations'],
      orderKey,
      otherOrder,
      contract,
      otherContract,
      dashboardKey,
    ]);
    const { result } = renderHook(() => useRefreshOrders(), { wrapper });

    await result.current('o1', 'c1');

    expect(invalidated(['orders', 'list', 'support', {}])).toBe(true);
    expect(invalidated(['orders', 'queue', 'support', 'lateConfirmations'])).toBe(true);
    expect(invalidated(orderKey)).toBe(true);
    expect(invalidated(contract)).toBe(true);
    expect(invalidated(otherOrder)).toBe(false);
    expect(invalidated(otherContract)).toBe(false);
    expect(invalidated(dashboardKey)).toBe(false);
  });

  it("a logged visit or call refreshes the due list, compliance and that customer's file", async () => {
    const due = visitKeys.dueList('rep', 7);
    const compliance = visitKeys.compliance('manager');
    const file = customerKeys.detail('CU-1', { withCredit: false, withContacts: true });
    const other = customerKeys.detail('CU-2', { withCredit: false, withContacts: true });
    const activities = customerKeys.activities('CU-1', true);
    const { wrapper, invalidated } = clientWith([
      due,
      compliance,
      file,
      other,
      activities,
      dashboardKey,
    ]);
    const { result } = renderHook(() => useRefreshActivities(), { wrapper });

    await result.current('CU-1');

    expect(invalidated(due)).toBe(true);
    expect(invalidated(compliance)).toBe(true);
    expect(invalidated(file)).toBe(true);
    expect(invalidated(activities)).toBe(true);
    expect(invalidated(other)).toBe(false);
    expect(invalidated(dashboardKey)).toBe(false);
  });
});
