using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Billing;

/// <summary>Order to cash: issue invoices, record payments (one or many), confirm them (finance) and match them to invoices.</summary>
public sealed class BillingMutations : IDeclaresMutations
{
    /// <summary>The most shipments one invoice bills.</summary>
    public const int MaxShipmentsPerInvoice = 50;

    private const string Errors =
        " Input errors come in `errors` with the input path; authorization failures are GraphQL errors (AUTH_NOT_AUTHORIZED, extensions.field).";

    private static readonly MutationDeclaration<RecordPaymentInput> RecordPayment = MutationDeclaration.Of<RecordPaymentInputGraphType, RecordPaymentInput>(
        "recordPayment", WriteRules.PaymentRecording, "Records a payment received (finance, support, integrations with payments:write)." + Errors,
        "payment", typeof(PaymentGraphType), (w, input) => RecordAsync(w, input, ["input"]), i => i.IdempotencyKey);

    public IEnumerable<MutationDeclaration> Mutations =>
    [
        MutationDeclaration.Of<IssueInvoiceInputGraphType, IssueInvoiceInput>(
            "issueInvoice", WriteRules.Invoicing,
            "Finance issues an invoice against an ACTIVE contract: against delivered shipments of it (shipmentIds; never above what they leave to invoice: " +
            "OVER_INVOICED, NOT_DELIVERED, also when two race: CONFLICT), or, for a contract without shipments, against the contract as a whole." + Errors,
            "invoice", typeof(InvoiceGraphType), IssueAsync, i => i.IdempotencyKey),
        RecordPayment,
        MutationDeclaration.Of<VoidInvoiceInputGraphType, VoidInvoiceInput>(
            "voidInvoice", WriteRules.Invoicing,
            "Finance voids an invoice with nothing paid, applied or matched on it (else INVALID_TRANSITION: reverse the applications first); " +
            "a VOID invoice owes nothing, leaves the receivables and the amount falling due, and its amount can be invoiced again." + Errors,
            "invoice", typeof(InvoiceGraphType), VoidAsync),
        MutationDeclaration.Of<ConfirmPaymentInputGraphType, PaymentStepInput>(
            "confirmPayment", WriteRules.PaymentConfirmation, "Finance confirms a payment." + Errors, "payment", typeof(PaymentGraphType), ConfirmAsync),
        MutationDeclaration.Of<MatchPaymentInputGraphType, PaymentStepInput>(
            "matchPayment", WriteRules.PaymentMatching, "Matches a payment to an invoice of its contract (finance, support)." + Errors,
            "payment", typeof(PaymentGraphType), MatchAsync),
    ];

    public IEnumerable<MutationBatch> Batches =>
    [
        MutationBatch.Of<ImportPaymentsInputGraphType, ImportPaymentsInput, RecordPaymentInput>(
            "importPayments", RecordPayment,
            "Imports many payments in one call, each in its own transaction, and reports per item; idempotency keys and external ids apply per item.",
            "The payments.", ("ImportPaymentsPayload", "The result of importPayments, item by item."), "ImportedPaymentPayload",
            "One result per item, in input order: the payment or its errors (paths start at [\"input\", \"items\", i]).",
            input => input.Items, maxItems: 500, (w, item, i) => RecordAsync(w, item, ["input", "items", i])),
    ];

