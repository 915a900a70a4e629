using System.ComponentModel;

namespace SalesGraph.Auth;

/// <summary>Which rows of customers and contracts a caller sees (<see cref="AccessMatrix.OwnedRowScope"/>).</summary>
[Description("Which rows of customers and contracts a caller sees (OwnedRowScope).")]
public enum RowScope
{
    /// <summary>Every row.</summary>
    [Description("Every row.")]
    All,

    /// <summary>The rows of the caller's region and its sub-regions.</summary>
    [Description("The rows of the caller's region and its sub-regions.")]
    Region,

    /// <summary>The caller's own rows.</summary>
    [Description("The caller's own rows.")]
    Own,

    /// <summary>No row.</summary>
    [Description("No row.")]
    None,
}
