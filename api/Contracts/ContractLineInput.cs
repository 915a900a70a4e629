using GraphQL.Types;

namespace SalesGraph.Contracts;

/// <summary>A line as a client sends it: the server looks up list price and cost and computes every total.</summary>
public sealed record ContractLineInput
{
    public string ProductId { get; init; } = "";
    public int Quantity { get; init; }
    public decimal UnitPrice { get; init; }
}

/// <summary>The <c>ContractLineInput</c> input type.</summary>
public sealed class ContractLineInputGraphType : InputObjectGraphType<ContractLineInput>
{
    public ContractLineInputGraphType()
    {
        Name = "ContractLineInput";
        Description = "One contract line. Totals and discount are computed by the server from these and the product's list price.";
        Field(l => l.ProductId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The product's global id.");
        Field(l => l.Quantity).Description("Quantity, positive.");
        Field(l => l.UnitPrice).Description("Agreed unit price in CNY, positive, at most 2 decimal places.");
    }
}
