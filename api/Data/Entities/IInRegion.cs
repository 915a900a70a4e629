namespace SalesGraph.Data.Entities;

/// <summary>A row booked in one region: what a region subtree scopes by.</summary>
public interface IInRegion
{
    Region? Region { get; }
}
