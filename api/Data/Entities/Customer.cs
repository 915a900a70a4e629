using System.ComponentModel;

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

    /// <summary>Finance set the credit limit and term explicitly: a grade change keeps them instead of the policy's (decision 030).</summary>
    public bool CreditOverride { get; set; }
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

[Description("What kind of customer.")]
public enum CustomerKind
{
    [Description("A direct customer company (直销客户).")]
    Enterprise,

    [Description("A distributor (经销商), ordering repeatedly without new contracts.")]
    Distributor,

    [Description("An agent (代理商).")]
    Agent,
}

[Description("The customer's grade (客户等级), setting its credit and visit cadence.")]
public enum CustomerGrade
{
    [Description("A 战略客户: strategic, visited every two weeks.")]
    A,

    [Description("B 潜力客户: potential, called monthly.")]
    B,

    [Description("C 散户: occasional.")]
    C,
}

[Description("The customer's standing.")]
public enum CustomerStatus
{
    [Description("Not yet a buyer (潜在客户).")]
    Prospect,

    [Description("Buying (活跃).")]
    Active,

    [Description("Has not bought for a while (休眠).")]
    Dormant,

    [Description("Lost to a competitor or closed (流失).")]
    Lost,
}

[Description("How the customer was won (客户来源).")]
public enum CustomerSource
{
    [Description("At a trade fair (展会).")]
    Exhibition,

    [Description("Referred by another customer (转介绍).")]
    Referral,

    [Description("A cold visit (陌生拜访).")]
    ColdVisit,

    [Description("Online (网络).")]
    Online,

    [Description("Through an agent (代理商).")]
    Agent,
}
