import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '@/gql/gql';

export const CreateSalesOrderMutation = graphql(`
  mutation CreateSalesOrder($input: CreateSalesOrderInput!) {
    createSalesOrder(input: $input) {
      salesOrder {
        id
        number
        status
        version
        contract {
          id
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ConfirmSalesOrderMutation = graphql(`
  mutation ConfirmSalesOrder($input: ConfirmSalesOrderInput!) {
    confirmSalesOrder(input: $input) {
      salesOrder {
        id
        number
        status
        version
        contract {
          id
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const CancelSalesOrderMutation = graphql(`
  mutation CancelSalesOrder($input: CancelSalesOrderInput!) {
    cancelSalesOrder(input: $input) {
      salesOrder {
        id
        number
        status
        version
        contract {
          id
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const CloseSalesOrderMutation = graphql(`
  mutation CloseSalesOrder($input: CloseSalesOrderInput!) {
    closeSalesOrder(input: $input) {
      salesOrder {
        id
        number
        status
        version
        contract {
          id
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** What every order mutation answers: the order as written, or the errors that kept it unwritten. */
export type SalesOrderPayload = ResultOf<typeof CreateSalesOrderMutation>['createSalesOrder'];
