using SalesGraph.Calendar;
using System.Text.Json;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.Data.Seeding;

namespace SalesGraph.UnitTests.Data.Seeding;

public sealed class DemoDataGeneratorTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    private static readonly DateOnly Yesterday = DemoDataFixture.Today.AddDays(-1);

    /// <summary>Today 00:00 in China, in UTC: nothing in the history may happen at or after it.</summary>
    private static readonly DateTime HistoryEnd = DemoDataFixture.Today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8);

    private InMemoryBulkWriter Data => fixture.Data;

    [Fact]
    public void TheSameSeedAndDayGiveTheSameDataRowForRow()
    {
        var options = new DemoDataOptions { Contracts = 1_500 };
        var first = Generate(options, DemoDataFixture.Today);
        var second = Generate(options, DemoDataFixture.Today);

        Assert.Equal(first.RowCounts, second.RowCounts);
        Assert.Equal(Snapshot(first), Snapshot(second));
    }

    [Fact]
    public void AnotherSeedGivesOtherData()
    {
        var first = Generate(new DemoDataOptions { Contracts = 1_500 }, DemoDataFixture.Today);
        var other = Generate(new DemoDataOptions { Contracts = 1_500, Seed = 7 }, DemoDataFixture.Today);

        Assert.NotEqual(Snapshot(first), Snapshot(other));
    }

    [Fact]
    public void TheDemoCompanyHasTheAdvertisedSize()
    {
        Assert.Equal(20_000, Data.Rows<Contract>().Count);
        Assert.Equal(2_000, Data.Rows<Customer>().Count);
        Assert.InRange(Data.Rows<Staff>().Count, 50, 70);
        Assert.InRange(Data.Rows<Product>().Count, 50, 70);
        Assert.Equal(Enum.GetValues<StaffRole>().Except([StaffRole.BiAnalyst, StaffRole.Integration]).Order(),
            Data.Rows<Staff>().Select(s => s.Role).Distinct().Order());
    }

    [Fact]
    public void RegionsAreFourMainRegionsWithTwoOrThreeAreasEachAndMaterializedPaths()
    {
        var regions = Data.Rows<Region>();
        var main = regions.Where(r => r.Level == 1).ToArray();

        Assert.Equal(["EAST", "NORTH", "SOUTH", "WEST"], main.Select(r => r.Code));
        Assert.Equal(["华东大区", "华北大区", "华南大区", "西部大区"], main.Select(r => r.Name));
        foreach (var region in main)
        {
            Assert.Equal($"/{region.Id}/", region.Path);
            var areas = regions.Where(r => r.ParentId == region.Id).ToArray();
            Assert.InRange(areas.Length, 2, 3);
            Assert.All(areas, a => Assert.Equal($"/{region.Id}/{a.Id}/", a.Path));
            Assert.All(areas, a => Assert.StartsWith(region.Code + "-", a.Code, StringComparison.Ordinal));
            Assert.All(areas, a => Assert.Equal(2, a.Level));
        }

        var managers = Data.Rows<Staff>().ToDictionary(s => s.Id);
        Assert.All(regions, r => Assert.Equal(StaffRole.RegionalManager, managers[r.ManagerId!.Value].Role));
    }

    [Fact]
    public void CustomerGradesAreAboutOneTenthAThreeTenthsBAndSixTenthsC()
    {
        var customers = Data.Rows<Customer>();
        double Share(CustomerGrade grade) => customers.Count(c => c.Grade == grade) / (double)customers.Count;

        Assert.InRange(Share(CustomerGrade.A), 0.07, 0.13);
        Assert.InRange(Share(CustomerGrade.B), 0.26, 0.34);
        Assert.InRange(Share(CustomerGrade.C), 0.55, 0.65);
        Assert.Contains(customers, c => c.Kind == CustomerKind.Distributor);
        Assert.Contains(customers, c => c.Kind == CustomerKind.Agent);
        Assert.All(customers, c => Assert.Matches("^138[0-9]{8}$", c.Mobile));
        Assert.All(customers, c => Assert.EndsWith("公司", c.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void CustomersGetTheCreditLimitAndPaymentTermOfTheirGrade()
    {
        foreach (var group in Data.Rows<Customer>().GroupBy(c => c.Grade))
        {
            Assert.Single(group.Select(c => (c.CreditLimit, c.PaymentTermDays)).Distinct());
        }

        var byGrade = Data.Rows<Customer>().GroupBy(c => c.Grade).ToDictionary(g => g.Key, g => g.First().CreditLimit);
        Assert.True(byGrade[CustomerGrade.A] > byGrade[CustomerGrade.B] && byGrade[CustomerGrade.B] > byGrade[CustomerGrade.C]);
    }

    [Fact]
    public void ProductsCostLessThanTheirListPrice()
    {
        Assert.All(Data.Rows<Product>(), p => Assert.InRange(p.UnitCost, 0.01m, p.ListPrice - 0.01m));
        Assert.InRange(Data.Rows<Product>().Select(p => p.ProductLine).Distinct().Count(), 4, 10);
    }

    [Fact]
    public void ContractTotalsAreComputedFromTheirLines()
    {
        var lines = Data.Rows<ContractLine>().ToLookup(l => l.ContractId);
        foreach (var contract in Data.Rows<Contract>())
        {
            var own = lines[contract.Id].ToArray();
            Assert.InRange(own.Length, 1, 5);
            Assert.Equal(Enumerable.Range(1, own.Length), own.Select(l => l.LineNo));
            Assert.Equal(own.Sum(l => l.Quantity * l.ListUnitPrice), contract.ListTotal);
            Assert.Equal(own.Sum(l => l.Quantity * l.AgreedUnitPrice), contract.AgreedTotal);
            Assert.Equal(own.Sum(l => l.Quantity * l.UnitCost), contract.CostTotal);
            Assert.Equal(contract.ListTotal - contract.AgreedTotal, contract.DiscountAmount);
            Assert.Equal(Math.Round(contract.DiscountAmount / contract.ListTotal, 4), contract.DiscountRate);
        }
    }

    [Fact]
    public void DiscountsAreMostlySmallWithSomeLargeOnes()
    {
        var rates = Data.Rows<Contract>().Select(c => c.DiscountRate).ToArray();

        Assert.True(rates.Count(r => r <= 0.10m) > rates.Length * 0.7);
        Assert.Contains(rates, r => r >= 0.20m);
    }

    [Fact]
    public void AContractsStatusAndVersionFollowFromItsHistory()
    {
        var events = Data.Rows<ContractEvent>().ToLookup(e => e.ContractId);
        foreach (var contract in Data.Rows<Contract>())
        {
            var history = events[contract.Id].ToArray();
            Assert.Equal(ContractEventKind.Created, history[0].Kind);
            Assert.Equal(contract.CreatedAt, history[0].At);
            Assert.Equal(contract.Status, history[^1].ToStatus);
            Assert.Equal(contract.UpdatedAt, history[^1].At);
            Assert.Equal(history.Length, contract.Version);
            for (var i = 1; i < history.Length; i++)
            {
                Assert.Equal(history[i - 1].ToStatus, history[i].FromStatus);
                Assert.True(history[i].At >= history[i - 1].At);
            }

            Assert.Equal(history.Any(e => e.ToStatus == ContractStatus.Approved), contract.SignedOn is not null);
            Assert.Equal(contract.Status == ContractStatus.Terminated, contract.TerminationReason is not null);
        }
    }

    [Fact]
    public void PastContractsAreMostlyCompletedOrActiveAndRecentOnesIncludeEveryOpenStatus()
    {
        var contracts = Data.Rows<Contract>();
        var old = contracts.Where(c => c.CreatedAt < HistoryEnd.AddDays(-120)).ToArray();
        var recent = contracts.Where(c => c.CreatedAt >= HistoryEnd.AddDays(-45)).ToArray();

        Assert.True(old.Count(c => c.Status is ContractStatus.Completed or ContractStatus.Active) > old.Length * 0.9);
        foreach (var status in new[] { ContractStatus.Draft, ContractStatus.PendingApproval, ContractStatus.Rejected, ContractStatus.Terminated, ContractStatus.Active })
        {
            Assert.Contains(recent, c => c.Status == status);
        }
    }

    [Fact]
    public void ApprovalsAreGivenAtTheLevelTheDiscountLadderRequires()
    {
        var staff = Data.Rows<Staff>().ToDictionary(s => s.Id);
        var contracts = Data.Rows<Contract>().ToDictionary(c => c.Id);
        var approvals = Data.Rows<ContractEvent>().Where(e => e.Kind == ContractEventKind.Approved && e.ToStatus == ContractStatus.Approved).ToArray();
        Assert.NotEmpty(approvals);
        foreach (var approval in approvals)
        {
            var contract = contracts[approval.ContractId];
            var expected = contract.DiscountAmount > 200_000m || contract.AgreedTotal >= 1_000_000m ? ApprovalLevel.Director
                : contract.DiscountAmount >= 50_000m ? ApprovalLevel.Manager : ApprovalLevel.Rep;
            Assert.Equal(expected, approval.ApprovalLevel);
            var approver = staff[approval.ActorId!.Value];
            Assert.Equal(expected switch
            {
                ApprovalLevel.Director => StaffRole.Director,
                ApprovalLevel.Manager => StaffRole.RegionalManager,
                _ => StaffRole.SalesRep,
            }, approver.Role);
            if (expected == ApprovalLevel.Rep)
            {
                Assert.Equal(contract.OwnerId, approver.Id);
            }
        }

        Assert.Contains(approvals, a => a.ApprovalLevel == ApprovalLevel.Manager);
        Assert.Contains(approvals, a => a.ApprovalLevel == ApprovalLevel.Director);
        Assert.Contains(Data.Rows<ContractEvent>(), e => e.ApprovalLevel == ApprovalLevel.Finance && staff[e.ActorId!.Value].Role == StaffRole.Finance);
    }

    [Fact]
    public void InvoicesArePaidExactlyByTheirPaymentsAndFallDueAfterThePaymentTerm()
    {
        var contracts = Data.Rows<Contract>().ToDictionary(c => c.Id);
        var payments = Data.Rows<Payment>().ToLookup(p => p.InvoiceId);
        foreach (var invoice in Data.Rows<Invoice>())
        {
            var own = payments[invoice.Id].ToArray();
            Assert.Equal(own.Sum(p => p.Amount), invoice.PaidAmount);
            Assert.True(invoice.PaidAmount <= invoice.Amount);
            Assert.Equal(invoice.IssuedOn.AddDays(contracts[invoice.ContractId].PaymentTermDays), invoice.DueOn);
            Assert.Equal(invoice.PaidAmount == invoice.Amount ? own.Max(p => p.ReceivedOn) : null, invoice.SettledOn);
            Assert.All(own, p => Assert.Equal(invoice.ContractId, p.ContractId));
            Assert.All(own, p => Assert.True(p.ReceivedOn >= invoice.IssuedOn));
        }

        var invoiced = Data.Rows<Invoice>().GroupBy(i => i.ContractId).ToDictionary(g => g.Key, g => g.Sum(i => i.Amount));
        Assert.All(invoiced, pair => Assert.True(pair.Value <= contracts[pair.Key].AgreedTotal));
    }

    [Fact]
    public void EveryPaymentAppliesAReceiptOfTheInvoicesCustomerSomeReceiptsLeavePrepaymentsAndSomeInvoicesArePartlyPaid()
    {
        var contracts = Data.Rows<Contract>().ToDictionary(c => c.Id);
        var receipts = Data.Rows<Receipt>().ToDictionary(r => r.Id);
        var applied = Data.Rows<Payment>().ToLookup(p => p.ReceiptId);
        Assert.All(Data.Rows<Payment>(), p => Assert.Equal(contracts[p.ContractId].CustomerId, receipts[p.ReceiptId!.Value].CustomerId));
        Assert.All(receipts.Values, r =>
        {
            Assert.Equal(applied[r.Id].Sum(p => p.Amount), r.AppliedAmount);
            Assert.True(r.AppliedAmount <= r.Amount);
        });
        Assert.InRange(receipts.Values.Count(r => r.AppliedAmount < r.Amount), 10, receipts.Count / 20);
        Assert.All(Data.Rows<Invoice>(), i =>
        {
            Assert.Equal(i.Amount - i.PaidAmount, i.OpenAmount);
            Assert.Equal(i.PaidAmount == 0 ? InvoiceStatus.Open : i.PaidAmount == i.Amount ? InvoiceStatus.Paid : InvoiceStatus.PartlyPaid, i.Status);
            Assert.Equal((0.13m, i.Amount), (i.TaxRate, i.NetAmount + i.TaxAmount));
            Assert.Equal(Math.Round(i.Amount / 1.13m, 2, MidpointRounding.AwayFromZero), i.NetAmount);
        });
        Assert.Contains(Data.Rows<Invoice>(), i => i.Status == InvoiceStatus.PartlyPaid);
    }

    [Fact]
    public void MostPaymentsAreOnTimeSomeLateAndSomeInvoicesAreStillOverdue()
    {
        var invoices = Data.Rows<Invoice>().ToDictionary(i => i.Id);
        var payments = Data.Rows<Payment>();
        var late = payments.Count(p => p.ReceivedOn > invoices[p.InvoiceId!.Value].DueOn);

        Assert.True(late > 0 && late < payments.Count * 0.25);
        Assert.Contains(invoices.Values, i => i.SettledOn is null && i.DueOn < DemoDataFixture.Today);
        Assert.All(payments, p => Assert.NotNull(p.ConfirmedById));
    }

    [Fact]
    public void ShipmentsMostlyLeaveWithinThreeDaysOfTheFirstPayment()
    {
        var firstPayment = Data.Rows<Payment>().GroupBy(p => p.ContractId).ToDictionary(g => g.Key, g => g.Min(p => p.ReceivedOn));
        var shipped = Data.Rows<Shipment>().Where(s => s.ShippedOn is not null && s.ContractId is not null).ToArray();
        var onTime = shipped.Count(s => s.ShippedOn!.Value.DayNumber - firstPayment[s.ContractId!.Value].DayNumber <= 3);

        Assert.All(shipped, s => Assert.True(s.ShippedOn >= firstPayment[s.ContractId!.Value]));
        Assert.InRange(onTime / (double)shipped.Length, 0.8, 0.97);
        // The notice records its own due day (released when the deposit or payment arrived), so the KPI reads the events.
        Assert.All(shipped, s => Assert.Equal(firstPayment[s.ContractId!.Value].AddDays(3), s.ShipDueOn));
        Assert.Equal(onTime, shipped.Count(s => s.ShippedOn <= s.ShipDueOn));
        Assert.All(shipped.Where(s => s.DeliveredOn is not null), s => Assert.True(s.DeliveredOn > s.ShippedOn));
    }

    [Fact]
    public void NoticesOfGoodsBeyondTheDepositCarryTheApprovalsTheyNeeded()
    {
        var approvals = Data.Rows<ShipmentApproval>().GroupBy(a => a.ShipmentId).ToDictionary(g => g.Key, g => g.Select(a => a.SignOff).ToHashSet());
        var shipments = Data.Rows<Shipment>().ToArray();
        Assert.Contains(shipments, s => s.NeedsApproval);
        Assert.Contains(shipments, s => !s.NeedsApproval);
        Assert.All(shipments, s => Assert.Equal(s.NeedsApproval, s.UnpaidAmount > 0));
        Assert.All(shipments.Where(s => s.NeedsApproval && s.Status != ShipmentStatus.AwaitingApproval), s =>
        {
            Assert.Contains(DeliveryNoticeSignOff.Finance, approvals[s.Id]);
            Assert.Contains(DeliveryNoticeSignOff.Sales, approvals[s.Id]);
            Assert.Equal(s.NeedsDirectorApproval, approvals[s.Id].Contains(DeliveryNoticeSignOff.Director));
        });
        Assert.All(shipments.Where(s => !s.NeedsApproval), s => Assert.False(approvals.ContainsKey(s.Id)));
    }

    [Fact]
    public void RepeatOrdersShipInFullOrInPartNeverBeyondTheOrderAndMostlyOnTime()
    {
        var orders = Data.Rows<SalesOrder>().Where(o => o.ContractId is null).ToDictionary(o => o.Id);
        var lines = Data.Rows<SalesOrderLine>().Where(l => orders.ContainsKey(l.SalesOrderId)).ToDictionary(l => l.Id);
        var notices = Data.Rows<Shipment>().Where(s => s.ContractId is null).ToArray();
        var noticed = Data.Rows<ShipmentLine>().Where(l => l.SalesOrderLineId is { } id && lines.ContainsKey(id))
            .GroupBy(l => l.SalesOrderLineId!.Value).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));

        Assert.All(noticed, n => Assert.InRange(n.Value, 1, lines[n.Key].Quantity));
        Assert.All(notices, s => Assert.Equal(orders[s.SalesOrderId!.Value].CustomerId, s.CustomerId));
        Assert.Contains(orders.Values, o => o.Status == SalesOrderStatus.PartlyShipped);
        Assert.Contains(notices, s => s.Status == ShipmentStatus.AwaitingApproval);
        var shipped = notices.Where(s => s.ShippedOn is not null).ToArray();
        Assert.All(shipped, s => Assert.Contains(orders[s.SalesOrderId!.Value].Status, new[] { SalesOrderStatus.PartlyShipped, SalesOrderStatus.Shipped }));
        Assert.InRange(shipped.Count(s => s.ShippedOn <= s.ShipDueOn) / (double)shipped.Length, 0.8, 0.97);
        Assert.True(orders.Values.Count(o => o.Status == SalesOrderStatus.Shipped) > orders.Values.Count(o => o.Status == SalesOrderStatus.PartlyShipped));
    }

    [Fact]
    public void ACustomersFirstContractDateIsItsEarliestSignedContract()
    {
        var firstSigned = Data.Rows<Contract>().Where(c => c.SignedOn is not null)
            .GroupBy(c => c.CustomerId).ToDictionary(g => g.Key, g => g.Min(c => c.SignedOn));
        foreach (var customer in Data.Rows<Customer>())
        {
            Assert.Equal(firstSigned.GetValueOrDefault(customer.Id), customer.FirstContractOn);
            Assert.True(customer.FirstContractOn is null || DateOnly.FromDateTime(customer.CreatedAt) <= customer.FirstContractOn);
        }
    }

    [Fact]
    public void ContractsBelongToTheirCustomersOwnerAndArea()
    {
        var customers = Data.Rows<Customer>().ToDictionary(c => c.Id);
        var staff = Data.Rows<Staff>().ToDictionary(s => s.Id);
        Assert.All(Data.Rows<Contract>(), c =>
        {
            Assert.Equal(customers[c.CustomerId].OwnerId, c.OwnerId);
            Assert.Equal(customers[c.CustomerId].RegionId, c.RegionId);
            Assert.Equal(staff[c.OwnerId].RegionId, c.RegionId);
        });
    }

    [Fact]
    public void EveryTargetsChildrenSumExactlyToIt()
    {
        var targets = Data.Rows<Target>();
        var children = targets.ToLookup(t => t.ParentId);
        foreach (var parent in targets.Where(t => children[t.Id].Any()))
        {
            var own = children[parent.Id].ToArray();
            Assert.Equal(parent.SalesAmount, own.Sum(c => c.SalesAmount));
            Assert.Equal(parent.CollectionAmount, own.Sum(c => c.CollectionAmount));
            Assert.Equal(parent.NewCustomers, own.Sum(c => c.NewCustomers));
            Assert.All(own, c => Assert.Equal(parent.Year, c.Year));
        }

        Assert.All(targets, t => Assert.True(t.SalesAmount >= 0 && t.CollectionAmount >= 0 && t.NewCustomers >= 0));
    }

    [Fact]
    public void TargetsFormCompanyRegionRepQuarterMonthTreesPerYear()
    {
        var targets = Data.Rows<Target>();
        var byId = targets.ToDictionary(t => t.Id);
        var reps = Data.Rows<Staff>().Count(s => s.Role == StaffRole.SalesRep);
        var years = targets.Select(t => t.Year).Distinct().Order().ToArray();

        Assert.Equal([2024, 2025, 2026], years);
        foreach (var year in years)
        {
            var ofYear = targets.Where(t => t.Year == year).ToArray();
            Assert.Single(ofYear, t => t.Scope == TargetScope.Company && t.ParentId is null && t.Quarter is null && t.Month is null);
            Assert.Equal(4, ofYear.Count(t => t.Scope == TargetScope.Region && byId[t.ParentId!.Value].Scope == TargetScope.Company));
            Assert.Equal(reps, ofYear.Count(t => t.Scope == TargetScope.Staff && t.Quarter is null));
            Assert.Equal(reps * 4, ofYear.Count(t => t.Scope == TargetScope.Staff && t.Quarter is not null && t.Month is null));
            Assert.Equal(reps * 12, ofYear.Count(t => t.Scope == TargetScope.Staff && t.Month is not null));
        }

        Assert.All(targets.Where(t => t.Month is not null), m =>
        {
            var quarter = byId[m.ParentId!.Value];
            Assert.Equal(quarter.Quarter, ((m.Month - 1) / 3) + 1);
            Assert.Equal(quarter.StaffId, m.StaffId);
            Assert.Null(byId[quarter.ParentId!.Value].Quarter);
        });
    }

    [Fact]
    public void ActivitiesAreVisitsAndCallsAndComplaintsAreMostlyAnsweredWithinTwoHoursSomeStillOverdue()
    {
        var activities = Data.Rows<Activity>();
        Assert.Contains(activities, a => a.Kind == ActivityKind.Visit);
        Assert.Contains(activities, a => a.Kind == ActivityKind.Call);
        Assert.DoesNotContain(activities, a => a.Kind == ActivityKind.Complaint);

        var complaints = Data.Rows<Complaint>();
        Assert.NotEmpty(complaints);
        var answered = complaints.Where(c => c.AnsweredAt is not null).ToArray();
        Assert.InRange(answered.Count(c => c.AnsweredAt <= c.AnswerDueAt) / (double)answered.Length, 0.75, 0.95);
        Assert.All(complaints, c => Assert.Equal(c.ReceivedAt.AddHours(2), c.AnswerDueAt));
        Assert.Contains(complaints, c => c.Status == ComplaintStatus.Open && c.AnswerDueAt < HistoryEnd);
        Assert.Contains(complaints, c => c.Status == ComplaintStatus.Forwarded && c.ForwardedToId is not null);
        Assert.Contains(complaints, c => c.Status == ComplaintStatus.Resolved && c.Resolution is not null);
        Assert.All(complaints, c => Assert.Equal(c.Status == ComplaintStatus.Open, c.AnsweredAt is null));
        Assert.Equal(complaints.Count, complaints.Select(c => c.Number).Distinct().Count());
    }

    [Fact]
    public void TheFunnelHasEveryRepsOpportunitiesAtEveryStageWonOnesLinkedToTheirContractsLostOnesWithAReason()
    {
        var opportunities = Data.Rows<Opportunity>();
        var customers = Data.Rows<Customer>().ToDictionary(c => c.Id);
        var contracts = Data.Rows<Contract>().ToDictionary(c => c.Id);
        Assert.All(Enum.GetValues<OpportunityStage>(), stage => Assert.Contains(opportunities, o => o.Stage == stage));
        Assert.All(Enum.GetValues<CustomerSource>(), source => Assert.Contains(opportunities, o => o.Source == source));
        Assert.All(opportunities, o => Assert.Equal(customers[o.CustomerId].OwnerId, o.OwnerId));
        var reps = Data.Rows<Staff>().Where(s => s.Role == StaffRole.SalesRep && s.IsActive).Select(s => s.Id).ToHashSet();
        Assert.All(reps, rep => Assert.Contains(opportunities, o => o.OwnerId == rep && o.Stage is OpportunityStage.Lead or OpportunityStage.Intention or OpportunityStage.Quote));

        var won = opportunities.Where(o => o.Stage == OpportunityStage.Won).ToArray();
        Assert.All(won, o =>
        {
            var contract = contracts[Assert.NotNull(o.ContractId)];
            Assert.Equal(o.CustomerId, contract.CustomerId);
            Assert.Equal(o.ClosedOn, DateOnly.FromDateTime(contract.CreatedAt.AddHours(8)));
            Assert.Equal(OpportunityStage.Won, o.FurthestStage);
        });
        Assert.Equal(won.Length, won.Select(o => o.ContractId).Distinct().Count());
        var lost = opportunities.Where(o => o.Stage == OpportunityStage.Lost).ToArray();
        Assert.All(lost, o => Assert.False(string.IsNullOrWhiteSpace(o.LostReason)));
        Assert.All(lost, o => Assert.True(o.FurthestStage < OpportunityStage.Won && o.ClosedOn >= o.CreatedOn && o.ClosedOn <= Yesterday));
        Assert.InRange(won.Length / (double)(won.Length + lost.Length), 0.3, 0.7);
        Assert.All(opportunities.Where(o => o.Stage < OpportunityStage.Won), o => Assert.True(o.ClosedOn is null && o.ContractId is null && o.FurthestStage == o.Stage));
        Assert.Contains(opportunities, o => o.Stage < OpportunityStage.Won && o.ExpectedCloseOn > DemoDataFixture.Today);
        Assert.All(opportunities, o => Assert.True(o.CreatedAt < HistoryEnd && o.UpdatedAt < HistoryEnd && o.CreatedOn <= Yesterday && o.ExpectedAmount >= 1_000m));
    }

    [Fact]
    public void NothingInTheHistoryHappensOnOrAfterToday()
    {
        Assert.All(Data.Rows<ContractEvent>(), e => Assert.True(e.At < HistoryEnd));
        Assert.All(Data.Rows<Contract>(), c => Assert.True(c.CreatedAt >= HistoryEnd.AddYears(-3).AddDays(-1) && c.UpdatedAt < HistoryEnd));
        Assert.All(Data.Rows<Payment>(), p => Assert.True(p.ReceivedOn <= Yesterday && p.ConfirmedAt < HistoryEnd));
        Assert.All(Data.Rows<Invoice>(), i => Assert.True(i.IssuedOn <= Yesterday));
        Assert.All(Data.Rows<Shipment>(), s => Assert.True(s.ShippedOn is null || s.ShippedOn <= Yesterday));
        Assert.All(Data.Rows<Activity>(), a => Assert.True(a.OccurredAt < HistoryEnd && (a.AnsweredAt is null || a.AnsweredAt < HistoryEnd)));
        Assert.All(Data.Rows<Complaint>(), c => Assert.True(c.ReceivedAt < HistoryEnd && (c.AnsweredAt ?? c.ReceivedAt) < HistoryEnd && (c.ResolvedAt ?? c.ReceivedAt) < HistoryEnd));
        Assert.All(Data.Rows<Customer>(), c => Assert.True(c.CreatedAt < HistoryEnd));
    }

    [Fact]
    public void EveryDemoAccountExistsAndAcceptsTheDevelopmentPassword()
    {
        var accounts = Data.Rows<Account>().ToDictionary(a => a.Username);

        Assert.Equal(DemoDataGenerator.DemoUsernames.Order(), accounts.Keys.Order());
        Assert.All(accounts.Values, a => Assert.True(SecretHasher.Verify("SalesGraph!2026", a.SecretHash), a.Username));
        Assert.All(accounts.Values, a => Assert.StartsWith("pbkdf2-sha256$", a.SecretHash, StringComparison.Ordinal));
    }

    [Fact]
    public void PeopleAccountsAreLinkedToStaffOfTheMatchingRoleAndRegion()
    {
        var accounts = Data.Rows<Account>().ToDictionary(a => a.Username);
        var staff = Data.Rows<Staff>().ToDictionary(s => s.Id);
        var regions = Data.Rows<Region>().ToDictionary(r => r.Id);
        StaffRole RoleOf(string username) => staff[accounts[username].StaffId!.Value].Role;
        string RegionOf(string username) => regions[staff[accounts[username].StaffId!.Value].RegionId!.Value].Code;

        Assert.Equal(StaffRole.Director, RoleOf("director"));
        Assert.Equal(StaffRole.Finance, RoleOf("finance"));
        Assert.Equal(StaffRole.Admin, RoleOf("admin"));
        foreach (var region in new[] { "east", "north", "south", "west" })
        {
            Assert.Equal(StaffRole.RegionalManager, RoleOf($"manager.{region}"));
            Assert.Equal(region.ToUpperInvariant(), RegionOf($"manager.{region}"));
        }

        Assert.Equal(StaffRole.SalesSupport, RoleOf("support.east"));
        Assert.Equal("EAST", RegionOf("support.east"));
        Assert.Equal("NORTH", RegionOf("support.north"));
        Assert.StartsWith("NORTH-", RegionOf("rep.north.1"), StringComparison.Ordinal);
        foreach (var rep in new[] { "rep.east.1", "rep.east.2" })
        {
            Assert.Equal(StaffRole.SalesRep, RoleOf(rep));
            Assert.StartsWith("EAST-", RegionOf(rep), StringComparison.Ordinal);
            Assert.Contains(Data.Rows<Customer>(), c => c.OwnerId == accounts[rep].StaffId);
        }

        Assert.All(accounts.Values.Where(a => !a.IsService), a => Assert.Equal(staff[a.StaffId!.Value].Role, a.Role));
    }

    [Fact]
    public void ServiceClientsAreBiAndErpWithTheErpGrants()
    {
        var accounts = Data.Rows<Account>().ToDictionary(a => a.Username);

        Assert.True(accounts["bi"].IsService);
        Assert.Equal(StaffRole.BiAnalyst, accounts["bi"].Role);
        Assert.Null(accounts["bi"].StaffId);
        Assert.True(accounts["erp"].IsService);
        Assert.Equal(StaffRole.Integration, accounts["erp"].Role);
        Assert.Equal("orders:read orders:write payments:write shipments:write customers:write", accounts["erp"].Grants);
        Assert.Equal((StaffRole.Integration, true, "production:read"), (accounts["planning"].Role, accounts["planning"].IsService, accounts["planning"].Grants));
    }

    private static InMemoryBulkWriter Generate(DemoDataOptions options, DateOnly today)
    {
        var writer = new InMemoryBulkWriter();
        new DemoDataGenerator(options).Generate(today, BusinessTimeZone.Default, writer);
        return writer;
    }

    /// <summary>Every row as JSON, salted hashes blanked (their salt is random by design).</summary>
    private static string[] Snapshot(InMemoryBulkWriter data)
    {
        IEnumerable<string> Rows<T>()
            where T : class => data.Rows<T>().Select(r => JsonSerializer.Serialize(r));
        var accounts = data.Rows<Account>().Select(a => $"{a.Id} {a.Username} {a.Role} {a.IsService} {a.StaffId} {a.IsActive} {a.Grants}");
        return Rows<Region>().Concat(Rows<Staff>()).Concat(Rows<Product>()).Concat(Rows<Customer>()).Concat(Rows<Contract>())
            .Concat(Rows<ContractLine>()).Concat(Rows<ContractEvent>()).Concat(Rows<Invoice>()).Concat(Rows<Payment>())
            .Concat(Rows<Shipment>()).Concat(Rows<ShipmentLine>()).Concat(Rows<Target>()).Concat(Rows<Activity>()).Concat(accounts).ToArray();
    }
}
