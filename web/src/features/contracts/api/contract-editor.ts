import { graphql } from '@/gql/gql';

/** What the contract editor needs to offer: the caller's customers and the active catalogue with list prices. */
export const ContractEditorOptionsQuery = graphql(`
  query ContractEditorOptions {
    customers(first: 500) {
      totalCount
      nodes {
        id
        code
        name
      }
    }
    products(first: 500) {
      nodes {
        id
        sku
        name
        listPrice
        isActive
      }
    }
  }
`);
