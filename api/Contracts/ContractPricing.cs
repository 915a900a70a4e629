using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Contracts;

/// <summary>
/// A contract's lines and terms from its input: checks them, prices each line from the product's list price and cost,
/// and recomputes every total (clients never send totals or discounts).
/// </summary>
internal static class ContractPricing
{
    private const int MaxLines = 100;

    public static List<(int? ProductId, ContractLineInput Line)>? CheckLines(InputCheck check, IReadOnlyList<ContractLineInput>? lines, bool required)
    {
        if (lines is null || lines.Count == 0)
        {
            check.That(!required, "At least one line.", "input", "lines");
            return null;
        }

        if (!check.That(lines.Count <= MaxLines, $"At most {MaxLines} lines.", "input", "lines"))
        {
            return null;
        }

        var result = new List<(int?, ContractLineInput)>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var productId = check.Id(line.ProductId, "Product", "input", "lines", i, "productId");
            check.That(line.Quantity is > 0 and <= 1_000_000, "Quantity must be between 1 and 1,000,000.", "input", "lines", i, "quantity");
            check.Money(line.UnitPrice, allowZero: false, "input", "lines", i, "unitPrice");
            result.Add((productId, line));
        }

        return result;
    }

    public static void CheckTerms(InputCheck check, DateOnly? startOn, DateOnly? endOn, int? paymentTermDays)
    {
        if (startOn is { } s && endOn is { } e)
        {
            check.That(e >= s, "The end date is before the start date.", "input", "endOn");
        }

        if (paymentTermDays is { } days)
        {
            check.That(days is >= 0 and <= 365, "Between 0 and 365 days.", "input", "paymentTermDays");
        }
    }

    public static async Task<List<(Product Product, ContractLineInput Line)>> PriceLinesAsync(
        WriteUnit w, InputCheck check, List<(int? ProductId, ContractLineInput Line)> lines)
    {
        var ids = lines.Where(l => l.ProductId is not null).Select(l => l.ProductId!.Value).Distinct().ToList();
        var products = await w.Db.Scoped<Product>(w.Caller).AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, w.CancellationToken);
        var result = new List<(Product, ContractLineInput)>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].ProductId is not { } id)
            {
                continue;
            }

            if (!products.TryGetValue(id, out var product) || !product.IsActive)
            {
                check.Add(UserError.NotFound("No active product with this id.", "input", "lines", i, "productId"));
                continue;
            }

            result.Add((product, lines[i].Line));
        }

        return result;
    }

    /// <summary>Replaces the lines and recomputes every total.</summary>
    public static void ReplaceLines(WriteUnit w, Contract contract, List<(Product Product, ContractLineInput Line)> priced)
    {
        if (contract.Lines.Count > 0)
        {
            w.Db.ContractLines.RemoveRange(contract.Lines);
            contract.Lines.Clear();
        }

        decimal list = 0, agreed = 0, cost = 0;
        var lineNo = 0;
        foreach (var (product, line) in priced)
        {
            contract.Lines.Add(new ContractLine
            {
                LineNo = ++lineNo, ProductId = product.Id, Quantity = line.Quantity,
                ListUnitPrice = product.ListPrice, AgreedUnitPrice = line.UnitPrice, UnitCost = product.UnitCost,
            });
            list += line.Quantity * product.ListPrice;
            agreed += line.Quantity * line.UnitPrice;
            cost += line.Quantity * product.UnitCost;
        }

        contract.ListTotal = list;
        contract.AgreedTotal = agreed;
        contract.CostTotal = cost;
        contract.DiscountAmount = list - agreed;
        contract.DiscountRate = list == 0 ? 0 : decimal.Round(contract.DiscountAmount / list, 4);
    }

    public static void ApplyTerms(Contract contract, DateOnly? startOn, DateOnly? endOn, int? paymentTermDays)
    {
        contract.StartOn = startOn ?? contract.StartOn;
        contract.EndOn = endOn ?? contract.EndOn;
        contract.PaymentTermDays = paymentTermDays ?? contract.PaymentTermDays;
    }
}
