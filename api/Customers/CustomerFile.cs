using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Customers;

/// <summary>A customer's file from its input: the mobile number check, the descriptive fields, the next customer code.</summary>
internal static class CustomerFile
{
    public static void CheckMobile(InputCheck check, string? mobile)
    {
        if (check.Text(mobile, 32, required: true, "input", "mobile") && mobile is not null)
        {
            check.That(mobile.Trim().Length >= 5 && mobile.All(ch => char.IsAsciiDigit(ch) || ch is ' ' or '+' or '-'),
                "Digits, spaces, '+' and '-', at least 5 characters.", "input", "mobile");
        }
    }

    /// <summary>Applies the descriptive fields that were given (trimmed); an empty carrier clears it.</summary>
    public static void Describe(
        Customer customer, string? name, CustomerKind? kind, string? industry, CustomerSource? source, string? contactPerson, string? mobile, string? address, string? carrier)
    {
        customer.Name = name?.Trim() ?? customer.Name;
        customer.Kind = kind ?? customer.Kind;
        customer.Industry = industry?.Trim() ?? customer.Industry;
        customer.Source = source ?? customer.Source;
        customer.ContactPerson = contactPerson?.Trim() ?? customer.ContactPerson;
        customer.Mobile = mobile?.Trim() ?? customer.Mobile;
        customer.Address = address?.Trim() ?? customer.Address;
        if (carrier is not null)
        {
            customer.DesignatedCarrier = carrier.Trim() is { Length: > 0 } c ? c : null;
        }
    }

    /// <summary>The next customer code <c>C000123</c> after the highest; the exclusive write transaction makes this safe.</summary>
    public static async Task<string> NextCodeAsync(WriteUnit w)
    {
        await DocumentNumbers.SerializeAsync(w, "C");
        var last = await w.Db.Customers.AsNoTracking().Where(c => EF.Functions.Like(c.Code, "C______")).MaxAsync(c => (string?)c.Code, w.CancellationToken);
        var next = last is not null && int.TryParse(last.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n + 1 : 1;
        return string.Create(CultureInfo.InvariantCulture, $"C{next:D6}");
    }
}
