using Microsoft.Extensions.Options;

namespace SalesGraph.Calendar;

/// <summary>Refuses a <c>Business:TimeZone</c> this machine does not know, at start-up rather than at the first write.</summary>
public sealed class BusinessOptionsValidator : IValidateOptions<BusinessOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, BusinessOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BusinessTimeZone.IsKnown(options.TimeZone)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Business:TimeZone '{options.TimeZone}' is not a time zone this machine knows (e.g. {BusinessTimeZone.DefaultId}).");
    }
}
