using System.Globalization;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;

namespace SalesGraph.Targets;

/// <summary>A target's figures and period from its input: checked, summed against the parent, applied.</summary>
internal static class TargetFigures
{
    /// <summary>The quarter of the period (implied by the month); checks both.</summary>
    public static int? CheckPeriod(InputCheck check, int? quarter, int? month, params object[] at)
    {
        check.That(quarter is null or (>= 1 and <= 4), "Between 1 and 4.", [.. at, "quarter"]);
        if (month is { } m)
        {
            if (!check.That(m is >= 1 and <= 12, "Between 1 and 12.", [.. at, "month"]))
            {
                return quarter;
            }

            var implied = ((m - 1) / 3) + 1;
            check.That(quarter is null || quarter == implied, $"Month {m} is in quarter {implied}.", [.. at, "quarter"]);
            return implied;
        }

        return quarter;
    }

    public static void CheckFigures(InputCheck check, decimal sales, decimal collection, int newCustomers, params object[] at)
    {
        check.Money(sales, allowZero: true, [.. at, "salesAmount"]);
        check.Money(collection, allowZero: true, [.. at, "collectionAmount"]);
        check.That(newCustomers is >= 0 and <= 1_000_000, "Between 0 and 1,000,000.", [.. at, "newCustomers"]);
    }

    public static void CheckSum(InputCheck check, string what, decimal sum, decimal total)
    {
        if (sum != total)
        {
            var gap = total - sum;
            check.Add(UserError.Validation(string.Create(CultureInfo.InvariantCulture,
                $"The parts' {what} sum to {sum:0.##}, the target is {total:0.##}: {(gap > 0 ? "short" : "over")} by {Math.Abs(gap):0.##}."),
                "input", "children"));
        }
    }

    public static bool SetFigures(Target target, decimal sales, decimal collection, int newCustomers)
    {
        var changed = target.SalesAmount != sales || target.CollectionAmount != collection || target.NewCustomers != newCustomers;
        target.SalesAmount = sales;
        target.CollectionAmount = collection;
        target.NewCustomers = newCustomers;
        return changed;
    }

    public static string Describe(Target t) => string.Create(CultureInfo.InvariantCulture,
        $"#{t.Id} ({t.Scope}{(t.StaffId is { } s ? $" staff {s}" : t.RegionId is { } r ? $" region {r}" : "")}{(t.Quarter is { } q ? $" Q{q}" : "")}{(t.Month is { } m ? $" M{m}" : "")})");
}
