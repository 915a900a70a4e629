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
        code
        message
        path
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
        code
        message
        path
      }
    }
  }
`);

/** Everything a payment changes: the invoice and payment lists, the aging and the dashboard's collection figures. */
export const paymentQueryKeys = [['invoices'], ['payments'], ['aging'], ['kpis']] as const;
