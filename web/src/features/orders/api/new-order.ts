import { useQuery } from '@tanstack/react-query';
import { orderKeys } from '@/features/orders/api/order-keys';
import { graphql } from '@/gql/gql';
import type { CreateSalesOrderInput, CustomerKind } from '@/gql/graphql';
import { useAccess } from '@/lib/access/me-provider';
import { graphqlClient } from '@/lib/api-client';

/** The customers the caller may order for (its row scope) and the active catalogue at list price. */
export const NewOrderOptionsQuery = graphql(`
  query NewOrderOptions {
    customers(first: 500, order: [{ name: ASC }]) {
      totalCount
      nodes {
        id
        code
        name
        kind
      }
    }
    products(first: 500, where: { isActive: { eq: true } }, order: [{ sku: ASC }]) {
      nodes {
        id
        sku
        name
        listPrice
      }
    }
  }
`);

/** A chosen customer's ACTIVE contracts with their lines: what an order may draw down. */
export const OrderCustomerContractsQuery = graphql(`
  query OrderCustomerContracts($id: ID!) {
    customer(id: $id) {
      id
      kind
      contracts(first: 20, where: { status: { eq: ACTIVE } }, order: [{ signedOn: DESC }]) {
        nodes {
          id
          number
          endOn
          lines(first: 200) {
            nodes {
              lineNo
              quantity
              agreedUnitPrice
              product {
                id
                sku
                name
              }
            }
          }
        }
      }
    }
  }
`);

export function useNewOrderOptions() {
  const access = useAccess();
  return useQuery({
    queryKey: orderKeys.formOptions(access.me.username),
    queryFn: ({ signal }) => graphqlClient.request(NewOrderOptionsQuery, {}, signal),
  });
}

export function useOrderCustomerContracts(customerId: string | undefined) {
  const access = useAccess();
  return useQuery({
    queryKey: [...orderKeys.formOptions(access.me.username), 'contracts', customerId ?? ''],
    queryFn: ({ signal }) =>
      graphqlClient.request(OrderCustomerContractsQuery, { id: customerId ?? '' }, signal),
    enabled: !!customerId,
  });
}

/** The value of the contract picker that means "no contract, at list price". */
export const withoutContract = 'LIST_PRICE';

/** Only distributors and agents order without a contract (decision 017); everyone else draws one down. */
export const ordersWithoutContract = (kind: CustomerKind | null | undefined) =>
  kind === 'DISTRIBUTOR' || kind === 'AGENT';

export interface ContractChoice {
  id: string;
  number: string;
  lines: readonly {
    quantity: number;
    agreedUnitPrice: string | number;
    product?: { id: string; sku: string; name: string } | null;
  }[];
}

export interface OrderBasis {
  /** The pickable bases: contract ids, and {@link withoutContract} for a distributor or agent. */
  options: readonly string[];
  /** What the form picks when the customer is chosen: its newest ACTIVE contract, else list price. */
  initial: string | null;
}

/** What an order of this customer may be based on: an ACTIVE contract, or list price for a distributor or agent. */
export function orderBasis(
  kind: CustomerKind | null | undefined,
  contracts: readonly Pick<ContractChoice, 'id'>[],
): OrderBasis {
  const options = [
    ...contracts.map((c) => c.id),
    ...(ordersWithoutContract(kind) ? [withoutContract] : []),
  ];
  return { options, initial: options[0] ?? null };
}

export interface OrderableProduct {
  id: string;
  sku: string;
  name: string;
  /** The price the server will take: the contract's agreed price, or the list price. */
  unitPrice: number;
  /** On a contract: the quantity the contract holds of it (over all its lines of that product). */
  contracted?: number;
}

/**
 * The products a line may name: those of the contract at its agreed price (a product on several lines once, at
 * the first line's price, as the server books the first line with enough open), or the catalogue at list price.
 */
export function orderableProducts(
  contract: ContractChoice | null,
  catalogue: readonly { id: string; sku: string; name: string; listPrice: string | number }[],
): OrderableProduct[] {
  if (!contract)
    return catalogue.map((p) => ({
      id: p.id,
      sku: p.sku,
      name: p.name,
      unitPrice: Number(p.listPrice),
    }));
  const byId = new Map<string, OrderableProduct>();
  for (const line of contract.lines) {
    if (!line.product) continue;
    const known = byId.get(line.product.id);
    if (known) known.contracted = (known.contracted ?? 0) + line.quantity;
    else
      byId.set(line.product.id, {
        ...line.product,
        unitPrice: Number(line.agreedUnitPrice),
        contracted: line.quantity,
      });
  }
  return [...byId.values()];
}

export interface OrderLineDraft {
  productId?: string;
  quantity?: number | null;
  /** `YYYY-MM-DD`. */
  requestedOn?: string | null;
}

/** The order's total as the form shows it while typing: Σ quantity × the price the server will take. */
export function draftOrderTotal(
  lines: readonly (OrderLineDraft | undefined)[],
  products: readonly OrderableProduct[],
): number {
  const price = new Map(products.map((p) => [p.id, p.unitPrice]));
  let cents = 0;
  for (const line of lines) {
    const unit = line?.productId ? price.get(line.productId) : undefined;
    if (unit === undefined || !line?.quantity) continue;
    cents += Math.round(unit * 100) * line.quantity;
  }
  return cents / 100;
}

/** The createSalesOrder input of a filled form; no prices, the server takes them (decision 017). */
export function createOrderInput(
  values: { customerId?: string; basis?: string | null; lines: readonly OrderLineDraft[] },
  idempotencyKey: string,
): CreateSalesOrderInput {
  return {
    customerId: values.customerId ?? '',
    contractId: values.basis && values.basis !== withoutContract ? values.basis : null,
    idempotencyKey,
    lines: values.lines.map((l) => ({
      productId: l.productId ?? '',
      quantity: Number(l.quantity),
      requestedOn: l.requestedOn ?? '',
    })),
  };
}
