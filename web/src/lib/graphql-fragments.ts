import { graphql } from '@/gql/gql';

/**
 * The `errors` of every mutation payload. Masked like any fragment, so a payload's errors are read in one place
 * and on purpose: `readUserErrors(payload.errors)` (`@/lib/graphql-errors`) before `applyUserErrors`.
 */
export const UserErrorFieldsFragment = graphql(`
  fragment UserErrorFields on UserError {
    code
    message
    path
  }
`);

/** The `pageInfo` of every connection the SPA pages through; read through `readPageInfo` (`@/lib/cursor-pages`). */
export const PageInfoFieldsFragment = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`);
