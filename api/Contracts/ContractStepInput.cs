using GraphQL.Types;

namespace SalesGraph.Contracts;

/// <summary>Input of the workflow steps (submit, approve, reject, activate, complete, terminate).</summary>
public sealed record ContractStepInput
{
    public string ContractId { get; init; } = "";
    public int? Version { get; init; }
    public string? Comment { get; init; }
    public string? Reason { get; init; }
}

/// <summary>An input type of one workflow step; each step has its own, so steps can grow apart.</summary>
public abstract class ContractStepInputGraphType : InputObjectGraphType<ContractStepInput>
{
    protected ContractStepInputGraphType(string name, string description, bool comment = false, bool commentRequired = false, bool reason = false)
    {
        Name = name;
        Description = description;
        Field(i => i.ContractId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The contract's global id.");
        Field(i => i.Version, nullable: true).Description("The version the client read; when given and stale, the step fails with CONFLICT.");
        if (comment)
        {
            Field(i => i.Comment, type: commentRequired ? typeof(NonNullGraphType<StringGraphType>) : typeof(StringGraphType))
                .Description("A comment kept in the contract's history (at most 1000 characters).");
        }

        if (reason)
        {
            Field(i => i.Reason, type: typeof(NonNullGraphType<StringGraphType>)).Description("Why the contract is terminated (解除), 1–1000 characters.");
        }
    }
}

/// <summary><c>SubmitContractInput</c>.</summary>
public sealed class SubmitContractInputGraphType() : ContractStepInputGraphType("SubmitContractInput", "Submits a DRAFT for approval.");

/// <summary><c>ApproveContractInput</c>.</summary>
public sealed class ApproveContractInputGraphType() : ContractStepInputGraphType("ApproveContractInput", "Approves a contract PENDING_APPROVAL.", comment: true);

/// <summary><c>RejectContractInput</c>.</summary>
public sealed class RejectContractInputGraphType() : ContractStepInputGraphType("RejectContractInput", "Rejects a contract PENDING_APPROVAL, with a comment.", comment: true, commentRequired: true);

/// <summary><c>ActivateContractInput</c>.</summary>
public sealed class ActivateContractInputGraphType() : ContractStepInputGraphType("ActivateContractInput", "Activates an APPROVED contract.");

/// <summary><c>CompleteContractInput</c>.</summary>
public sealed class CompleteContractInputGraphType() : ContractStepInputGraphType("CompleteContractInput", "Completes an ACTIVE contract.");

/// <summary><c>TerminateContractInput</c>.</summary>
public sealed class TerminateContractInputGraphType() : ContractStepInputGraphType("TerminateContractInput", "Terminates (解除) an APPROVED or ACTIVE contract, with a reason.", reason: true);
