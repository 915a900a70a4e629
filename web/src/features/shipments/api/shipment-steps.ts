import type { ShipmentStatus } from '@/gql/graphql';

/** A step the shipment page can offer, named after its mutation. */
export type ShipmentStep = 'approve' | 'reject' | 'ship' | 'deliver' | 'cancel';

const mutationOf: Record<ShipmentStep, string> = {
  approve: 'approveDeliveryNotice',
  reject: 'rejectDeliveryNotice',
  ship: 'markShipped',
  deliver: 'markDelivered',
  cancel: 'cancelShipment',
};

// AWAITING_APPROVAL → PLANNED → SHIPPED → DELIVERED; CANCELLED before it ships; REJECTED by an approver (the API's
// shipment transitions). Which approval this caller gives, and whether it is still needed, is the server's call.
const fromStatuses: Record<ShipmentStep, readonly ShipmentStatus[]> = {
  approve: ['AWAITING_APPROVAL'],
  reject: ['AWAITING_APPROVAL'],
  ship: ['PLANNED'],
  deliver: ['SHIPPED'],
  cancel: ['AWAITING_APPROVAL', 'PLANNED'],
};

/** The steps this caller may take on a shipment in this status: the status allows it and `me` lists its mutation. */
export function shipmentSteps(
  status: ShipmentStatus,
  may: (action: string) => boolean,
): ShipmentStep[] {
  return (Object.keys(fromStatuses) as ShipmentStep[]).filter(
    (step) => fromStatuses[step].includes(status) && may(mutationOf[step]),
  );
}
