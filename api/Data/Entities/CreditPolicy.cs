namespace SalesGraph.Data.Entities;

/// <summary>
/// The director's credit policy for one customer grade (客户等级评定 → 账额/账期, decision 030): the credit limit and payment
/// term a customer of the grade gets when it is graded, unless finance set its terms explicitly. One row per grade.
/// </summary>
public sealed class CreditPolicy : IHasId
{
    public int Id { get; set; }
    public CustomerGrade Grade { get; set; }

    /// <summary>The default credit limit (账额) in CNY.</summary>
    public decimal CreditLimit { get; set; }

    /// <summary>The default payment term (账期) in days.</summary>
    public int PaymentTermDays { get; set; }

    public int Version { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int? UpdatedById { get; set; }
    public Staff? UpdatedBy { get; set; }
}
