using SalesGraph.Data.Entities;
using SalesGraph.Resolving;

namespace SalesGraph.Customers;

/// <summary>The <c>customers</c> and <c>customer(id:)</c> root fields.</summary>
public sealed class CustomerQueries() : EntityQueries<Customer, CustomerGraphType>(
    "Customer", "customers", "customer", "Customers in the caller's scope: a rep's own, a region's for its manager and support, all for director and finance.");
