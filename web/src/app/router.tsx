import { Flex, Spin } from 'antd';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { AreaRoute } from '@/app/area-route';
import { RequireAuth } from '@/app/require-auth';
import LoginRoute from '@/app/routes/login';
import NotFoundRoute from '@/app/routes/not-found';
import { AppLayout } from '@/components/layouts/app-layout';
import { areaPaths, paths } from '@/config/paths';
import type { Area } from '@/lib/access/access';
import { useI18n } from '@/lib/i18n/i18n-provider';

// Every page but the login is its own chunk, loaded on first visit: the first download stays small and echarts
// comes only with the pages that draw charts.
const DashboardRoute = lazy(() => import('@/app/routes/dashboard'));
const RegionsRoute = lazy(() => import('@/app/routes/regions'));
const StaffRoute = lazy(() => import('@/app/routes/staff'));
const CustomersRoute = lazy(() => import('@/app/routes/customers'));
const CustomerRoute = lazy(() => import('@/app/routes/customer'));
const VisitsRoute = lazy(() => import('@/app/routes/visits'));
const ComplaintsRoute = lazy(() => import('@/app/routes/complaints'));
const FunnelRoute = lazy(() => import('@/app/routes/funnel'));
const DiaryRoute = lazy(() => import('@/app/routes/diary'));
const ContractsRoute = lazy(() => import('@/app/routes/contracts'));
const ContractRoute = lazy(() => import('@/app/routes/contract'));
const ContractEditorRoute = lazy(() => import('@/app/routes/contract-editor'));
const OrdersRoute = lazy(() => import('@/app/routes/orders'));
const OrderRoute = lazy(() => import('@/app/routes/order'));
const NewOrderRoute = lazy(() => import('@/app/routes/new-order'));
const ShipmentsRoute = lazy(() => import('@/app/routes/shipments'));
const ShipmentRoute = lazy(() => import('@/app/routes/shipment'));
const ApprovalsRoute = lazy(() => import('@/app/routes/approvals'));
const ReceivablesRoute = lazy(() => import('@/app/routes/receivables'));
const ReturnsRoute = lazy(() => import('@/app/routes/returns'));
const ReturnRoute = lazy(() => import('@/app/routes/return'));
const TargetsRoute = lazy(() => import('@/app/routes/targets'));
const AuditRoute = lazy(() => import('@/app/routes/audit'));
const ReceiptsRoute = lazy(() => import('@/app/routes/receipts'));
const StatementsRoute = lazy(() => import('@/app/routes/statements'));
const CollectionsRoute = lazy(() => import('@/app/routes/collections'));
const CreditPolicyRoute = lazy(() => import('@/app/routes/credit-policy'));
const GradeProposalsRoute = lazy(() => import('@/app/routes/grade-proposals'));
const BankStatementRoute = lazy(() => import('@/app/routes/bank-statement'));

function PageLoading() {
  const { t } = useI18n();
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Spin aria-label={t('app.loading')} />
    </Flex>
  );
}

const area = (name: Area, Page: ComponentType): ReactNode => (
  <AreaRoute area={name}>
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  </AreaRoute>
);

const router = createBrowserRouter([
  { path: paths.login, element: <LoginRoute /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to={paths.home} replace /> },
      { path: areaPaths.dashboard, element: area('dashboard', DashboardRoute) },
      { path: areaPaths.regions, element: area('regions', RegionsRoute) },
      { path: areaPaths.staff, element: area('staff', StaffRoute) },
      { path: areaPaths.customers, element: area('customers', CustomersRoute) },
      { path: `${areaPaths.customers}/:id`, element: area('customers', CustomerRoute) },
      { path: areaPaths.visits, element: area('visits', VisitsRoute) },
      { path: areaPaths.complaints, element: area('complaints', ComplaintsRoute) },
      { path: areaPaths.funnel, element: area('funnel', FunnelRoute) },
      { path: areaPaths.diary, element: area('diary', DiaryRoute) },
      { path: areaPaths.contracts, element: area('contracts', ContractsRoute) },
      { path: paths.newContract, element: area('contracts', ContractEditorRoute) },
      { path: `${areaPaths.contracts}/:id`, element: area('contracts', ContractRoute) },
      { path: `${areaPaths.contracts}/:id/edit`, element: area('contracts', ContractEditorRoute) },
      { path: areaPaths.orders, element: area('orders', OrdersRoute) },
      { path: paths.newOrder, element: area('orders', NewOrderRoute) },
      { path: `${areaPaths.orders}/:id`, element: area('orders', OrderRoute) },
      { path: areaPaths.shipments, element: area('shipments', ShipmentsRoute) },
      { path: `${areaPaths.shipments}/:id`, element: area('shipments', ShipmentRoute) },
      { path: areaPaths.approvals, element: area('approvals', ApprovalsRoute) },
      { path: areaPaths.receivables, element: area('receivables', ReceivablesRoute) },
      { path: areaPaths.returns, element: area('returns', ReturnsRoute) },
      { path: `${areaPaths.returns}/:id`, element: area('returns', ReturnRoute) },
      { path: areaPaths.targets, element: area('targets', TargetsRoute) },
      { path: areaPaths.audit, element: area('audit', AuditRoute) },
      { path: areaPaths.receipts, element: area('receipts', ReceiptsRoute) },
      { path: areaPaths.statements, element: area('statements', StatementsRoute) },
      { path: areaPaths.collections, element: area('collections', CollectionsRoute) },
      { path: areaPaths.creditPolicy, element: area('creditPolicy', CreditPolicyRoute) },
      { path: areaPaths.gradeProposals, element: area('gradeProposals', GradeProposalsRoute) },
      { path: areaPaths.bankStatement, element: area('bankStatement', BankStatementRoute) },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
