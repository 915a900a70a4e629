import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The one h1 of a page, with room for page-level buttons. */
export function PageTitle({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  return (
    <Flex justify="space-between" align="center" wrap gap="small" style={{ marginBottom: 16 }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
        {children}
      </Typography.Title>
      {extra}
    </Flex>
  );
}
