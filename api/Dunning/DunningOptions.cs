using Microsoft.Extensions.Options;

namespace SalesGraph.Dunning;

/// <summary>Dunning policy (bound from <c>Dunning</c>): how long each level chases before the next takes over.</summary>
public sealed class DunningOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Dunning";

    /// <summary>Days a level has, without a promise to pay or a receipt, before the notice moves up (policy default 7).</summary>
    public int EscalateAfterDays { get; set; } = 7;
}

/// <summary>Refuses to start with an escalation period that means nothing.</summary>
public sealed class DunningOptionsValidator : IValidateOptions<DunningOptions>
{
    public ValidateOptionsResult Validate(string? name, DunningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.EscalateAfterDays is < 1 or > 365
            ? ValidateOptionsResult.Fail("Dunning:EscalateAfterDays must be between 1 and 365.")
            : ValidateOptionsResult.Success;
    }
}
