import { useQuery, useQueryClient } from '@tanstack/react-query';
import { customerKeys } from '@/features/customers/api/customers';
import { graphql } from '@/gql/gql';
import { graphqlClient } from '@/lib/api-client';
import { sharedQueryKeys } from '@/lib/query-keys';

export const CreateCustomerMutation = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      customer {
        id
        code
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateCustomerMutation = graphql(`
  mutation UpdateCustomer($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) {
      customer {
        id
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ChangeCustomerGradeMutation = graphql(`
  mutation ChangeCustomerGrade($input: ChangeCustomerGradeInput!) {
    changeCustomerGrade(input: $input) {
      customer {
        id
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const AssignCustomerOwnerMutation = graphql(`
  mutation AssignCustomerOwner($input: AssignCustomerOwnerInput!) {
    assignCustomerOwner(input: $input) {
      customer {
        id
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetCustomerCreditMutation = graphql(`
  mutation SetCustomerCredit($input: SetCustomerCreditInput!) {
    setCustomerCredit(input: $input) {
      customer {
        id
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeactivateCustomerMutation = graphql(`
  mutation DeactivateCustomer($input: DeactivateCustomerInput!) {
    deactivateCustomer(input: $input) {
      customer {
        id
        version
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** The reps a customer may be handed to: active reps of its region or of the region's sub-regions (the API checks again). */
export const CustomerOwnerCandidatesQuery = graphql(`
  query CustomerOwnerCandidates($regionCode: String!) {
    staff(
      first: 200
      where: {
        role: { eq: SALES_REP }
        isActive: { eq: true }
        or: [
          { region: { code: { eq: $regionCode } } }
          { region: { parent: { code: { eq: $regionCode } } } }
        ]
      }
      order: [{ name: ASC }]
    ) {
      nodes {
        id
        name
        region {
          id
          name
        }
      }
    }
  }
`);

/** The regions a caller without a region of its own (the director) picks for a new customer. */
export const CustomerRegionOptionsQuery = graphql(`
  query CustomerRegionOptions {
    regions(first: 200, where: { isActive: { eq: true } }, order: [{ code: ASC }]) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

/** After a customer was written: every customer list and that customer's file are read again. */
export function useRefreshCustomers() {
  const queryClient = useQueryClient();
  return (id?: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: customerKeys.lists }),
      ...(id ? [queryClient.invalidateQueries({ queryKey: customerKeys.file(id) })] : []),
    ]);
}

/** The reps the customer's owner may become; read only while the form that offers them is open. */
export function useOwnerCandidates(regionCode: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: customerKeys.ownerCandidates(regionCode ?? ''),
    queryFn: ({ signal }) =>
      graphqlClient
        .request(CustomerOwnerCandidatesQuery, { regionCode: regionCode ?? '' }, signal)
        .then((d) => d.staff.nodes),
    enabled: enabled && !!regionCode,
  });
}

/** The regions a new customer may be put in, for callers who must name one. */
export function useCustomerRegionOptions(enabled: boolean) {
  return useQuery({
    queryKey: customerKeys.regionOptions,
    queryFn: ({ signal }) =>
      graphqlClient.request(CustomerRegionOptionsQuery, {}, signal).then((d) => d.regions.nodes),
    enabled,
    staleTime: Infinity,
  });
}

export const LogActivityMutation = graphql(`
  mutation LogActivity($input: LogActivityInput!) {
    logActivity(input: $input) {
      activity {
        id
        kind
        occurredAt
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/**
 * After an activity was logged or answered: the customer's activity list and file (its last and next contact) are
 * read again, and so is everything that follows from the contact cadence (the due list, compliance by rep).
 */
export function useRefreshActivities() {
  const queryClient = useQueryClient();
  return (customerId: string) =>
    Promise.all(
      [
        customerKeys.activitiesOf(customerId),
        customerKeys.file(customerId),
        sharedQueryKeys.contactCadence,
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}
