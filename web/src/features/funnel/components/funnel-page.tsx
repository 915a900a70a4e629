import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Segmented, Tabs } from 'antd';
import { useState } from 'react';
import { opportunitiesList } from '@/features/funnel/api/funnel';
import { openStages, type StageFilter } from '@/features/funnel/api/funnel-rules';
import { CreateOpportunityDialog } from '@/features/funnel/components/create-opportunity-dialog';
import { FunnelConversion } from '@/features/funnel/components/funnel-conversion';
import { OpportunitiesTable } from '@/features/funnel/components/opportunities-table';
import { PipelineReview } from '@/features/funnel/components/pipeline-review';
import { useAccess } from '@/lib/access/me-provider';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';

const filters: StageFilter[] = ['OPEN', ...openStages, 'WON', 'LOST', 'ALL'];

interface FunnelPageProps {
  customerPath: (id: string) => string;
  contractPath: (id: string) => string;
}

/** The funnel (商机): the caller's opportunities by stage, the pipeline review and the conversion by source. */
export function FunnelPage({ customerPath, contractPath }: FunnelPageProps) {
  const { t } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const [filter, setFilter] = useState<StageFilter>('OPEN');
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState('');
  const filterLabel = (f: StageFilter) =>
    f === 'OPEN' ? t('funnel.open') : f === 'ALL' ? t('funnel.all') : label('opportunityStage', f);
  return (
    <>
      <Tabs
        items={[
          {
            key: 'opportunities',
            label: t('funnel.tabs.opportunities'),
            children: (
              <Flex vertical gap="small">
                <Segmented<StageFilter>
                  aria-label={t('funnel.fields.stage')}
                  value={filter}
                  onChange={setFilter}
                  options={filters.map((f) => ({ value: f, label: filterLabel(f) }))}
                />
                <OpportunitiesTable
                  {...opportunitiesList(access.me.username, filter, search)}
                  label={t('funnel.tabs.opportunities')}
                  customerPath={customerPath}
                  contractPath={contractPath}
                  toolbar={
                    <>
                      {access.may('createOpportunity') ? (
                        <Button
                          type="primary"
                          icon={<PlusOutlined />}
                          onClick={() => setCreating(true)}
                        >
                          {t('funnel.new')}
                        </Button>
                      ) : null}
                      <Input.Search
                        aria-label={t('funnel.search')}
                        placeholder={t('funnel.search')}
                        allowClear
                        onSearch={setSearch}
                        style={{ width: 260 }}
                      />
                    </>
                  }
                />
              </Flex>
            ),
          },
          { key: 'pipeline', label: t('funnel.tabs.pipeline'), children: <PipelineReview /> },
          { key: 'conversion', label: t('funnel.tabs.conversion'), children: <FunnelConversion /> },
        ]}
      />
      {creating ? <CreateOpportunityDialog onClose={() => setCreating(false)} /> : null}
    </>
  );
}
