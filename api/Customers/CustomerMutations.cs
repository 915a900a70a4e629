using System.Globalization;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.Resolving.Writes;

using static SalesGraph.Customers.CustomerFile;

namespace SalesGraph.Customers;

/// <summary>
/// Customer files: create (with ERP upsert), update the descriptive fields, hand to a rep, change the grade, set credit
/// terms, deactivate. Each change bumps the version, the optimistic concurrency token.
/// </summary>
public sealed class CustomerMutations : IDeclaresMutations
{
    private const string Errors =
        " Input errors (VALIDATION, NOT_FOUND, CONFLICT, INVALID_TRANSITION) come in `errors` with the input path; " +
        "authorization failures are GraphQL errors with extensions.code AUTH_NOT_AUTHORIZED and extensions.field.";

    public IEnumerable<MutationDeclaration> Mutations =>
    [
        MutationDeclaration.Of<CreateCustomerInputGraphType, CreateCustomerInput>(
            "createCustomer", WriteRules.CustomerFile,
            "Creates a customer (director, manager, rep, support; integrations with customers:write). With an externalId already known, " +
            "updates that customer instead (upsert for the ERP)." + Errors,
            "customer", typeof(CustomerGraphType), CreateAsync, i => i.IdempotencyKey),
        MutationDeclaration.Of<UpdateCustomerInputGraphType, UpdateCustomerInput>(
            "updateCustomer", WriteRules.CustomerFile,
            "Changes a customer's descriptive fields at the version the client read (a customer in the caller's scope)." + Errors,
            "customer", typeof(CustomerGraphType), UpdateAsync),
        Step<AssignCustomerOwnerInputGraphType>("assignCustomerOwner", WriteRules.CustomerOwner,
            "Hands a customer to an active rep of its region or sub-regions (director; the manager of the customer's region).", AssignOwnerAsync),
        Step<ChangeCustomerGradeInputGraphType>("changeCustomerGrade", WriteRules.CustomerGrade,
            "Changes a customer's grade A/B/C directly (the director; a manager proposes with proposeGradeChange). The customer takes the new " +
            "grade's credit limit and payment term (creditPolicy) unless finance set its terms explicitly (creditOverride). A pending proposal " +
            "from the old grade becomes stale.", ChangeGradeAsync),
        Step<SetCustomerCreditInputGraphType>("setCustomerCredit", WriteRules.CustomerCredit,
            "Sets a customer's credit limit and payment term explicitly (director and finance only): they stay through grade changes " +
            "(creditOverride) until usePolicy: true gives the customer its grade's policy again.", SetCreditAsync),
        Step<DeactivateCustomerInputGraphType>("deactivateCustomer", WriteRules.CustomerDeactivation,
            "Marks a customer LOST (director; the manager of the customer's region); refused while it has open contracts.", DeactivateAsync),
    ];

    /// <summary>A step on one customer: loads it in the caller's scope at the client's version, then runs <paramref name="step"/>.</summary>
    private static MutationDeclaration<CustomerStepInput> Step<TInputGraphType>(
        string name, ActionRule rule, string description, Func<WriteUnit, Customer, CustomerStepInput, Task<MutationPayload>> step)
        where TInputGraphType : IInputObjectGraphType =>
        MutationDeclaration.Of<TInputGraphType, CustomerStepInput>(name, rule, description + Errors, "customer", typeof(CustomerGraphType),
            async (w, input) =>
            {
                var (customer, refused) = await LoadAsync(w, input.CustomerId, input.Version);
                return refused ?? await step(w, customer!, input);
            });

    // ── create / update ──────────────────────────────────────────────────────────────────────────────────────────

