namespace SalesGraph.Data.Entities;

/// <summary>A login: a person (linked to a staff record) or a service client (BI, integration).</summary>
public sealed class Account : IHasId
{
    public int Id { get; set; }

    /// <summary>The username of a person, or the client id of a service account.</summary>
    public required string Username { get; set; }

    public required string SecretHash { get; set; }
    public StaffRole Role { get; set; }
    public bool IsService { get; set; }
    public int? StaffId { get; set; }
    public Staff? Staff { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>For integration clients: space-separated grants such as <c>payments:write</c>.</summary>
    public string? Grants { get; set; }
}
