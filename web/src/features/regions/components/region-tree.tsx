import { Tag } from 'antd';
import { StaticTable } from '@/components/data-table/static-table';
import { QueryState } from '@/components/query-state';
import { buildRegionTree, useRegions, type RegionNode } from '@/features/regions/api/regions';
import { useI18n } from '@/lib/i18n/i18n-provider';

/** The sales regions as a tree: 大区 and their 片区, with managers. */
export function RegionTree() {
  const { t } = useI18n();
  const query = useRegions();
  const tree = query.data ? buildRegionTree(query.data.regions.nodes) : [];
  return (
    <QueryState
      isLoading={query.isLoading}
      error={query.error}
      onRetry={() => void query.refetch()}
    >
      <StaticTable<RegionNode>
        rows={tree}
        expandAll
        rowKey={(r) => r.id}
        label={t('nav.regions')}
        exportName="regions"
        columns={[
          {
            key: 'name',
            title: t('regions.fields.name'),
            render: (r) => r.name,
            csv: (r) => r.name,
          },
          {
            key: 'code',
            title: t('regions.fields.code'),
            render: (r) => r.code,
            csv: (r) => r.code,
          },
          {
            key: 'level',
            title: t('regions.fields.level'),
            render: (r) => t(r.level === 1 ? 'regions.level1' : 'regions.level2'),
            csv: (r) => t(r.level === 1 ? 'regions.level1' : 'regions.level2'),
          },
          {
            key: 'manager',
            title: t('regions.fields.manager'),
            render: (r) => r.manager?.name,
            csv: (r) => r.manager?.name,
          },
          {
            key: 'isActive',
            title: t('regions.fields.isActive'),
            render: (r) =>
              r.isActive ? (
                <Tag color="#237804">{t('common.active')}</Tag>
              ) : (
                <Tag>{t('common.inactive')}</Tag>
              ),
            csv: (r) => (r.isActive ? t('common.active') : t('common.inactive')),
          },
        ]}
      />
    </QueryState>
  );
}
