import { useQueryClient } from '@tanstack/react-query';
import { paymentQueryKeys } from '@/features/receivables/api/receivable-keys';
import { graphql } from '@/gql/gql';

export const RecordPaymentMutation = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      payment {
        id
        number
        amount
        confirmedAt
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ConfirmPaymentMutation = graphql(`
  mutation ConfirmPayment($input: ConfirmPaymentInput!) {
    confirmPayment(input: $input) {
      payment {
        id
        number
        amount
        confirmedAt
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** Reads again everything a payment changes: invoices, payments, aging and the dashboard's figures. */
export function useRefreshAfterPayment() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(paymentQueryKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
