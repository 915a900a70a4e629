namespace SalesGraph.Data.Entities;

/// <summary>An invoice (发票) issued against a contract; due on issue date + payment term.</summary>
public sealed class Invoice : IHasId
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public int ContractId { get; set; }
    public Contract? Contract { get; set; }
    public decimal Amount { get; set; }

    /// <summary>Sum of confirmed payments matched to this invoice, maintained in the same transaction as they are.</summary>
    public decimal PaidAmount { get; set; }

    public DateOnly IssuedOn { get; set; }
    public DateOnly DueOn { get; set; }

    /// <summary>The day the invoice was paid in full, if it was.</summary>
    public DateOnly? SettledOn { get; set; }
}
