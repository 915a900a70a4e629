import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '@/gql/gql';

export const ApproveDeliveryNoticeMutation = graphql(`
  mutation ApproveDeliveryNotice($input: ApproveDeliveryNoticeInput!) {
    approveDeliveryNotice(input: $input) {
      shipment {
        id
        status
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RejectDeliveryNoticeMutation = graphql(`
  mutation RejectDeliveryNotice($input: RejectDeliveryNoticeInput!) {
    rejectDeliveryNotice(input: $input) {
      shipment {
        id
        status
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const MarkShippedMutation = graphql(`
  mutation MarkShipped($input: MarkShippedInput!) {
    markShipped(input: $input) {
      shipment {
        id
        status
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const MarkDeliveredMutation = graphql(`
  mutation MarkDelivered($input: MarkDeliveredInput!) {
    markDelivered(input: $input) {
      shipment {
        id
        status
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const CancelShipmentMutation = graphql(`
  mutation CancelShipment($input: CancelShipmentInput!) {
    cancelShipment(input: $input) {
      shipment {
        id
        status
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** What every shipment step answers: the shipment as written, or the errors that kept it unwritten. */
export type ShipmentPayload = ResultOf<typeof MarkShippedMutation>['markShipped'];
