import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { RequireAuth } from '@/app/require-auth';
import LoginRoute from '@/app/routes/login';
import NotFoundRoute from '@/app/routes/not-found';
import { AppLayout } from '@/components/layouts/app-layout';
import { PlaceholderPage } from '@/components/placeholder-page';
import { areaPaths, paths } from '@/config/paths';
import { areas } from '@/lib/permissions';

// The dashboard pulls in echarts; loading it lazily keeps the login page light.
const DashboardRoute = lazy(() => import('@/app/routes/dashboard'));

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
        element: (
          <Suspense fallback={<Spin />}>
            <DashboardRoute />
          </Suspense>
        ),
      },
      // Each area gets its real page when its feature lands; until then a placeholder.
      ...areas
        .filter((area) => area !== 'dashboard')
        .map((area) => ({
          path: areaPaths[area],
          element: <PlaceholderPage titleKey={`nav.${area}`} />,
        })),
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
