import { Flex, Segmented } from 'antd';
import { useState } from 'react';
import { complaintsList } from '@/features/complaints/api/complaints';
import { ComplaintsTable } from '@/features/complaints/components/complaints-table';
import type { ComplaintStatus } from '@/gql/graphql';
import { useAccess } from '@/lib/access/me-provider';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';

const statuses: ComplaintStatus[] = ['OPEN', 'FORWARDED', 'ANSWERED', 'RESOLVED'];

/** The caller's complaints (客户投诉), open ones first by their answer due time; a status filter narrows them. */
export function ComplaintsPage({ customerPath }: { customerPath: (id: string) => string }) {
  const { t } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const [status, setStatus] = useState<ComplaintStatus | 'ALL'>('OPEN');
  return (
    <Flex vertical gap="small">
      <Segmented<ComplaintStatus | 'ALL'>
        aria-label={t('complaints.fields.status')}
        value={status}
        onChange={setStatus}
        options={[
          ...statuses.map((s) => ({ value: s, label: label('complaintStatus', s) })),
          { value: 'ALL', label: t('complaints.all') },
        ]}
      />
      <ComplaintsTable
        {...complaintsList(access.me.username, status === 'ALL' ? undefined : status)}
        label={t('nav.complaints')}
        customerPath={customerPath}
      />
    </Flex>
  );
}
