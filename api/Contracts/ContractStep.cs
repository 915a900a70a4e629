namespace SalesGraph.Contracts;

/// <summary>A step of the contract workflow, as <see cref="ContractTransitions"/> knows it.</summary>
public enum ContractStep
{
    /// <summary>updateContract (and createContract's upsert by external id): a draft stays a draft; a rejected one is a draft again.</summary>
    Update,

    /// <summary>submitContract.</summary>
    Submit,

    /// <summary>approveContract when approvals are still missing after it: the contract stays pending.</summary>
    ApproveInPart,

    /// <summary>approveContract giving the last approval the contract needs.</summary>
    Approve,

    /// <summary>rejectContract.</summary>
    Reject,

    /// <summary>activateContract.</summary>
    Activate,

    /// <summary>completeContract.</summary>
    Complete,

    /// <summary>terminateContract (解除).</summary>
    Terminate,
}
