import { Flex, Typography } from 'antd';
import { useState } from 'react';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { LogActivityDialog } from '@/features/customers/components/log-activity-dialog';
import { seesTeam } from '@/features/visits/api/contact-rules';
import { ContactComplianceTable } from '@/features/visits/components/contact-compliance-table';
import {
  ContactsDueTable,
  type ContactToLog,
} from '@/features/visits/components/contacts-due-table';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';

/** The rep's customers due a visit or call, logged from the row; a team's compliance by rep for those who see one. */
export default function VisitsRoute() {
  const { t } = useI18n();
  const access = useAccess();
  const [logging, setLogging] = useState<ContactToLog | null>(null);
  return (
    <>
      <PageTitle>{t('nav.visits')}</PageTitle>
      <Flex vertical gap="large">
        <section aria-labelledby="contacts-due">
          <Typography.Title level={2} id="contacts-due" style={{ fontSize: 18 }}>
            {t('visits.dueList')}
          </Typography.Title>
          <ContactsDueTable
            detailPath={paths.customer}
            onLog={access.may('logActivity') ? setLogging : undefined}
          />
        </section>
        {seesTeam(access.me.scope) &&
        access.canRead({ type: 'Query', field: 'contactCompliance' }) ? (
          <section aria-labelledby="contact-compliance">
            <Typography.Title level={2} id="contact-compliance" style={{ fontSize: 18 }}>
              {t('visits.compliance.title')}
            </Typography.Title>
            <ContactComplianceTable />
          </section>
        ) : null}
      </Flex>
      {logging ? (
        <LogActivityDialog
          customerId={logging.customerId}
          customerName={logging.customerName}
          initialKind={logging.kind}
          onClose={() => setLogging(null)}
        />
      ) : null}
    </>
  );
}
