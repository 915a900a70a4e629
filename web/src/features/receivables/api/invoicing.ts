import { useQuery } from '@tanstack/react-query';
import { financeKeys } from '@/features/receivables/api/receipts';
import { graphql } from '@/gql/gql';
import { graphqlClient } from '@/lib/api-client';

export const InvoiceableContractsQuery = graphql(`
  query InvoiceableContracts($where: ContractFilterInput) {
    contracts(first: 20, where: $where, order: [{ number: DESC }]) {
      nodes {
        id
        number
        agreedTotal
        customer {
          id
          name
        }
      }
    }
  }
`);

/** ACTIVE contracts whose number or customer name contains `search`: what finance may invoice. */
export function useInvoiceableContracts(search: string) {
  const text = search.trim();
  return useQuery({
    queryKey: [...financeKeys.root, 'invoiceable-contracts', text] as const,
    queryFn: ({ signal }) =>
      graphqlClient.request(
        InvoiceableContractsQuery,
        {
          where: {
            and: [
              { status: { eq: 'ACTIVE' } },
              ...(text
                ? [
                    {
                      or: [
                        { number: { contains: text } },
                        { customer: { name: { contains: text } } },
                      ],
                    },
                  ]
                : []),
            ],
          },
        },
        signal,
      ),
    select: (data) => data.contracts.nodes,
  });
}

export const ContractBillingQuery = graphql(`
  query ContractBilling($id: ID!) {
    contract(id: $id) {
      id
      number
      agreedTotal
      invoices(first: 100) {
        nodes {
          id
          amount
          status
        }
      }
      shipments(first: 100) {
        nodes {
          id
          noticeNumber
          status
          deliveredOn
          amount
          invoicedAmount
          invoiceableAmount
        }
      }
    }
  }
`);

/** A contract's delivered shipments with what each leaves to invoice, and what the contract leaves in total. */
export function useContractBilling(contractId: string | null) {
  return useQuery({
    queryKey: [...financeKeys.root, 'contract-billing', contractId ?? ''] as const,
    queryFn: ({ signal }) =>
      graphqlClient.request(ContractBillingQuery, { id: contractId ?? '' }, signal),
    enabled: !!contractId,
    select: (data) => {
      const contract = data.contract;
      if (!contract) return null;
      const invoiced = contract.invoices.nodes
        .filter((i) => i.status !== 'VOID')
        .reduce((sum, i) => sum + Number(i.amount), 0);
      return {
        ...contract,
        remaining: Math.max(0, Math.round((Number(contract.agreedTotal) - invoiced) * 100) / 100),
        delivered: contract.shipments.nodes.filter((s) => s.status === 'DELIVERED'),
      };
    },
  });
}

/**
 * What the chosen shipments leave to invoice, never above what the contract leaves: the amount the dialog proposes
 * (the API refuses more with OVER_INVOICED).
 */
export function invoiceableTotal(
  shipments: { id: string; invoiceableAmount: number | string }[],
  chosen: string[],
  contractRemaining: number,
): number {
  const total = shipments
    .filter((s) => chosen.includes(s.id))
    .reduce((sum, s) => sum + Math.round(Number(s.invoiceableAmount) * 100), 0);
  return Math.min(total, Math.round(contractRemaining * 100)) / 100;
}

export const IssueInvoiceMutation = graphql(`
  mutation IssueInvoice($input: IssueInvoiceInput!) {
    issueInvoice(input: $input) {
      invoice {
        id
        number
        amount
        shipments {
          amount
          shipment {
            id
            noticeNumber
          }
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