    private static async Task<MutationPayload> IssueAsync(WriteUnit w, IssueInvoiceInput input)
    {
        var check = new InputCheck();
        var contractId = check.Id(input.ContractId, "Contract", "input", "contractId");
        check.Money(input.Amount, allowZero: false, "input", "amount");
        List<int>? shipmentIds = null;
        if (input.ShipmentIds is { } given
            && check.That(given.Count is > 0 and <= MaxShipmentsPerInvoice, $"1 to {MaxShipmentsPerInvoice} shipments, or none for an invoice against the contract.", "input", "shipmentIds"))
        {
            shipmentIds = [];
            for (var i = 0; i < given.Count; i++)
            {
                if (check.Id(given[i], "Shipment", "input", "shipmentIds", i) is { } id
                    && check.That(!shipmentIds.Contains(id), "This shipment is already in the list.", "input", "shipmentIds", i))
                {
                    shipmentIds.Add(id);
                }
            }
        }

        check.That(input.TaxRate is not { } rate || Invoice.VatRates.Contains(rate), "The VAT rate is one of 0.13, 0.09, 0.06, 0.03, 0.01 and 0.", "input", "taxRate");
        check.That(input.BuyerTaxNumber is not { } taxNumber || IsTaxNumber(taxNumber), "A taxpayer number is 15 to 20 digits and capital letters.", "input", "buyerTaxNumber");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        var found = await w.FindInScopeAsync<Contract>(contractId!.Value, "input", "contractId");
        if (found.IsMissing)
        {
            return MutationPayload.Refused([found.Missing]);
        }

        var contract = found.Entity;

        if (contract.Status != ContractStatus.Active)
        {
            return MutationPayload.Refused([UserError.InvalidTransition($"Invoices are issued against ACTIVE contracts; this one is {contract.Status}.", "input", "contractId")]);
        }

        var invoiced = await w.Db.Invoices.Where(i => i.ContractId == contract.Id && i.Status != InvoiceStatus.Void).SumAsync(i => i.Amount, w.CancellationToken);
        if (invoiced + input.Amount > contract.AgreedTotal)
        {
            return MutationPayload.Refused([UserError.OverInvoiced($"Only {contract.AgreedTotal - invoiced:0.00} remains to be invoiced on this contract.", "input", "amount")]);
        }

        var billed = new List<InvoiceShipment>();
        if (shipmentIds is not null)
        {
            var (allocation, errors) = await AllocateAsync(w, contract, shipmentIds, input.Amount);
            if (errors.Count > 0)
            {
                return MutationPayload.Refused(errors);
            }

            billed = allocation;
        }

        var issuedOn = input.IssuedOn ?? w.Today;
        var invoice = new Invoice
        {
            Number = await DocumentNumbers.NextAsync(w, w.Db.Invoices.AsNoTracking(), i => i.Number, "FP", issuedOn.Year, w.CancellationToken),
            ContractId = contract.Id,
            Amount = input.Amount,
            IssuedOn = issuedOn,
            DueOn = issuedOn.AddDays(contract.PaymentTermDays),
            OpenAmount = input.Amount,
            Status = InvoiceStatus.Open,
            Version = 1,
            BuyerTaxNumber = input.BuyerTaxNumber,
        };
        invoice.ApplyVat(input.TaxRate ?? Invoice.VatRates[0]);
        invoice.Shipments.AddRange(billed);
        w.Db.Invoices.Add(invoice);
        return MutationPayload.Ok(invoice);
    }

    /// <summary>
    /// Spreads <paramref name="amount"/> over the shipments in the order given, each up to what it leaves to invoice
    /// (<see cref="ShipmentBilling"/>), and raises their invoiced amounts and versions: a concurrent invoice on one of them
    /// then fails on the version (CONFLICT) instead of billing the same goods twice.
    /// </summary>
    private static async Task<(List<InvoiceShipment> Allocation, List<UserError> Errors)> AllocateAsync(
        WriteUnit w, Contract contract, List<int> shipmentIds, decimal amount)
    {
        var errors = new List<UserError>();
        var shipments = await w.Db.Scoped<Shipment>(w.Caller).Where(s => shipmentIds.Contains(s.Id)).ToListAsync(w.CancellationToken);
        var returned = await ShipmentBilling.ReturnedAsync(w.Db, shipmentIds, w.CancellationToken);
        var invoiceable = new List<(Shipment Shipment, decimal Open)>();
        for (var i = 0; i < shipmentIds.Count; i++)
        {
            var shipment = shipments.FirstOrDefault(s => s.Id == shipmentIds[i]);
            object[] at = ["input", "shipmentIds", i];
            if (shipment is null)
            {
                errors.Add(UserError.NotFound("No shipment with this id in your scope.", at));
            }
            else if (shipment.ContractId != contract.Id)
            {
                errors.Add(UserError.Validation($"Shipment {shipment.NoticeNumber} ships another contract's goods.", at));
            }
            else if (shipment.Status != ShipmentStatus.Delivered)
            {
                errors.Add(UserError.NotDelivered($"Shipment {shipment.NoticeNumber} is {shipment.Status}; only delivered goods are invoiced.", at));
            }
            else if (ShipmentBilling.Invoiceable(shipment, returned.GetValueOrDefault(shipment.Id)) is var open && open <= 0)
            {
                errors.Add(UserError.OverInvoiced($"Shipment {shipment.NoticeNumber} is already invoiced in full.", at));
            }
            else
            {
                invoiceable.Add((shipment, open));
            }
        }

        var total = invoiceable.Sum(s => s.Open);
        if (errors.Count == 0 && amount > total)
        {
            errors.Add(UserError.OverInvoiced($"These shipments leave only {total:0.00} to invoice.", "input", "amount"));
        }

        if (errors.Count > 0)
        {
            return ([], errors);
        }

        var allocation = new List<InvoiceShipment>();
        var left = amount;
        foreach (var (shipment, open) in invoiceable)
        {
            var part = Math.Min(open, left);
            if (part <= 0)
            {
                break;
            }

            allocation.Add(new InvoiceShipment { ShipmentId = shipment.Id, Amount = part });
            shipment.InvoicedAmount += part;
            shipment.Version++;
            shipment.UpdatedAt = w.Now;
            left -= part;
        }

        return (allocation, errors);
    }

