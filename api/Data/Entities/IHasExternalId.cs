namespace SalesGraph.Data.Entities;

/// <summary>An entity an external system (ERP) creates and later addresses by its own id, unique per table.</summary>
public interface IHasExternalId : IHasId
{
    string? ExternalId { get; }
}
