import { receivableKeys } from '@/features/receivables/api/receivable-keys';
import { graphql } from '@/gql/gql';
import type { PaymentSortInput } from '@/gql/graphql';
import { graphqlClient } from '@/lib/api-client';
import type { CursorSource } from '@/lib/cursor-pages';

export const UnconfirmedPaymentsQuery = graphql(`
  query UnconfirmedPayments($first: Int, $after: String, $order: [PaymentSortInput!]) {
    payments(first: $first, after: $after, order: $order, where: { confirmedAt: { eq: null } }) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        id
        number
        amount
        receivedOn
        method
        invoice {
          id
          number
        }
        contract {
          id
          number
          customer {
            id
            name
          }
        }
      }
    }
  }
`);

/** Payments recorded (by support, an ERP, or finance itself) and not yet confirmed by finance. */
export function fetchUnconfirmedPayments(
  first: number,
  after: string | null,
  signal?: AbortSignal,
  order?: PaymentSortInput[],
) {
  return graphqlClient
    .request(
      UnconfirmedPaymentsQuery,
      { first, after, order: order ?? [{ receivedOn: 'ASC' }] },
      signal,
    )
    .then((data) => data.payments);
}

export type UnconfirmedPaymentRow = Awaited<
  ReturnType<typeof fetchUnconfirmedPayments>
>['nodes'][number];

/** The payments waiting for finance, as a paged table reads them. */
export const unconfirmedPaymentsList = (username: string): CursorSource<UnconfirmedPaymentRow> => ({
  queryKey: receivableKeys.unconfirmedPayments(username),
  fetchPage: (first, after, signal, order) =>
    fetchUnconfirmedPayments(first, after, signal, order as PaymentSortInput[] | undefined),
});
