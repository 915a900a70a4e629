import { Descriptions } from 'antd';
import type { ReactNode } from 'react';
import { Masked } from '@/components/masked';
import type { FieldRef } from '@/lib/access/access';
import { useAccess } from '@/lib/access/me-provider';

export interface FieldItem {
  key: string;
  label: string;
  /** The guarded field shown: left out when denied, marked when masked. */
  field?: FieldRef;
  value: ReactNode;
}

/** A record's fields as a description list, with the caller's field permissions applied. */
export function FieldList({
  items,
  columns = 3,
}: {
  items: readonly FieldItem[];
  columns?: number;
}) {
  const access = useAccess();
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 2, lg: columns }}
      items={items
        .filter((item) => !item.field || access.canRead(item.field))
        .map((item) => ({
          key: item.key,
          label: item.label,
          children:
            item.field && access.isMasked(item.field) ? <Masked>{item.value}</Masked> : item.value,
        }))}
    />
  );
}
