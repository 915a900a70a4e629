namespace SalesGraph.Data.Entities;

/// <summary>A row owned by one rep and booked in one region (customers, contracts): what the row rules scope by.</summary>
public interface IOwnedInRegion : IInRegion
{
    int OwnerId { get; }
}
