import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '@/gql/gql';
import type { CreateContractInput } from '@/gql/graphql';

/** The terms the editor sends, for a new contract and a changed one alike. */
export type ContractTermsInput = Pick<
  CreateContractInput,
  'startOn' | 'endOn' | 'paymentTermDays' | 'lines'
>;

export const CreateContractMutation = graphql(`
  mutation CreateContract($input: CreateContractInput!) {
    createContract(input: $input) {
      contract {
        id
        number
        status
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateContractMutation = graphql(`
  mutation UpdateContract($input: UpdateContractInput!) {
    updateContract(input: $input) {
      contract {
        id
        number
        status
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const SubmitContractMutation = graphql(`
  mutation SubmitContract($input: SubmitContractInput!) {
    submitContract(input: $input) {
      contract {
        id
        number
        status
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ApproveContractMutation = graphql(`
  mutation ApproveContract($input: ApproveContractInput!) {
    approveContract(input: $input) {
      contract {
        id
        number
        status
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RejectContractMutation = graphql(`
  mutation RejectContract($input: RejectContractInput!) {
    rejectContract(input: $input) {
      contract {
        id
        number
        status
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ActivateContractMutation = graphql(`
  mutation ActivateContract($input: ActivateContractInput!) {
    activateContract(input: $input) {
      contract {
        id
        number
        status
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const CompleteContractMutation = graphql(`
  mutation CompleteContract($input: CompleteContractInput!) {
    completeContract(input: $input) {
      contract {
        id
        number
        status
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const TerminateContractMutation = graphql(`
  mutation TerminateContract($input: TerminateContractInput!) {
    terminateContract(input: $input) {
      contract {
        id
        number
        status
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** What every contract workflow mutation answers: the contract as written, or the errors that kept it unwritten. */
export type ContractPayload = ResultOf<typeof CreateContractMutation>['createContract'];
