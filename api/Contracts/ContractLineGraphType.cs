using GraphQL.Types;
using SalesGraph.Data.Entities;
using SalesGraph.Products;
using SalesGraph.Resolving;

namespace SalesGraph.Contracts;

/// <summary>A contract line.</summary>
public sealed class ContractLineGraphType : ObjectGraphType<ContractLine>
{
    public ContractLineGraphType()
    {
        Name = "ContractLine";
        Description = "One product line of a contract.";
        Field(l => l.LineNo).Description("Line number within the contract, from 1.");
        Field(l => l.Quantity).Description("Quantity ordered.");
        Field(l => l.ListUnitPrice).Description("List unit price in CNY at the time of the contract.");
        Field(l => l.AgreedUnitPrice).Description("Agreed unit price in CNY.");
        Field<NonNullGraphType<DecimalGraphType>>("listAmount")
            .Description("Quantity × list unit price.")
            .Resolve(c => c.Source.Quantity * c.Source.ListUnitPrice);
        Field<NonNullGraphType<DecimalGraphType>>("agreedAmount")
            .Description("Quantity × agreed unit price.")
            .Resolve(c => c.Source.Quantity * c.Source.AgreedUnitPrice);
        Field(l => l.UnitCost, nullable: true).Description("Unit cost in CNY at the time of the contract (sensitive: director and finance).");
        Field<ProductGraphType>("product")
            .Description("The product.")
            .Resolve(c => c.LoadById<Product>(c.Source.ProductId));
    }
}