    private static async Task<MutationPayload> CreateAsync(WriteUnit w, CreateCustomerInput input)
    {
        var check = new InputCheck();
        check.Text(input.Name, 200, required: true, "input", "name");
        check.Text(input.Industry, 100, required: true, "input", "industry");
        check.Text(input.ContactPerson, 100, required: true, "input", "contactPerson");
        CheckMobile(check, input.Mobile);
        check.Text(input.Address, 300, required: true, "input", "address");
        check.Text(input.DesignatedCarrier, 200, required: false, "input", "designatedCarrier");
        check.Text(input.ExternalId, 100, required: false, "input", "externalId");
        var regionId = check.Id(input.RegionId, "Region", "input", "regionId");
        if (input.RegionId is not null && w.Caller.RegionId is not null)
        {
            check.Add(UserError.Validation("Your customers belong to your own region; a manager or the director can move them.", "input", "regionId"));
        }

        if (input.RegionId is null && w.Caller.RegionId is null)
        {
            check.Add(UserError.Validation("Your account has no region: name the region the customer belongs to.", "input", "regionId"));
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        if (input.ExternalId is { } externalId
            && await w.Db.Customers.FirstOrDefaultAsync(c => c.ExternalId == externalId, w.CancellationToken) is { } known)
        {
            // An ERP sending the same customer again updates it rather than creating a duplicate.
            if (!await w.Db.Scoped<Customer>(w.Caller).AnyAsync(c => c.Id == known.Id, w.CancellationToken))
            {
                return MutationPayload.Refused([UserError.Validation("This external id belongs to a customer outside your scope.", "input", "externalId")]);
            }

            Describe(known, input.Name, input.Kind, input.Industry, input.Source, input.ContactPerson, input.Mobile, input.Address, input.DesignatedCarrier);
            Touch(w, known);
            return MutationPayload.Ok(known);
        }

        var region = await w.Db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == (regionId ?? w.Caller.RegionId), w.CancellationToken);
        if (region is null || !region.IsActive)
        {
            return MutationPayload.Refused([UserError.NotFound("No active region with this id.", "input", "regionId")]);
        }

        int ownerId;
        if (w.Caller.Role == StaffRole.SalesRep && w.Caller.StaffId is { } me)
        {
            ownerId = me;
        }
        else if (region.ManagerId is { } manager)
        {
            ownerId = manager;
        }
        else
        {
            return MutationPayload.Refused([UserError.Validation("The region has no manager to hold the customer until a rep is assigned.", "input", "regionId")]);
        }

        var customer = new Customer
        {
            Code = await NextCodeAsync(w),
            Name = "",
            Industry = "",
            ContactPerson = "",
            Mobile = "",
            Address = "",
            RegionId = region.Id,
            OwnerId = ownerId,
            Grade = CustomerGrade.C,
            Status = CustomerStatus.Prospect,
            CreditLimit = 0m,
            PaymentTermDays = 0,
            CreatedAt = w.Now,
            ExternalId = input.ExternalId,
            Version = 1,
        };
        Describe(customer, input.Name, input.Kind, input.Industry, input.Source, input.ContactPerson, input.Mobile, input.Address, input.DesignatedCarrier);
        w.Db.Customers.Add(customer);
        return MutationPayload.Ok(customer);
    }

