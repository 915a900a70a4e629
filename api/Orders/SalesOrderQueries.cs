using SalesGraph.Data.Entities;
using SalesGraph.Resolving;

namespace SalesGraph.Orders;

/// <summary>The <c>salesOrders</c> and <c>salesOrder(id:)</c> root fields.</summary>
public sealed class SalesOrderQueries() : EntityQueries<SalesOrder, SalesOrderGraphType>(
    "SalesOrder", "salesOrders", "salesOrder", "Sales orders (订货单) of the customers in the caller's scope.");
