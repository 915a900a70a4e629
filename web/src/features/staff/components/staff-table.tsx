import { Tag } from 'antd';
import { CursorTable } from '@/components/data-table/cursor-table';
import { staffList, type StaffRow } from '@/features/staff/api/staff';
import { useAccess } from '@/lib/access/me-provider';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDate, formatMoney, formatPercent } from '@/utils/format';

export function StaffTable() {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  return (
    <CursorTable<StaffRow>
      {...staffList(access)}
      rowKey={(s) => s.id}
      label={t('nav.staff')}
      exportName="staff"
      pageSize={50}
      columns={[
        {
          key: 'employeeNumber',
          title: t('staff.fields.employeeNumber'),
          render: (s) => s.employeeNumber,
          csv: (s) => s.employeeNumber,
        },
        { key: 'name', title: t('staff.fields.name'), render: (s) => s.name, csv: (s) => s.name },
        {
          key: 'role',
          title: t('staff.fields.role'),
          render: (s) => label('staffRole', s.role),
          csv: (s) => label('staffRole', s.role),
        },
        {
          key: 'region',
          title: t('staff.fields.region'),
          render: (s) => s.region?.name ?? t('staff.headOffice'),
          csv: (s) => s.region?.name,
        },
        {
          key: 'reportsTo',
          title: t('staff.fields.reportsTo'),
          render: (s) => s.reportsTo?.name,
          csv: (s) => s.reportsTo?.name,
        },
        {
          key: 'email',
          title: t('staff.fields.email'),
          field: { type: 'Staff', field: 'email' },
          render: (s) => s.email,
          csv: (s) => s.email,
        },
        {
          key: 'mobile',
          title: t('staff.fields.mobile'),
          field: { type: 'Staff', field: 'mobile' },
          render: (s) => s.mobile,
          csv: (s) => s.mobile,
        },
        {
          key: 'hireDate',
          title: t('staff.fields.hireDate'),
          render: (s) => formatDate(s.hireDate, locale),
          csv: (s) => s.hireDate,
        },
        {
          key: 'baseSalary',
          title: t('staff.fields.baseSalary'),
          field: { type: 'Staff', field: 'baseSalary' },
          align: 'right',
          render: (s) => (s.baseSalary == null ? null : formatMoney(s.baseSalary, locale)),
          csv: (s) => (s.baseSalary == null ? null : Number(s.baseSalary)),
        },
        {
          key: 'commissionRate',
          title: t('staff.fields.commissionRate'),
          field: { type: 'Staff', field: 'commissionRate' },
          align: 'right',
          render: (s) =>
            s.commissionRate == null ? null : formatPercent(s.commissionRate, locale),
          csv: (s) => (s.commissionRate == null ? null : Number(s.commissionRate)),
        },
        {
          key: 'isActive',
          title: t('staff.fields.isActive'),
          render: (s) =>
            s.isActive ? (
              <Tag color="#237804">{t('common.active')}</Tag>
            ) : (
              <Tag>{t('common.inactive')}</Tag>
            ),
          csv: (s) => (s.isActive ? t('common.active') : t('common.inactive')),
        },
      ]}
    />
  );
}
