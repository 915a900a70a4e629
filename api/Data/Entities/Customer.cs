namespace SalesGraph.Data.Entities;

/// <summary>A customer company, distributor or agent, owned by one rep in one region.</summary>
public sealed class Customer : IHasId, IOwnedInRegion
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public CustomerKind Kind { get; set; }
    public required string Industry { get; set; }
    public int RegionId { get; set; }
    public Region? Region { get; set; }
    public int OwnerId { get; set; }
    public Staff? Owner { get; set; }
    public CustomerGrade Grade { get; set; }
    public CustomerStatus Status { get; set; }
    public CustomerSource Source { get; set; }
    public decimal CreditLimit { get; set; }
    public int PaymentTermDays { get; set; }
    public required string ContactPerson { get; set; }
    public required string Mobile { get; set; }
    public required string Address { get; set; }
    public string? DesignatedCarrier { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateOnly? FirstContractOn { get; set; }
    public string? ExternalId { get; set; }
    public int Version { get; set; }

    /// <summary>Visits, calls and complaints logged on the customer.</summary>
    public List<Activity> Activities { get; set; } = [];
}

public enum CustomerKind { Enterprise, Distributor, Agent }

public enum CustomerGrade { A, B, C }

public enum CustomerStatus { Prospect, Active, Dormant, Lost }

public enum CustomerSource { Exhibition, Referral, ColdVisit, Online, Agent }
