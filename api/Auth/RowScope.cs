namespace SalesGraph.Auth;

/// <summary>Which rows of customers and contracts a caller sees (<see cref="AccessMatrix.OwnedRowScope"/>).</summary>
public enum RowScope
{
    /// <summary>Every row.</summary>
    All,

    /// <summary>The rows of the caller's region and its sub-regions.</summary>
    Region,

    /// <summary>The caller's own rows.</summary>
    Own,

    /// <summary>No row.</summary>
    None,
}
