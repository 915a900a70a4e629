using System.ComponentModel;

namespace SalesGraph.Data.Entities;

/// <summary>
/// An opportunity (商机) on a customer, owned by the customer's rep: it moves through the funnel LEAD → INTENTION →
/// QUOTE → WON (which drafts the contract) or LOST. Its rows are scoped through its customer.
/// </summary>
public sealed class Opportunity : IHasId
{
    public int Id { get; set; }
    public int CustomerId { get; set; }
    public Customer? Customer { get; set; }
    public int OwnerId { get; set; }
    public Staff? Owner { get; set; }
    public required string Title { get; set; }
    public OpportunityStage Stage { get; set; }
    public decimal ExpectedAmount { get; set; }
    public DateOnly ExpectedCloseOn { get; set; }
    public CustomerSource Source { get; set; }
    public string? LostReason { get; set; }

    /// <summary>
    /// The furthest stage it reached (LEAD, INTENTION, QUOTE or WON; a lost one keeps where it got to before it was
    /// lost): the funnel conversion counts an opportunity at every stage up to this one.
    /// </summary>
    public OpportunityStage FurthestStage { get; set; }

    /// <summary>The business day it was created: the funnel KPI books it in this month.</summary>
    public DateOnly CreatedOn { get; set; }

    /// <summary>The business day it was won or lost.</summary>
    public DateOnly? ClosedOn { get; set; }

    /// <summary>The contract draft a won opportunity created.</summary>
    public int? ContractId { get; set; }

    public Contract? Contract { get; set; }
    public DateTime StageChangedAt { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>The funnel's stages, in order. Stored by name.</summary>
[Description("Where an opportunity (商机) is in the funnel.")]
public enum OpportunityStage
{
    [Description("A lead (线索): a possible need, not yet confirmed.")]
    Lead,

    [Description("An intention (意向): the customer confirmed the need.")]
    Intention,

    [Description("A quote (报价) was given at the price policy's prices.")]
    Quote,

    [Description("Won (签约): a contract draft was created from it.")]
    Won,

    [Description("Lost (输单), with the reason.")]
    Lost,
}