    private static bool IsTaxNumber(string text) => text.Length is >= 15 and <= 20 && text.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));

    private static async Task<MutationPayload> VoidAsync(WriteUnit w, VoidInvoiceInput input)
    {
        var check = new InputCheck();
        check.Text(input.Reason, 500, required: true, "input", "reason");
        var (invoice, refusal) = await w.FindForStepAsync<Invoice>(input.InvoiceId, q => q, i => i.Version, input.Version, "input", "invoiceId");
        if (refusal is not null)
        {
            return refusal;
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, invoice);
        }

        if (invoice!.Status == InvoiceStatus.Void)
        {
            return MutationPayload.Refused([UserError.InvoiceVoid("This invoice is already void.", "input", "invoiceId")], invoice);
        }

        if (invoice.PaidAmount != 0 || await w.Db.Payments.AnyAsync(p => p.InvoiceId == invoice.Id, w.CancellationToken))
        {
            return MutationPayload.Refused([UserError.InvalidTransition("Money is paid, applied or matched on this invoice; reverse it before voiding.", "input", "invoiceId")], invoice);
        }

        if (await w.Db.CreditNotes.AnyAsync(n => n.InvoiceId == invoice.Id, w.CancellationToken))
        {
            return MutationPayload.Refused([UserError.InvalidTransition("Credit notes reverse part of this invoice; it cannot be voided as well.", "input", "invoiceId")], invoice);
        }

        // The goods it billed can be invoiced again.
        foreach (var billed in await w.Db.InvoiceShipments.Include(l => l.Shipment).Where(l => l.InvoiceId == invoice.Id).ToListAsync(w.CancellationToken))
        {
            billed.Shipment!.InvoicedAmount -= billed.Amount;
            billed.Shipment.Version++;
            billed.Shipment.UpdatedAt = w.Now;
        }

        invoice.Void(w.Now, w.Today, input.Reason!.Trim());
        return MutationPayload.Ok(invoice);
    }

    private static async Task<MutationPayload> RecordAsync(WriteUnit w, RecordPaymentInput input, object[] at)
    {
        object[] P(params object[] rest) => [.. at, .. rest];
        var check = new InputCheck();
        var contractId = check.Id(input.ContractId, "Contract", P("contractId"));
        var invoiceId = check.Id(input.InvoiceId, "Invoice", P("invoiceId"));
        check.Money(input.Amount, allowZero: false, P("amount"));
        check.Text(input.ExternalId, 100, required: false, P("externalId"));
        check.That(input.ReceivedOn is not { } r || r <= w.Today, "A payment cannot be received in the future.", P("receivedOn"));
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        var found = await w.FindInScopeAsync<Contract>(contractId!.Value, q => q.AsNoTracking(), P("contractId"));
        if (found.IsMissing)
        {
            return MutationPayload.Refused([found.Missing]);
        }

        var contract = found.Entity;

        if (invoiceId is not null && !await w.Db.Invoices.AnyAsync(i => i.Id == invoiceId && i.ContractId == contract.Id, w.CancellationToken))
        {
            return MutationPayload.Refused([UserError.NotFound("No invoice with this id on this contract.", P("invoiceId"))]);
        }

        var payment = input.ExternalId is { } externalId
            ? await w.Db.Payments.FirstOrDefaultAsync(p => p.ExternalId == externalId, w.CancellationToken)
            : null;
        if (payment is not null)
        {
            // An ERP sending the same payment again: update it while unconfirmed, otherwise leave it as confirmed.
            if (payment.ConfirmedAt is not null || payment.ContractId != contract.Id)
            {
                return payment.ContractId == contract.Id && payment.Amount == input.Amount
                    ? MutationPayload.Ok(payment)
                    : MutationPayload.Refused([UserError.InvalidTransition("The payment with this external id is confirmed (or of another contract) and cannot change.", P("externalId"))], payment);
            }

            payment.Amount = input.Amount;
            payment.ReceivedOn = input.ReceivedOn ?? payment.ReceivedOn;
            payment.Method = input.Method;
            payment.InvoiceId = invoiceId ?? payment.InvoiceId;
            return MutationPayload.Ok(payment);
        }

        var receivedOn = input.ReceivedOn ?? w.Today;
        payment = new Payment
        {
            Number = await DocumentNumbers.NextAsync(w, w.Db.Payments.AsNoTracking(), p => p.Number, "SK", receivedOn.Year, w.CancellationToken),
            ContractId = contract.Id,
            InvoiceId = invoiceId,
            Amount = input.Amount,
            ReceivedOn = receivedOn,
            Method = input.Method,
            ExternalId = input.ExternalId,
        };
        w.Db.Payments.Add(payment);
        return MutationPayload.Ok(payment);
    }

    private static async Task<MutationPayload> ConfirmAsync(WriteUnit w, PaymentStepInput input)
    {
        var (payment, refused) = await LoadPaymentAsync(w, input.PaymentId);
        if (refused is not null)
        {
            return refused;
        }

        if (payment!.ConfirmedAt is not null)
        {
            return MutationPayload.Refused([UserError.InvalidTransition("This payment is already confirmed.", "input", "paymentId")], payment);
        }

        if (payment.InvoiceId is { } invoiceId)
        {
            var invoice = await w.Db.Invoices.FirstAsync(i => i.Id == invoiceId, w.CancellationToken);
            if (invoice.Status == InvoiceStatus.Void)
            {
                return MutationPayload.Refused([UserError.InvoiceVoid("The payment's invoice is void.", "input", "paymentId")], payment);
            }

            if (payment.Amount > invoice.OpenAmount)
            {
                return MutationPayload.Refused([UserError.Validation("The payment exceeds the invoice's open amount.", "input", "paymentId")], payment);
            }

            Apply(invoice, payment);
        }

        payment.ConfirmedAt = w.Now;
        payment.ConfirmedById = w.Caller.StaffId;
        return MutationPayload.Ok(payment);
    }

    private static async Task<MutationPayload> MatchAsync(WriteUnit w, PaymentStepInput input)
    {
        var check = new InputCheck();
        var invoiceId = check.Id(input.InvoiceId, "Invoice", "input", "invoiceId");
        var (payment, refused) = await LoadPaymentAsync(w, input.PaymentId);
        if (refused is not null)
        {
            return refused;
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, payment);
        }

        if (payment!.InvoiceId is not null)
        {
            return MutationPayload.Refused([UserError.InvalidTransition("This payment is already matched.", "input", "paymentId")], payment);
        }

        var invoice = await w.Db.Invoices.FirstOrDefaultAsync(i => i.Id == invoiceId && i.ContractId == payment.ContractId, w.CancellationToken);
        if (invoice is null)
        {
            return MutationPayload.Refused([UserError.NotFound("No invoice with this id on the payment's contract.", "input", "invoiceId")], payment);
        }

        if (invoice.Status == InvoiceStatus.Void)
        {
            return MutationPayload.Refused([UserError.InvoiceVoid("This invoice is void.", "input", "invoiceId")], payment);
        }

        if (payment.Amount > invoice.OpenAmount)
        {
            return MutationPayload.Refused([UserError.Validation("The payment exceeds the invoice's open amount.", "input", "invoiceId")], payment);
        }

        payment.InvoiceId = invoice.Id;
        if (payment.ConfirmedAt is not null)
        {
            Apply(invoice, payment);
        }

        return MutationPayload.Ok(payment);
    }

    /// <summary>A confirmed, matched payment reduces the receivable; the invoice is settled when paid in full.</summary>
    private static void Apply(Invoice invoice, Payment payment)
    {
        invoice.Settle(payment.Amount, payment.ReceivedOn);
        invoice.Version++;
    }

    private static async Task<(Payment? Payment, MutationPayload? Refused)> LoadPaymentAsync(WriteUnit w, string globalId)
    {
        var found = await w.FindInScopeAsync<Payment>(globalId, "input", "paymentId");
        return found.IsMissing ? (null, MutationPayload.Refused([found.Missing])) : (found.Entity, null);
    }
}
