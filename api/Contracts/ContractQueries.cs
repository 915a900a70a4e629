using SalesGraph.Data.Entities;
using SalesGraph.Resolving;

namespace SalesGraph.Contracts;

/// <summary>The <c>contracts</c> and <c>contract(id:)</c> root fields.</summary>
public sealed class ContractQueries() : EntityQueries<Contract, ContractGraphType>(
    "Contract", "contracts", "contract", "Contracts in the caller's scope.");
