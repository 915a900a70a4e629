import { graphql } from '@/gql/gql';
import type { StaffListQuery } from '@/gql/graphql';
import type { Access } from '@/lib/access/access';
import { graphqlClient } from '@/lib/api-client';
import type { CursorSource } from '@/lib/cursor-pages';

export const StaffListDocument = graphql(`
  query StaffList($first: Int, $after: String, $withContact: Boolean!, $withPay: Boolean!) {
    staff(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        id
        employeeNumber
        name
        role
        hireDate
        isActive
        region {
          id
          name
        }
        reportsTo {
          id
          name
        }
        email @include(if: $withContact)
        mobile @include(if: $withContact)
        baseSalary @include(if: $withPay)
        commissionRate @include(if: $withPay)
      }
    }
  }
`);

export type StaffRow = StaffListQuery['staff']['nodes'][number];

/**
 * Salary and commission are OWN for most roles (their own record and their reports'): the API answers null
 * with AUTH_NOT_AUTHORIZED for the other rows, which is expected here and shown as an empty cell.
 */
export function fetchStaff(
  access: Access,
  first: number,
  after: string | null,
  signal?: AbortSignal,
) {
  const withContact = access.canRead({ type: 'Staff', field: 'mobile' });
  const withPay = access.canRead({ type: 'Staff', field: 'baseSalary' });
  return graphqlClient
    .requestAllowingDenied(StaffListDocument, { first, after, withContact, withPay }, signal)
    .then((data) => data.staff);
}

/** The staff list the caller may see, as a paged table reads it. */
export const staffList = (access: Access): CursorSource<StaffRow> => ({
  queryKey: ['staff', access.me.username],
  fetchPage: (first, after, signal) => fetchStaff(access, first, after, signal),
});
