import { graphql } from '@/gql/gql';
import type { UserError } from '@/lib/graphql-errors';

export interface ContractLineInput {
  productId: string;
  quantity: number;
  // The API's Decimal scalar takes JSON numbers, not strings.
  unitPrice: number;
}

export interface ContractTermsInput {
  startOn?: string | null;
  endOn?: string | null;
  paymentTermDays?: number | null;
  lines: ContractLineInput[];
}

export interface WrittenContract {
  id: string;
  number: string;
  status: string;
  version: number;
}

export interface ContractPayload {
  contract: WrittenContract | null;
  errors: UserError[];
}

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
        code
        message
        path
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
        code
        message
        path
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
        code
        message
        path
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
        code
        message
        path
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
        code
        message
        path
      }
    }
  }
`);
