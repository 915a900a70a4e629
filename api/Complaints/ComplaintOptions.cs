using Microsoft.Extensions.Options;

namespace SalesGraph.Complaints;

/// <summary>The complaint desk's service level (bound from <c>Complaints</c>), from the sources' figure.</summary>
public sealed class ComplaintOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Complaints";

    /// <summary>Minutes after receipt within which the customer is to be answered (sources: 2 hours).</summary>
    public int AnswerWithinMinutes { get; set; } = 120;
}

/// <summary>Refuses to start with a response window that means nothing.</summary>
public sealed class ComplaintOptionsValidator : IValidateOptions<ComplaintOptions>
{
    public ValidateOptionsResult Validate(string? name, ComplaintOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.AnswerWithinMinutes is < 5 or > 10_080
            ? ValidateOptionsResult.Fail("Complaints:AnswerWithinMinutes must be between 5 and 10080 (a week).")
            : ValidateOptionsResult.Success;
    }
}
