namespace SalesGraph.Auth;

/// <summary>Why an approval or rejection is refused.</summary>
public enum ApprovalRefusal
{
    /// <summary>Finance approves only contracts above the customer's credit limit (not authorized).</summary>
    FinanceNotNeeded,

    /// <summary>The caller's level is below the one the discount needs (not authorized).</summary>
    BelowRequiredLevel,

    /// <summary>The approval this caller would give was already given (an input error).</summary>
    AlreadyApproved,

    /// <summary>The caller is none of the approvers the contract needs, so may not reject it (not authorized).</summary>
    NotAnApprover,
}
