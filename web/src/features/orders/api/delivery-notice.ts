import { graphql } from '@/gql/gql';
import type { CreateDeliveryNoticeInput } from '@/gql/graphql';
import type { UserError } from '@/lib/graphql-errors';

export const CreateDeliveryNoticeMutation = graphql(`
  mutation CreateDeliveryNotice($input: CreateDeliveryNoticeInput!) {
    createDeliveryNotice(input: $input) {
      shipment {
        id
        noticeNumber
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** An order line as the notice dialog offers it. */
export interface NoticeableLine {
  id: string;
  openQuantity: number;
}

export interface NoticeDraft {
  /** Per order line, in the order's line order: the quantity to ship now (empty or 0: none). */
  quantities: readonly (number | null | undefined)[];
  /** `YYYY-MM-DD`, or none for the server's default. */
  plannedOn?: string | null;
  carrier?: string | null;
}

/**
 * The createDeliveryNotice input for the quantities chosen per open line (lines left at 0 are not sent), and
 * for each input line the index of the dialog row it came from, so an error at `lines.k.quantity` finds its row.
 */
export function deliveryNoticeInput(
  salesOrderId: string,
  lines: readonly NoticeableLine[],
  draft: NoticeDraft,
  idempotencyKey: string,
): { input: CreateDeliveryNoticeInput; rowOf: number[] } {
  const rowOf: number[] = [];
  const inputLines: { salesOrderLineId: string; quantity: number }[] = [];
  lines.forEach((line, row) => {
    const quantity = Number(draft.quantities[row] ?? 0);
    if (!quantity) return;
    rowOf.push(row);
    inputLines.push({ salesOrderLineId: line.id, quantity });
  });
  const carrier = draft.carrier?.trim();
  return {
    input: {
      salesOrderId,
      lines: inputLines,
      idempotencyKey,
      ...(draft.plannedOn ? { plannedOn: draft.plannedOn } : {}),
      ...(carrier ? { carrier } : {}),
    },
    rowOf,
  };
}

/** The API's errors with `lines.k` turned into the dialog's row (`quantities.row`), the rest as they came. */
export function noticeErrorsForForm(
  errors: readonly UserError[],
  rowOf: readonly number[],
): UserError[] {
  return errors.map((error) => {
    const path = [...error.path];
    const at = path[0] === 'input' ? 1 : 0;
    if (path[at] !== 'lines' || typeof path[at + 1] !== 'number') return error;
    const row = rowOf[path[at + 1] as number];
    return row === undefined ? error : { ...error, path: ['input', 'quantities', row] };
  });
}
