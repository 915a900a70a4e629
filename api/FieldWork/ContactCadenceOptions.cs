using Microsoft.Extensions.Options;
using SalesGraph.Data.Entities;

namespace SalesGraph.FieldWork;

/// <summary>
/// How often each grade of customer is to be contacted (bound from <c>FieldWork</c>), from the sources: A-class customers
/// visited every two weeks, B-class called monthly; C-class customers have no cadence.
/// </summary>
public sealed class ContactCadenceOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "FieldWork";

    /// <summary>Days between visits of an A-class customer (a visit is needed; sources: 14).</summary>
    public int VisitEveryDaysA { get; set; } = 14;

    /// <summary>Days between contacts with a B-class customer (a call or a visit; sources: 30).</summary>
    public int ContactEveryDaysB { get; set; } = 30;

    /// <summary>The cadence in days of <paramref name="grade"/>, or null when the grade has none.</summary>
    public int? DaysFor(CustomerGrade grade) => grade switch
    {
        CustomerGrade.A => VisitEveryDaysA,
        CustomerGrade.B => ContactEveryDaysB,
        _ => null,
    };
}

/// <summary>Refuses to start with a cadence that means nothing.</summary>
public sealed class ContactCadenceOptionsValidator : IValidateOptions<ContactCadenceOptions>
{
    public ValidateOptionsResult Validate(string? name, ContactCadenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.VisitEveryDaysA is < 1 or > 365)
        {
            failures.Add("FieldWork:VisitEveryDaysA must be between 1 and 365.");
        }

        if (options.ContactEveryDaysB is < 1 or > 365)
        {
            failures.Add("FieldWork:ContactEveryDaysB must be between 1 and 365.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
