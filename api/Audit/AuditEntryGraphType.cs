using System.Globalization;
using GraphQL.Types;
using SalesGraph.Data.Entities;

namespace SalesGraph.Audit;

/// <summary>An audit log entry.</summary>
public sealed class AuditEntryGraphType : ObjectGraphType<AuditEntry>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Description = "One change to one object (审计): who, through which client, when, and the old and new values.";
        Field<IdGraphType>("id").Description("The entry's sequence number.").Resolve(c => c.Source.Id.ToString(CultureInfo.InvariantCulture));
        Field(a => a.At, nullable: true).Description("When (UTC).");
        Field(a => a.ActorName, nullable: true).Description("The username or client id that made the change.");
        Field(a => a.Client, nullable: true).Description("Through which client: spa, bi or integration.");
        Field(a => a.EntityType, nullable: true).Description("The kind of object, e.g. Contract, ContractLine, Invoice.");
        Field(a => a.EntityId, nullable: true).Description("The object's database id.");
        Field(a => a.Action, nullable: true).Description("The mutation and what it did to the object, e.g. approveContract:update.");
        Field(a => a.Changes, nullable: true).Description("JSON object { field: { old, new } }.");
    }
}
