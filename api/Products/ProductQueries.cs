using SalesGraph.Data.Entities;
using SalesGraph.Resolving;

namespace SalesGraph.Products;

/// <summary>The <c>products</c> and <c>product(id:)</c> root fields.</summary>
public sealed class ProductQueries() : EntityQueries<Product, ProductGraphType>(
    "Product", "products", "product", "The product catalogue.");