    private static async Task<MutationPayload> UpdateAsync(WriteUnit w, UpdateCustomerInput input)
    {
        var check = new InputCheck();
        if (input.Name is not null)
        {
            check.Text(input.Name, 200, required: true, "input", "name");
        }

        if (input.Industry is not null)
        {
            check.Text(input.Industry, 100, required: true, "input", "industry");
        }

        if (input.ContactPerson is not null)
        {
            check.Text(input.ContactPerson, 100, required: true, "input", "contactPerson");
        }

        if (input.Mobile is not null)
        {
            CheckMobile(check, input.Mobile);
        }

        if (input.Address is not null)
        {
            check.Text(input.Address, 300, required: true, "input", "address");
        }

        check.Text(input.DesignatedCarrier, 200, required: false, "input", "designatedCarrier");
        var (loaded, refused) = await LoadAsync(w, input.CustomerId, input.Version);
        if (refused is not null)
        {
            return refused;
        }

        var customer = loaded!;

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, customer);
        }

        Describe(customer, input.Name, input.Kind, input.Industry, input.Source, input.ContactPerson, input.Mobile, input.Address, input.DesignatedCarrier);
        Touch(w, customer);
        return MutationPayload.Ok(customer);
    }

    // ── steps ────────────────────────────────────────────────────────────────────────────────────────────────────

    private static async Task<MutationPayload> AssignOwnerAsync(WriteUnit w, Customer customer, CustomerStepInput input)
    {
        var check = new InputCheck();
        var ownerId = check.Id(input.OwnerId, "Staff", "input", "ownerId");
        if (ownerId is null)
        {
            return MutationPayload.Refused(check.Errors, customer);
        }

        var regionPath = await w.Db.Regions.Where(r => r.Id == customer.RegionId).Select(r => r.Path).FirstAsync(w.CancellationToken);
        var owner = await w.Db.Staff.AsNoTracking().Where(s => s.Id == ownerId)
            .Select(s => new { s.Id, s.Role, s.IsActive, RegionPath = s.Region == null ? null : s.Region.Path })
            .FirstOrDefaultAsync(w.CancellationToken);
        if (owner is null)
        {
            return MutationPayload.Refused([UserError.NotFound("No staff member with this id.", "input", "ownerId")], customer);
        }

        if (owner.Role != StaffRole.SalesRep || !owner.IsActive || owner.RegionPath is null || !owner.RegionPath.StartsWith(regionPath, StringComparison.Ordinal))
        {
            return MutationPayload.Refused([UserError.Validation("The owner must be an active sales rep of the customer's region or its sub-regions.", "input", "ownerId")], customer);
        }

        if (owner.Id == customer.OwnerId)
        {
            return MutationPayload.Refused([UserError.Validation("This rep already owns the customer.", "input", "ownerId")], customer);
        }

        customer.OwnerId = owner.Id;
        Touch(w, customer);
        return MutationPayload.Ok(customer);
    }

    private static async Task<MutationPayload> ChangeGradeAsync(WriteUnit w, Customer customer, CustomerStepInput input)
    {
        if (input.Grade is not { } grade)
        {
            return MutationPayload.Refused([UserError.Validation("Required.", "input", "grade")], customer);
        }

        if (grade == customer.Grade)
        {
            return MutationPayload.Refused([UserError.Validation($"The customer is already grade {grade}.", "input", "grade")], customer);
        }

        customer.Grade = grade;
        await Credit.CreditTerms.ApplyPolicyAsync(w.Db, customer, w.CancellationToken);
        Touch(w, customer);
        return MutationPayload.Ok(customer);
    }

    private static async Task<MutationPayload> SetCreditAsync(WriteUnit w, Customer customer, CustomerStepInput input)
    {
        var check = new InputCheck();
        if (input.UsePolicy == true)
        {
            check.That(input.CreditLimit is null && input.PaymentTermDays is null, "Either the grade's policy or explicit terms, not both.", "input", "usePolicy");
        }
        else
        {
            check.That(input.CreditLimit is not null || input.PaymentTermDays is not null, "Give a credit limit, a payment term or both.", "input");
        }

        check.Money(input.CreditLimit, allowZero: true, "input", "creditLimit");
        check.That(input.PaymentTermDays is not { } days || days is >= 0 and <= 365, "Between 0 and 365 days.", "input", "paymentTermDays");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, customer);
        }

        if (input.UsePolicy == true)
        {
            customer.CreditOverride = false;
            if (!await Credit.CreditTerms.ApplyPolicyAsync(w.Db, customer, w.CancellationToken))
            {
                return MutationPayload.Refused([UserError.Validation($"There is no credit policy for grade {customer.Grade}.", "input", "usePolicy")], customer);
            }
        }
        else
        {
            customer.CreditLimit = input.CreditLimit ?? customer.CreditLimit;
            customer.PaymentTermDays = input.PaymentTermDays ?? customer.PaymentTermDays;
            customer.CreditOverride = true;
        }

        Touch(w, customer);
        return MutationPayload.Ok(customer);
    }

    private static async Task<MutationPayload> DeactivateAsync(WriteUnit w, Customer customer, CustomerStepInput input)
    {
        if (customer.Status == CustomerStatus.Lost)
        {
            return MutationPayload.Refused([UserError.InvalidTransition("The customer is already LOST.", "input", "customerId")], customer);
        }

        var open = await w.Db.Contracts.CountAsync(
            c => c.CustomerId == customer.Id && c.Status != ContractStatus.Completed && c.Status != ContractStatus.Terminated && c.Status != ContractStatus.Rejected,
            w.CancellationToken);
        if (open > 0)
        {
            return MutationPayload.Refused(
                [UserError.InvalidTransition(string.Create(CultureInfo.InvariantCulture, $"The customer has {open} open contract(s); complete or terminate them first."), "input", "customerId")],
                customer);
        }

        customer.Status = CustomerStatus.Lost;
        Touch(w, customer);
        return MutationPayload.Ok(customer);
    }

    // ── helpers ──────────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>The customer in the caller's scope (else NOT_FOUND) at the expected version (else CONFLICT).</summary>
    private static Task<(Customer? Entity, MutationPayload? Refusal)> LoadAsync(WriteUnit w, string globalId, int? version) =>
        w.FindForStepAsync<Customer>(globalId, static q => q, c => c.Version, version, "input", "customerId");

    /// <summary>Records a change: a bumped version (the concurrency token). New customers keep version 1.</summary>
    private static void Touch(WriteUnit w, Customer customer)
    {
        if (w.Db.Entry(customer).State != EntityState.Added)
        {
            customer.Version++;
        }
    }
}
