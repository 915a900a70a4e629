using Microsoft.Extensions.Options;

namespace SalesGraph.Contracts;

/// <summary>Refuses to start with thresholds that would make the approval ladder meaningless.</summary>
public sealed class ApprovalOptionsValidator : IValidateOptions<ApprovalOptions>
{
    public ValidateOptionsResult Validate(string? name, ApprovalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.RepDiscountLimit <= 0)
        {
            failures.Add("Approval:RepDiscountLimit must be positive.");
        }

        if (options.ManagerDiscountLimit < options.RepDiscountLimit)
        {
            failures.Add("Approval:ManagerDiscountLimit must be at least Approval:RepDiscountLimit.");
        }

        if (options.MajorContractAmount <= 0)
        {
            failures.Add("Approval:MajorContractAmount must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
