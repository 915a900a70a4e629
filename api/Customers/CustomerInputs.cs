using GraphQL.Types;
using SalesGraph.Data.Entities;

namespace SalesGraph.Customers;

/// <summary>
/// Input of <c>createCustomer</c>. Owner, credit limit, payment term, grade and status are not inputs (so no client can
/// assign them in passing): a new customer is a grade-C prospect without credit, owned by its creator when a rep,
/// else by the region's manager until <c>assignCustomerOwner</c>.
/// </summary>
public sealed record CreateCustomerInput
{
    public string Name { get; init; } = "";
    public CustomerKind Kind { get; init; } = CustomerKind.Enterprise;
    public string Industry { get; init; } = "";
    public CustomerSource Source { get; init; }
    public string ContactPerson { get; init; } = "";
    public string Mobile { get; init; } = "";
    public string Address { get; init; } = "";
    public string? DesignatedCarrier { get; init; }
    public string? RegionId { get; init; }
    public string? ExternalId { get; init; }
    public string? IdempotencyKey { get; init; }
}

/// <summary>The <c>CreateCustomerInput</c> input type.</summary>
public sealed class CreateCustomerInputGraphType : InputObjectGraphType<CreateCustomerInput>
{
    public CreateCustomerInputGraphType()
    {
        Name = "CreateCustomerInput";
        Description =
            "A new customer: a grade-C prospect without credit (finance sets credit with setCustomerCredit). It belongs to the caller's region " +
            "and, for a rep, to the rep; otherwise to the region's manager until assignCustomerOwner.";
        Field(i => i.Name).Description("Company name, 1–200 characters.");
        Field(i => i.Kind, nullable: true).Description("Direct customer, distributor or agent; default ENTERPRISE.");
        Field(i => i.Industry).Description("Industry, 1–100 characters.");
        Field(i => i.Source).Description("How the customer was won.");
        Field(i => i.ContactPerson).Description("Contact person, 1–100 characters.");
        Field(i => i.Mobile).Description("Contact mobile: digits, spaces, '+' and '-', 5–32 characters.");
        Field(i => i.Address).Description("Address, 1–300 characters.");
        Field(i => i.DesignatedCarrier, nullable: true).Description("Designated carrier (指定托运单位), at most 200 characters.");
        Field(i => i.RegionId, type: typeof(IdGraphType))
            .Description("Only for callers without a region of their own (director, integrations): the region the customer belongs to. " +
                "Everyone else's customers belong to their own region; sending it is a VALIDATION error.");
        Field(i => i.ExternalId, nullable: true).Description("The customer's id in an ERP: an existing customer with this id is updated instead (upsert).");
        Field(i => i.IdempotencyKey, nullable: true).Description("A client key (1–100 characters): repeating it returns the first result instead of a duplicate.");
    }
}

/// <summary>Input of <c>updateCustomer</c>: the version read and only the descriptive fields to change.</summary>
public sealed record UpdateCustomerInput
{
    public string CustomerId { get; init; } = "";
    public int Version { get; init; }
    public string? Name { get; init; }
    public CustomerKind? Kind { get; init; }
    public string? Industry { get; init; }
    public CustomerSource? Source { get; init; }
    public string? ContactPerson { get; init; }
    public string? Mobile { get; init; }
    public string? Address { get; init; }
    public string? DesignatedCarrier { get; init; }
}

/// <summary>The <c>UpdateCustomerInput</c> input type.</summary>
public sealed class UpdateCustomerInputGraphType : InputObjectGraphType<UpdateCustomerInput>
{
    public UpdateCustomerInputGraphType()
    {
        Name = "UpdateCustomerInput";
        Description =
            "Changes to a customer's descriptive fields; omitted fields keep their values. Owner, grade and credit have their own mutations " +
            "(assignCustomerOwner, changeCustomerGrade, setCustomerCredit), region and status are not changed here.";
        Field(i => i.CustomerId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The customer's global id (in the caller's scope).");
        Field(i => i.Version).Description("The version the client read; a stale one fails with CONFLICT and writes nothing.");
        Field(i => i.Name, nullable: true).Description("Company name, 1–200 characters.");
        Field(i => i.Kind, nullable: true).Description("Direct customer, distributor or agent.");
        Field(i => i.Industry, nullable: true).Description("Industry, 1–100 characters.");
        Field(i => i.Source, nullable: true).Description("How the customer was won.");
        Field(i => i.ContactPerson, nullable: true).Description("Contact person, 1–100 characters.");
        Field(i => i.Mobile, nullable: true).Description("Contact mobile: digits, spaces, '+' and '-', 5–32 characters.");
        Field(i => i.Address, nullable: true).Description("Address, 1–300 characters.");
        Field(i => i.DesignatedCarrier, nullable: true).Description("Designated carrier; an empty string clears it.");
    }
}

/// <summary>Input of the customer steps (assign owner, change grade, set credit, deactivate).</summary>
public sealed record CustomerStepInput
{
    public string CustomerId { get; init; } = "";
    public int? Version { get; init; }
    public string? OwnerId { get; init; }
    public CustomerGrade? Grade { get; init; }
    public decimal? CreditLimit { get; init; }
    public int? PaymentTermDays { get; init; }
    public bool? UsePolicy { get; init; }
}

/// <summary>The common fields of the customer step inputs; each step has its own type, so steps can grow apart.</summary>
public abstract class CustomerStepInputGraphType : InputObjectGraphType<CustomerStepInput>
{
    protected CustomerStepInputGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Field(i => i.CustomerId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The customer's global id (in the caller's scope).");
        Field(i => i.Version, nullable: true).Description("The version the client read; when given and stale, the step fails with CONFLICT.");
    }
}

/// <summary><c>AssignCustomerOwnerInput</c>.</summary>
public sealed class AssignCustomerOwnerInputGraphType : CustomerStepInputGraphType
{
    public AssignCustomerOwnerInputGraphType()
        : base("AssignCustomerOwnerInput", "Hands a customer to a rep of its region.") =>
        Field(i => i.OwnerId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The new owner: an active sales rep of the customer's region or its sub-regions.");
}

/// <summary><c>ChangeCustomerGradeInput</c>.</summary>
public sealed class ChangeCustomerGradeInputGraphType : CustomerStepInputGraphType
{
    public ChangeCustomerGradeInputGraphType()
        : base("ChangeCustomerGradeInput", "Changes a customer's grade (A 战略客户, B 潜力客户, C 散户).") =>
        Field(i => i.Grade, type: typeof(NonNullGraphType<EnumerationGraphType<CustomerGrade>>)).Description("The new grade.");
}

/// <summary><c>SetCustomerCreditInput</c>.</summary>
public sealed class SetCustomerCreditInputGraphType : CustomerStepInputGraphType
{
    public SetCustomerCreditInputGraphType()
        : base("SetCustomerCreditInput", "Sets a customer's credit limit (账额) and payment term (账期).")
    {
        Field(i => i.CreditLimit, nullable: true).Description("Credit limit in CNY (not negative, 2 decimal places); omitted keeps it.");
        Field(i => i.PaymentTermDays, nullable: true).Description("Payment term in days (0–365); omitted keeps it.");
        Field(i => i.UsePolicy, nullable: true).Description("True: drop the explicit terms and give the customer its grade's credit policy (without creditLimit and paymentTermDays).");
    }
}

/// <summary><c>DeactivateCustomerInput</c>.</summary>
public sealed class DeactivateCustomerInputGraphType() : CustomerStepInputGraphType(
    "DeactivateCustomerInput", "Marks a customer LOST (no longer served); not while it has open contracts.");
