using SalesGraph.Data.Entities;
using SalesGraph.Resolving;

namespace SalesGraph.StaffDirectory;

/// <summary>The <c>staff</c> and <c>staffMember(id:)</c> root fields.</summary>
public sealed class StaffQueries() : EntityQueries<Staff, StaffGraphType>(
    "Staff", "staff", "staffMember", "Staff of the sales department and finance.");
