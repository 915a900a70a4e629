using SalesGraph.GraphQL.Relay;

namespace SalesGraph.GraphQL.Mutations;

/// <summary>
/// Collects the <see cref="UserError"/>s of one input, so a client learns every problem at once rather than one per
/// round trip. Each check names the input path it is about.
/// </summary>
public sealed class InputCheck
{
    private readonly List<UserError> _errors = [];

    /// <summary>The errors found so far.</summary>
    public IReadOnlyList<UserError> Errors => _errors;

    /// <summary>Whether no error was found.</summary>
    public bool IsValid => _errors.Count == 0;

    /// <summary>Adds an error.</summary>
    public void Add(UserError error) => _errors.Add(error);

    /// <summary>Adds a VALIDATION error on <paramref name="path"/> unless <paramref name="condition"/> holds.</summary>
    public bool That(bool condition, string message, params object[] path)
    {
        if (!condition)
        {
            _errors.Add(UserError.Validation(message, path));
        }

        return condition;
    }

    /// <summary>Money: positive (or zero when <paramref name="allowZero"/>) with at most two decimal places.</summary>
    public bool Money(decimal? value, bool allowZero, params object[] path)
    {
        if (value is not { } amount)
        {
            return true;
        }

        return That(allowZero ? amount >= 0 : amount > 0, allowZero ? "Must not be negative." : "Must be positive.", path)
            && That(decimal.Round(amount, 2) == amount, "At most 2 decimal places.", path)
            && That(amount < 1_000_000_000_000m, "Too large.", path);
    }

    /// <summary>A string of at most <paramref name="max"/> characters; non-blank when <paramref name="required"/>.</summary>
    public bool Text(string? value, int max, bool required, params object[] path)
    {
        if (value is null)
        {
            return That(!required, "Required.", path);
        }

        return That(!required || !string.IsNullOrWhiteSpace(value), "Must not be blank.", path)
            && That(value.Length <= max, $"At most {max} characters.", path);
    }

    /// <summary>The local id of a global id of <paramref name="typeName"/>; null (with a VALIDATION error) when malformed.</summary>
    public int? Id(string? globalId, string typeName, params object[] path)
    {
        if (globalId is null)
        {
            return null;
        }

        var decoded = GlobalId.TryDecode(globalId);
        if (decoded is { } d && d.TypeName == typeName && d.Id is >= 1 and <= int.MaxValue)
        {
            return (int)d.Id;
        }

        _errors.Add(UserError.Validation($"Not a valid {typeName} id.", path));
        return null;
    }
}
