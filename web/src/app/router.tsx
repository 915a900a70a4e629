import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { AreaRoute } from '@/app/area-route';
import { RequireAuth } from '@/app/require-auth';
import ApprovalsRoute from '@/app/routes/approvals';
import ContractRoute from '@/app/routes/contract';
import ContractEditorRoute from '@/app/routes/contract-editor';
import ContractsRoute from '@/app/routes/contracts';
import CustomerRoute from '@/app/routes/customer';
import CustomersRoute from '@/app/routes/customers';
import LoginRoute from '@/app/routes/login';
import NotFoundRoute from '@/app/routes/not-found';
import RegionsRoute from '@/app/routes/regions';
import StaffRoute from '@/app/routes/staff';
import { AppLayout } from '@/components/layouts/app-layout';
import { PlaceholderPage } from '@/components/placeholder-page';
import { areaPaths, paths } from '@/config/paths';
import type { Area } from '@/lib/access/access';

// The dashboard pulls in echarts; loading it lazily keeps the login page light.
const DashboardRoute = lazy(() => import('@/app/routes/dashboard'));

const area = (name: Area, element: ReactNode) => <AreaRoute area={name}>{element}</AreaRoute>;

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
      {
        path: areaPaths.dashboard,
        element: area(
          'dashboard',
          <Suspense fallback={<Spin />}>
            <DashboardRoute />
          </Suspense>,
        ),
      },
      { path: areaPaths.regions, element: area('regions', <RegionsRoute />) },
      { path: areaPaths.staff, element: area('staff', <StaffRoute />) },
      { path: areaPaths.customers, element: area('customers', <CustomersRoute />) },
      { path: `${areaPaths.customers}/:id`, element: area('customers', <CustomerRoute />) },
      { path: areaPaths.contracts, element: area('contracts', <ContractsRoute />) },
      { path: paths.newContract, element: area('contracts', <ContractEditorRoute />) },
      { path: `${areaPaths.contracts}/:id`, element: area('contracts', <ContractRoute />) },
      {
        path: `${areaPaths.contracts}/:id/edit`,
        element: area('contracts', <ContractEditorRoute />),
      },
      { path: areaPaths.approvals, element: area('approvals', <ApprovalsRoute />) },
      ...(['receivables', 'targets', 'audit'] as const).map((name) => ({
        path: areaPaths[name],
        element: area(name, <PlaceholderPage titleKey={`nav.${name}`} />),
      })),
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
