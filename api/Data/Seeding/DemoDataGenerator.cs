using System.Globalization;
using SalesGraph.Auth;
using SalesGraph.Calendar;
using SalesGraph.Data.Entities;

namespace SalesGraph.Data.Seeding;

/// <summary>
/// Generates a believable sales company — regions, staff, customers, products, three years of contracts with their
/// approvals, invoices, payments, shipments, activities and targets, and the demo logins — deterministically from
/// <see cref="DemoDataOptions.Seed"/> and the <c>today</c> passed in (nothing reads the clock), streaming the rows into
/// an <see cref="IBulkWriter"/> so a million contracts never sit in memory at once.
/// </summary>
/// <remarks>
/// History ends yesterday (every timestamp is before today 00:00 in the business time zone), so the data never lies in
/// the future whatever time of day it is loaded. Timestamps are UTC; office hours are 09:00–18:30 business time.
/// Contracts are generated in date order, so each one sees the customer's open receivables at its date (rule 2).
/// </remarks>
public sealed partial class DemoDataGenerator(DemoDataOptions options)
{
    /// <summary>
    /// Generates the data set into <paramref name="writer"/> (which the caller completes): history up to the day before
    /// <paramref name="today"/>, with business dates and office hours in <paramref name="zone"/>.
    /// </summary>
    public void Generate(DateOnly today, BusinessTimeZone zone, IBulkWriter writer)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(writer);
        new Run(options ?? DemoDataOptions.Demo, today, zone, writer).Execute();
    }

    /// <summary>The usernames of the demo logins, people first, then the service clients.</summary>
    public static IReadOnlyList<string> DemoUsernames { get; } =
    [
        "director", "finance", "admin", "manager.east", "manager.north", "manager.south", "manager.west",
        "rep.east.1", "rep.east.2", "rep.north.1", "support.east", "support.north", "bi", "erp", "planning",
    ];

    /// <summary>Grants of the <c>erp</c> integration client.</summary>
    public const string ErpGrants = "orders:read orders:write payments:write shipments:write customers:write";

    /// <summary>Grants of the <c>planning</c> integration client (production planning reads the stocking plan, nothing else).</summary>
    public const string PlanningGrants = "production:read";

    private sealed class Area(Region region, int regionIndex, double weight, string[] cities)
    {
        public Region Region { get; } = region;
        public int RegionIndex { get; } = regionIndex;
        public double Weight { get; } = weight;
        public string[] Cities { get; } = cities;
        public List<Staff> Reps { get; } = [];
    }

    private sealed class CustomerState(Customer entity, Area area, Staff owner)
    {
        public Customer Entity { get; } = entity;
        public Area Area { get; } = area;
        public Staff Owner { get; } = owner;
        public DateOnly JoinOn { get; set; }
        public double Weight { get; set; }
        public bool IsProspect { get; set; }
        public DateOnly? FirstSigned { get; set; }
        public DateOnly? LastSigned { get; set; }

        /// <summary>Invoices as (issued, settled or MaxValue, amount), pruned once settled before the current date.</summary>
        public List<(DateOnly Issued, DateOnly Settled, decimal Amount)> Receivables { get; } = [];

        public decimal OpenReceivables(DateOnly day)
        {
            Receivables.RemoveAll(r => r.Settled <= day);
            return Receivables.Where(r => r.Issued <= day).Sum(r => r.Amount);
        }
    }

    private enum Outcome { Draft, Pending, Rejected, Terminated, Proceed }

    private enum PayerBehaviour { OnTime, Late, Never }

    private sealed partial class Run
    {
        // Seasonality of orders by month: quiet around Spring Festival, a rush before year end.
        private static readonly double[] MonthFactors = [0.8, 0.55, 1.0, 1.0, 1.05, 1.15, 0.9, 0.9, 1.05, 0.95, 1.1, 1.35];
        private static readonly int[] ContractMonths = [30, 60, 90, 90, 180, 180, 365];

        private readonly DemoDataOptions options;
        private readonly DateOnly today;
        private readonly BusinessTimeZone zone;
        private readonly DateOnly first;
        private readonly DateOnly last;
        private readonly DateTime historyEnd;
        private readonly IBulkWriter writer;
        private readonly DemoRandom random;
        private readonly double scale;

        private readonly List<Region> regions = [];
        private readonly List<Area> areas = [];
        private readonly List<Staff> staff = [];
        private readonly List<Product> products = [];
        private readonly List<CustomerState> customers = [];
        private readonly HashSet<string> emails = [];
        private readonly HashSet<string> companyNames = [];
        private readonly Dictionary<(string Prefix, int Year), int> numbers = [];
        private readonly Dictionary<(int StaffId, int Year), decimal> repSales = [];
        private readonly Staff[] managers = new Staff[4];
        private readonly List<Staff>[] supports = [[], [], [], []];
        private readonly List<Staff> finance = [];
        private Staff director = null!;
        private Staff admin = null!;

        private int contractId;
        private int lineId;
        private int eventId;
        private int invoiceId;
        private int paymentId;
        private int receiptId;
        private int shipmentId;
        private int shipmentLineId;
        private int shipmentApprovalId;
        private int salesOrderId;
        private int salesOrderLineId;

        // Orders draw from their own stream, so adding them left every other figure of a seed as it was.
        private readonly DemoRandom orderRandom;
        private readonly DemoRandom noticeRandom;

        public Run(DemoDataOptions options, DateOnly today, BusinessTimeZone zone, IBulkWriter writer)
        {
            this.options = options;
            this.today = today;
            this.zone = zone;
            this.writer = writer;
            first = today.AddYears(-3);
            last = today.AddDays(-1);
            historyEnd = Local(last, 23.99);
            random = new DemoRandom(options.Seed);
            orderRandom = new DemoRandom(options.Seed + 14);
            noticeRandom = new DemoRandom(options.Seed + 18);
            scale = Math.Max(options.Contracts, 100) / 20_000.0;
        }

        public void Execute()
        {
            BuildRegions();
            BuildStaff();
            regions.ForEach(writer.Add);
            staff.ForEach(writer.Add);
            BuildProducts();
            BuildCustomers();
            GenerateContracts();
            FinishCustomers();
            GenerateTargets();
            GenerateActivities();
            GenerateRecentComplaints();
            GenerateOpportunities();
            GenerateDiaries();
            GenerateGradeProposals();
            GenerateAccounts();
        }

        // ---------------------------------------------------------------- organization

        private void BuildRegions()
        {
            var id = 0;
            foreach (var (code, name, _) in DemoVocabulary.Regions)
            {
                id++;
                regions.Add(new Region { Id = id, Code = code, Name = name, Path = $"/{id}/", Level = 1 });
            }

            for (var r = 0; r < DemoVocabulary.Regions.Length; r++)
            {
                foreach (var (code, name, weight, cities) in DemoVocabulary.Regions[r].Areas)
                {
                    id++;
                    var area = new Region { Id = id, Code = code, Name = name, ParentId = r + 1, Path = $"/{r + 1}/{id}/", Level = 2 };
                    regions.Add(area);
                    areas.Add(new Area(area, r, weight, cities));
                }
            }
        }

        private void BuildStaff()
        {
            director = NewStaff(StaffRole.Director, null, null, 68_000m, 0.0020m, 2014, 2018);
            for (var i = 0; i < 2; i++)
            {
                finance.Add(NewStaff(StaffRole.Finance, null, null, i == 0 ? 22_000m : 15_000m, 0m, 2015, 2021));
            }

            admin = NewStaff(StaffRole.Admin, null, null, 20_000m, 0m, 2017, 2021);
            for (var r = 0; r < 4; r++)
            {
                managers[r] = NewStaff(StaffRole.RegionalManager, r + 1, director.Id, 38_000m + (1_000m * random.Next(8)), 0.0050m, 2015, 2020);
                regions[r].ManagerId = managers[r].Id;
            }

            foreach (var area in areas)
            {
                // There is no 片区 manager role: the 大区's manager manages its areas too.
                area.Region.ManagerId = managers[area.RegionIndex].Id;
                var reps = Math.Max(2, (int)Math.Round(scale * 4.2 * area.Weight));
                for (var i = 0; i < reps; i++)
                {
                    var salary = 10_000m + (500m * random.Next(17));
                    var commission = 0.0150m + (0.0010m * random.Next(16));
                    area.Reps.Add(NewStaff(StaffRole.SalesRep, area.Region.Id, managers[area.RegionIndex].Id, salary, commission, 2016, first.Year - 1));
                }
            }

            for (var r = 0; r < 4; r++)
            {
                var reps = areas.Where(a => a.RegionIndex == r).Sum(a => a.Reps.Count);
                for (var i = 0; i < 2 + (reps / 25); i++)
                {
                    supports[r].Add(NewStaff(StaffRole.SalesSupport, r + 1, managers[r].Id, 7_500m + (500m * random.Next(6)), 0m, 2016, first.Year - 1));
                }
            }
        }

        private Staff NewStaff(StaffRole role, int? regionId, int? reportsToId, decimal salary, decimal commission, int hiredFrom, int hiredTo)
        {
            var (name, given, surname) = PersonName();
            var email = $"{given}.{surname}@salesgraph.cn";
            for (var n = 2; !emails.Add(email); n++)
            {
                email = string.Create(CultureInfo.InvariantCulture, $"{given}.{surname}{n}@salesgraph.cn");
            }

            var hireYear = random.Between(hiredFrom, Math.Max(hiredFrom, hiredTo));
            var member = new Staff
            {
                Id = staff.Count + 1,
                EmployeeNumber = string.Create(CultureInfo.InvariantCulture, $"SG{staff.Count + 1:D5}"),
                Name = name,
                Role = role,
                RegionId = regionId,
                ReportsToId = reportsToId,
                Email = email,
                Mobile = random.Mobile(),
                HireDate = new DateOnly(hireYear, random.Between(1, 12), random.Between(1, 28)),
                BaseSalary = salary,
                CommissionRate = commission,
            };
            staff.Add(member);
            return member;
        }

        private (string Name, string GivenPinyin, string SurnamePinyin) PersonName()
        {
            var surname = random.Pick(DemoVocabulary.Surnames);
            var given = random.Pick(DemoVocabulary.GivenNames);
            return (surname.Name + given.Name, given.Pinyin, surname.Pinyin);
        }

        // ---------------------------------------------------------------- catalogue and customers

        private void BuildProducts()
        {
            foreach (var (prefix, line, items) in DemoVocabulary.ProductLines)
            {
                for (var i = 0; i < items.Length; i++)
                {
                    var (name, price, weight, volume) = items[i];
                    var listPrice = (decimal)price;
                    var product = new Product
                    {
                        Id = products.Count + 1,
                        Sku = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i + 1:D4}"),
                        Name = name,
                        ProductLine = line,
                        ListPrice = listPrice,
                        UnitCost = Math.Round(listPrice * (decimal)random.Between(0.55, 0.75), 0),
                        WeightKg = (decimal)weight,
                        VolumeM3 = (decimal)volume,
                    };
                    products.Add(product);
                    writer.Add(product);
                }
            }
        }

        private void BuildCustomers()
        {
            var total = Math.Max(40, options.Contracts / 10);
            var totalWeight = areas.Sum(a => a.Weight);
            var cumulative = 0.0;
            var assigned = 0;
            foreach (var area in areas)
            {
                cumulative += area.Weight;
                var upTo = (int)Math.Round(total * cumulative / totalWeight);
                for (; assigned < upTo; assigned++)
                {
                    customers.Add(NewCustomer(area));
                }
            }
        }

        private CustomerState NewCustomer(Area area)
        {
            var id = customers.Count + 1;
            var gradeDraw = random.NextDouble();
            var grade = gradeDraw < 0.10 ? CustomerGrade.A : gradeDraw < 0.40 ? CustomerGrade.B : CustomerGrade.C;
            var kindDraw = random.NextDouble();
            var kind = kindDraw < 0.80 ? CustomerKind.Enterprise : kindDraw < 0.92 ? CustomerKind.Distributor : CustomerKind.Agent;
            var sourceDraw = random.NextDouble();
            var source = kind == CustomerKind.Agent ? CustomerSource.Agent
                : sourceDraw < 0.25 ? CustomerSource.Exhibition : sourceDraw < 0.50 ? CustomerSource.Referral
                : sourceDraw < 0.72 ? CustomerSource.ColdVisit : sourceDraw < 0.94 ? CustomerSource.Online : CustomerSource.Agent;
            var (industry, words) = random.Pick(DemoVocabulary.Industries);
            var city = random.Pick(area.Cities);
            var (creditLimit, term) = DemoApprovalPolicy.CreditTerms(grade);
            var customer = new Customer
            {
                Id = id,
                Code = string.Create(CultureInfo.InvariantCulture, $"C{id:D6}"),
                Name = CompanyName(CityName(city), words, kind),
                Kind = kind,
                Industry = industry,
                RegionId = area.Region.Id,
                OwnerId = 0,
                Grade = grade,
                Source = source,
                CreditLimit = creditLimit,
                PaymentTermDays = term,
                ContactPerson = PersonName().Name,
                Mobile = random.Mobile(),
                Address = string.Create(CultureInfo.InvariantCulture, $"{city}{random.Pick(DemoVocabulary.Roads)}{random.Between(1, 999)}号"),
                DesignatedCarrier = random.Chance(0.35) ? random.Pick(DemoVocabulary.Carriers) : null,
                Version = 1,
            };
            var owner = random.Pick(area.Reps);
            customer.OwnerId = owner.Id;
            var state = new CustomerState(customer, area, owner);
            var joinDraw = random.NextDouble();
            state.IsProspect = joinDraw < 0.08;
            state.JoinOn = joinDraw < 0.53 ? first : first.AddDays(random.Next(last.DayNumber - first.DayNumber - 30));
            state.Weight = state.IsProspect ? 0 : grade switch { CustomerGrade.A => 8.0, CustomerGrade.B => 3.0, _ => 1.0 };
            return state;
        }

        private static string CityName(string city)
        {
            var end = city.IndexOf('市', StringComparison.Ordinal);
            return end > 0 ? city[..end] : city;
        }

        private string CompanyName(string city, string[] words, CustomerKind kind)
        {
            for (var attempt = 0; ; attempt++)
            {
                var brand = string.Concat(random.Pick(DemoVocabulary.BrandFirst), random.Pick(DemoVocabulary.BrandSecond));
                var name = kind switch
                {
                    CustomerKind.Distributor => $"{city}{brand}{random.Pick(words)}销售有限公司",
                    CustomerKind.Agent => $"{city}{brand}贸易有限公司",
                    _ => random.Chance(0.2) ? $"{city}{brand}{random.Pick(words)}股份有限公司" : $"{city}{brand}{random.Pick(words)}有限公司",
                };
                if (companyNames.Add(name))
                {
                    return name;
                }

                if (attempt > 20)
                {
                    // Very large data sets run out of combinations; a branch office keeps names distinct.
                    name = string.Create(CultureInfo.InvariantCulture, $"{name[..^4]}第{companyNames.Count}分公司");
                    companyNames.Add(name);
                    return name;
                }
            }
        }

        // ---------------------------------------------------------------- contracts

        private void GenerateContracts()
        {
            // Customers become available on the day they join; pick among those weighted by grade.
            var eligible = customers.Where(c => !c.IsProspect).OrderBy(c => c.JoinOn).ThenBy(c => c.Entity.Id).ToArray();
            var cumulativeWeights = new double[eligible.Length];
            var sum = 0.0;
            for (var i = 0; i < eligible.Length; i++)
            {
                sum += eligible[i].Weight;
                cumulativeWeights[i] = sum;
            }

            var available = 0;
            var perDay = ContractsPerDay();
            for (var d = 0; d < perDay.Length; d++)
            {
                var day = first.AddDays(d);
                while (available < eligible.Length && eligible[available].JoinOn <= day)
                {
                    available++;
                }

                for (var n = 0; n < perDay[d]; n++)
                {
                    var x = random.NextDouble() * cumulativeWeights[available - 1];
                    var index = Array.BinarySearch(cumulativeWeights, 0, available, x);
                    CreateContract(eligible[Math.Min(index < 0 ? ~index : index, available - 1)], day);
                }
            }
        }

        /// <summary>Spreads the contract count over the days with growth, seasonality and quiet weekends, summing exactly.</summary>
        private int[] ContractsPerDay()
        {
            var days = last.DayNumber - first.DayNumber + 1;
            var weights = new double[days];
            for (var d = 0; d < days; d++)
            {
                var day = first.AddDays(d);
                var growth = 1.0 + (0.12 * d / 365.0);
                var weekday = day.DayOfWeek switch { DayOfWeek.Saturday => 0.15, DayOfWeek.Sunday => 0.05, _ => 1.0 };
                weights[d] = growth * MonthFactors[day.Month - 1] * weekday * random.Between(0.7, 1.3);
            }

            var total = weights.Sum();
            var counts = new int[days];
            var cumulative = 0.0;
            var previous = 0L;
            for (var d = 0; d < days; d++)
            {
                cumulative += weights[d];
                var upTo = (long)Math.Round(options.Contracts * cumulative / total);
                counts[d] = (int)(upTo - previous);
                previous = upTo;
            }

            return counts;
        }

        private void CreateContract(CustomerState customerState, DateOnly day)
        {
            var customer = customerState.Entity;
            var owner = customerState.Owner;
            var age = last.DayNumber - day.DayNumber;
            var draw = random.NextDouble();
            var outcome = age <= 45
                ? draw < 0.10 ? Outcome.Draft : draw < 0.22 ? Outcome.Pending : draw < 0.27 ? Outcome.Rejected : draw < 0.29 ? Outcome.Terminated : Outcome.Proceed
                : draw < 0.005 ? Outcome.Draft : draw < 0.025 ? Outcome.Rejected : draw < 0.055 ? Outcome.Terminated : Outcome.Proceed;

            var contract = new Contract
            {
                Id = ++contractId,
                Number = "",
                CustomerId = customer.Id,
                OwnerId = owner.Id,
                RegionId = customer.RegionId,
                PaymentTermDays = customer.PaymentTermDays,
            };
            var lines = BuildLines(contract, customer, outcome == Outcome.Rejected);
            var level = DemoApprovalPolicy.RequiredLevel(contract.DiscountAmount, contract.AgreedTotal);
            if (outcome == Outcome.Rejected && level == ApprovalLevel.Rep)
            {
                // Nobody rejects a discount within their own authority; such a proposal simply stays a draft.
                outcome = Outcome.Draft;
            }

            var needsFinance = customerState.OpenReceivables(day) + contract.AgreedTotal > customer.CreditLimit;
            var events = new List<ContractEvent>(6);
            var status = ContractStatus.Draft;
            var at = Local(day, random.Between(9.0, 17.5));
            contract.Number = NextNumber("HT", day);
            contract.CreatedAt = at;
            AddEvent(ContractEventKind.Created, null, ContractStatus.Draft, owner.Id, null, null);
            Lifecycle();
            contract.Status = status;
            contract.Version = events.Count;
            contract.UpdatedAt = events[^1].At;
            writer.Add(contract);
            lines.ForEach(writer.Add);
            events.ForEach(writer.Add);
            WinOpportunity(customerState, contract, lines, day);
            return;

            void AddEvent(ContractEventKind kind, ContractStatus? from, ContractStatus to, int? actor, ApprovalLevel? approval, string? comment)
            {
                events.Add(new ContractEvent
                {
                    Id = ++eventId, ContractId = contract.Id, Kind = kind, FromStatus = from, ToStatus = to,
                    ActorId = actor, ApprovalLevel = approval, Comment = comment, At = at,
                });
                status = to;
            }

            // Advances the clock; false when the step would happen after the end of history.
            bool Advance(double minHours, double maxHours)
            {
                at = OfficeHours(at.AddHours(random.Between(minHours, maxHours)));
                return at <= historyEnd;
            }

            int Approver(ApprovalLevel approval) => approval switch
            {
                ApprovalLevel.Director => director.Id,
                ApprovalLevel.Manager => managers[customerState.Area.RegionIndex].Id,
                ApprovalLevel.Finance => random.Pick(finance).Id,
                _ => owner.Id,
            };

            void Lifecycle()
            {
                if (outcome == Outcome.Draft || !Advance(0.5, 30))
                {
                    return;
                }

                AddEvent(ContractEventKind.Submitted, ContractStatus.Draft, ContractStatus.PendingApproval, owner.Id, null, null);
                if (outcome == Outcome.Pending)
                {
                    return;
                }

                var revised = outcome == Outcome.Proceed && level != ApprovalLevel.Rep && random.Chance(0.08);
                if (outcome == Outcome.Rejected || revised)
                {
                    if (!Advance(2, 48))
                    {
                        return;
                    }

                    AddEvent(ContractEventKind.Rejected, ContractStatus.PendingApproval, ContractStatus.Rejected, Approver(level), level,
                        random.Pick(DemoVocabulary.RejectionComments));
                    if (outcome == Outcome.Rejected || !Advance(4, 72))
                    {
                        return;
                    }

                    AddEvent(ContractEventKind.Updated, ContractStatus.Rejected, ContractStatus.Draft, owner.Id, null, "调整折扣后重新提交");
                    if (!Advance(0.2, 8))
                    {
                        return;
                    }

                    AddEvent(ContractEventKind.Submitted, ContractStatus.Draft, ContractStatus.PendingApproval, owner.Id, null, null);
                }

                // Rule 2: finance clears the credit first; the approval at the discount's level then approves the contract.
                if (needsFinance)
                {
                    if (!Advance(1, 24))
                    {
                        return;
                    }

                    AddEvent(ContractEventKind.Approved, ContractStatus.PendingApproval, ContractStatus.PendingApproval,
                        Approver(ApprovalLevel.Finance), ApprovalLevel.Finance, "超出信用额度，财务复核通过");
                }

                var approved = level switch
                {
                    ApprovalLevel.Rep => Advance(0.1, 1),
                    ApprovalLevel.Manager => Advance(1, 30),
                    _ => Advance(4, 72),
                };
                if (!approved)
                {
                    return;
                }

                AddEvent(ContractEventKind.Approved, ContractStatus.PendingApproval, ContractStatus.Approved, Approver(level), level, null);
                var signedOn = LocalDate(at);
                contract.SignedOn = signedOn;
                contract.StartOn = signedOn.AddDays(random.Next(8));
                contract.EndOn = contract.StartOn.Value.AddDays(random.Pick(ContractMonths));
                // Approval delays differ, so a contract created later can be signed earlier than one created before it.
                customerState.FirstSigned = customerState.FirstSigned is { } firstSigned && firstSigned < signedOn ? firstSigned : signedOn;
                customerState.LastSigned = customerState.LastSigned is { } lastSigned && lastSigned > signedOn ? lastSigned : signedOn;
                var key = (owner.Id, signedOn.Year);
                repSales[key] = repSales.GetValueOrDefault(key) + contract.AgreedTotal;

                var activatedAt = Local(contract.StartOn.Value, random.Between(9.0, 11.0));
                at = activatedAt > at ? activatedAt : OfficeHours(at.AddMinutes(random.Between(10, 120)));
                if (at > historyEnd)
                {
                    return;
                }

                var clerk = random.Pick(supports[customerState.Area.RegionIndex]).Id;
                AddEvent(ContractEventKind.Activated, ContractStatus.Approved, ContractStatus.Active, clerk, null, null);
                if (outcome == Outcome.Terminated)
                {
                    at = Local(contract.StartOn.Value.AddDays(random.Between(1, 30)), random.Between(9.0, 17.0));
                    if (at <= historyEnd)
                    {
                        contract.TerminationReason = random.Pick(DemoVocabulary.TerminationReasons);
                        AddEvent(ContractEventKind.Terminated, ContractStatus.Active, ContractStatus.Terminated,
                            managers[customerState.Area.RegionIndex].Id, null, contract.TerminationReason);
                    }

                    return;
                }

                var completedOn = OrderToCash(contract, customerState, lines);
                if (completedOn is { } done)
                {
                    at = Local(done, random.Between(9.0, 17.0));
                    AddEvent(ContractEventKind.Completed, ContractStatus.Active, ContractStatus.Completed, clerk, null, null);
                }
            }
        }

        private List<ContractLine> BuildLines(Contract contract, Customer customer, bool aggressive)
        {
            var lineDraw = random.NextDouble();
            var count = lineDraw < 0.35 ? 1 : lineDraw < 0.65 ? 2 : lineDraw < 0.85 ? 3 : lineDraw < 0.95 ? 4 : 5;
            var median = customer.Grade switch { CustomerGrade.A => 300_000.0, CustomerGrade.B => 80_000.0, _ => 25_000.0 };
            var budget = Math.Clamp(random.LogNormal(median, 0.9), 3_000, 8_000_000) * (aggressive ? 3 : 1);
            var rate = aggressive ? random.Between(0.20, 0.35) : DiscountRate(customer);
            var lines = new List<ContractLine>(count);
            decimal listTotal = 0, agreedTotal = 0, costTotal = 0;
            for (var lineNo = 1; lineNo <= count; lineNo++)
            {
                Product product;
                do
                {
                    product = random.Pick(products);
                }
                while (lines.Exists(l => l.ProductId == product.Id));

                var share = budget / count * random.Between(0.5, 1.5);
                var quantity = (int)Math.Clamp(Math.Round(share / (double)product.ListPrice), 1, 5_000);
                var lineRate = rate == 0 ? 0 : Math.Clamp(rate + random.Between(-0.01, 0.01), 0, 0.45);
                var agreedUnit = Math.Round(product.ListPrice * (1 - (decimal)lineRate), product.ListPrice >= 1_000 ? 0 : 2);
                lines.Add(new ContractLine
                {
                    Id = ++lineId, ContractId = contract.Id, LineNo = lineNo, ProductId = product.Id, Quantity = quantity,
                    ListUnitPrice = product.ListPrice, AgreedUnitPrice = agreedUnit, UnitCost = product.UnitCost,
                });
                listTotal += quantity * product.ListPrice;
                agreedTotal += quantity * agreedUnit;
                costTotal += quantity * product.UnitCost;
            }

            contract.ListTotal = listTotal;
            contract.AgreedTotal = agreedTotal;
            contract.CostTotal = costTotal;
            contract.DiscountAmount = listTotal - agreedTotal;
            contract.DiscountRate = listTotal == 0 ? 0 : Math.Round(contract.DiscountAmount / listTotal, 4);
            return lines;
        }

        /// <summary>Mostly small discounts, a few large ones; key accounts and channel partners get more.</summary>
        private double DiscountRate(Customer customer)
        {
            var draw = random.NextDouble();
            var rate = draw < 0.30 ? 0 : draw < 0.65 ? random.Between(0.01, 0.05) : draw < 0.85 ? random.Between(0.05, 0.10)
                : draw < 0.96 ? random.Between(0.10, 0.18) : random.Between(0.18, 0.30);
            if (rate > 0 && customer.Grade == CustomerGrade.A)
            {
                rate += 0.02;
            }

            return customer.Kind == CustomerKind.Enterprise ? rate : rate + 0.05;
        }

        /// <summary>
        /// Invoices, payments and the shipment of an active contract (款到发货: goods leave after the first payment).
        /// Large contracts bill a 30% deposit at the start and the balance on delivery. Returns the day the contract
        /// completed, if it has: after its end date, delivered and fully paid.
        /// </summary>
        private DateOnly? OrderToCash(Contract contract, CustomerState customerState, List<ContractLine> lines)
        {
            var deposit = contract.AgreedTotal >= 200_000m;
            var firstAmount = deposit ? Math.Round(contract.AgreedTotal * 0.3m, 2) : contract.AgreedTotal;
            var issuedOn = contract.StartOn!.Value.AddDays(random.Next(4));
            if (issuedOn > last)
            {
                return null;
            }

            var (firstPaidOn, firstSettledOn) = Invoice(contract, customerState, issuedOn, firstAmount, prompt: deposit);
            if (firstPaidOn is not { } paidOn)
            {
                return null;
            }

            var order = ContractOrder(contract, customerState, lines);
            var shipment = new Shipment
            {
                Id = ++shipmentId,
                NoticeNumber = NextNumber("FH", paidOn),
                CustomerId = contract.CustomerId,
                SalesOrderId = order.Id,
                ContractId = contract.Id,
                Carrier = customerState.Entity.DesignatedCarrier ?? random.Pick(DemoVocabulary.Carriers),
                PlannedOn = paidOn.AddDays(random.Between(1, 2)),
                Status = ShipmentStatus.Planned,
                Amount = order.Amount,
                ReleasedOn = paidOn,
                ShipDueOn = paidOn.AddDays(3),
                Version = 1,
                CreatedAt = Local(paidOn, 10.0),
                UpdatedAt = Local(paidOn, 10.0),
            };
            ApproveUnpaidNotice(shipment, customerState, order.Amount - firstAmount, paidOn);
            var shippedOn = paidOn.AddDays(random.Chance(0.9) ? random.Between(0, 3) : random.Between(4, 9));
            var deliveredOn = shippedOn.AddDays(random.Between(1, 4));
            if (shippedOn <= last)
            {
                shipment.ShippedOn = shippedOn;
                shipment.Status = ShipmentStatus.Shipped;
                if (deliveredOn <= last)
                {
                    shipment.DeliveredOn = deliveredOn;
                    shipment.Status = ShipmentStatus.Delivered;
                }
            }

            if (shipment.ShippedOn is not null)
            {
                order.Status = SalesOrderStatus.Shipped;
                order.UpdatedAt = Local(shipment.ShippedOn.Value, 17.0);
            }

            writer.Add(order);
            writer.Add(shipment);
            if (shipment.DeliveredOn is { } delivered && customerState.Entity.Kind != CustomerKind.Enterprise)
            {
                RepeatOrder(customerState, lines, delivered);
            }

            foreach (var line in lines)
            {
                var orderLine = order.Lines.First(l => l.ContractLineId == line.Id);
                writer.Add(new ShipmentLine
                {
                    Id = ++shipmentLineId, ShipmentId = shipment.Id, SalesOrderLineId = orderLine.Id, ProductId = line.ProductId,
                    Quantity = line.Quantity, UnitPrice = line.AgreedUnitPrice,
                });
            }

            MaybeReturn(shipment, customerState, lines, shipmentLineId - lines.Count + 1);

            if (shipment.Status != ShipmentStatus.Delivered || firstSettledOn is not { } settled)
            {
                return null;
            }

            if (deposit)
            {
                var (_, balanceSettledOn) = Invoice(contract, customerState, deliveredOn, contract.AgreedTotal - firstAmount, prompt: false);
                if (balanceSettledOn is not { } balanceSettled)
                {
                    return null;
                }

                settled = balanceSettled > settled ? balanceSettled : settled;
            }

            var completedOn = new[] { contract.EndOn!.Value, settled, deliveredOn }.Max().AddDays(random.Between(0, 2));
            return completedOn <= last ? completedOn : null;
        }

        /// <summary>
        /// The sales order (订货单) of an active contract: its lines in full, recorded the day the contract starts and
        /// confirmed by the customer, mostly within the 4 hours the desk promises.
        /// </summary>
        /// <summary>
        /// A notice of goods beyond the deposit (赊销: the balance is billed on delivery) needed finance's and the
        /// manager's approval, and the director's above the amount of <c>OrderDesk:DirectorUnpaidAmount</c>'s default;
        /// all given the day the deposit arrived.
        /// </summary>
        private void ApproveUnpaidNotice(Shipment shipment, CustomerState customerState, decimal unpaid, DateOnly on)
        {
            if (unpaid <= 0)
            {
                return;
            }

            shipment.UnpaidAmount = unpaid;
            shipment.NeedsApproval = true;
            shipment.NeedsDirectorApproval = unpaid > 200_000m;
            shipment.Version = shipment.NeedsDirectorApproval ? 4 : 3;
            WriteApprovals(shipment, customerState, finance[0].Id, Local(on, 11.0));
        }

        /// <summary>Finance's and the region manager's approvals of a notice an hour apart, and the director's an hour later when it needs one.</summary>
        private void WriteApprovals(Shipment shipment, CustomerState customerState, int financeId, DateTime first)
        {
            writer.Add(new ShipmentApproval { Id = ++shipmentApprovalId, ShipmentId = shipment.Id, SignOff = DeliveryNoticeSignOff.Finance, ApprovedById = financeId, At = first });
            writer.Add(new ShipmentApproval { Id = ++shipmentApprovalId, ShipmentId = shipment.Id, SignOff = DeliveryNoticeSignOff.Sales, ApprovedById = managers[customerState.Area.RegionIndex].Id, At = first.AddHours(1) });
            if (shipment.NeedsDirectorApproval)
            {
                writer.Add(new ShipmentApproval { Id = ++shipmentApprovalId, ShipmentId = shipment.Id, SignOff = DeliveryNoticeSignOff.Director, ApprovedById = director.Id, At = first.AddHours(2) });
            }
        }

        private SalesOrder ContractOrder(Contract contract, CustomerState customerState, List<ContractLine> lines)
        {
            var submittedAt = Local(contract.StartOn!.Value, orderRandom.Between(9.0, 16.0));
            var order = NewOrder(contract.CustomerId, contract.Id, submittedAt, contract.StartOn.Value);
            foreach (var line in lines)
            {
                AddOrderLine(order, line.ProductId, line.Id, line.Quantity, line.AgreedUnitPrice, contract.StartOn.Value.AddDays(orderRandom.Between(3, 10)));
            }

            Confirm(order, orderRandom.Pick(supports[customerState.Area.RegionIndex]).Id);
            return order;
        }

        /// <summary>
        /// A distributor's or agent's repeat order by phone or fax, without a new contract, at list price: some weeks
        /// after a delivery, for part of the quantities; open (the desk has not issued its notices yet) or cancelled.
        /// </summary>
        private void RepeatOrder(CustomerState customerState, List<ContractLine> lines, DateOnly deliveredOn)
        {
            var customer = customerState.Entity;
            if (!orderRandom.Chance(0.6))
            {
                return;
            }

            var day = deliveredOn.AddDays(orderRandom.Between(5, 60));
            if (day > last)
            {
                return;
            }

            var order = NewOrder(customer.Id, null, Local(day, orderRandom.Between(9.0, 17.0)), day);
            foreach (var line in lines.Take(orderRandom.Between(1, 2)))
            {
                var product = products.First(p => p.Id == line.ProductId);
                var quantity = Math.Max(1, (int)Math.Round(line.Quantity * orderRandom.Between(0.2, 0.6)));
                AddOrderLine(order, product.Id, null, quantity, product.ListPrice, day.AddDays(orderRandom.Between(3, 14)));
            }

            order.IsOverCredit = order.Amount > customer.CreditLimit;
            if (orderRandom.Chance(0.05))
            {
                order.Status = SalesOrderStatus.Cancelled;
                order.CancelledAt = order.SubmittedAt.AddHours(orderRandom.Between(1.0, 20.0));
                order.CancellationReason = "客户取消 / cancelled by the customer";
                order.UpdatedAt = order.CancelledAt.Value;
            }
            else if (last.DayNumber - day.DayNumber >= 1 || orderRandom.Chance(0.5))
            {
                Confirm(order, orderRandom.Pick(supports[customerState.Area.RegionIndex]).Id);
                if (order.ConfirmedAt is { } confirmedAt)
                {
                    ShipRepeatOrder(order, customerState, LocalDate(confirmedAt));
                }
            }

            writer.Add(order);
        }

        /// <summary>
        /// The notices of a distributor's repeat order (decision 018), from a random stream of their own so no other figure
        /// of a seed moves: goods on credit, so each notice waited for finance's and the manager's approval (the director's
        /// above ¥200,000). Older orders shipped in full (most) or in part (a fifth, the rest to follow); about one in ten
        /// notices left late against the 3-day rule; a recent order's notice may still await approval or a truck.
        /// </summary>
        private void ShipRepeatOrder(SalesOrder order, CustomerState customerState, DateOnly confirmedOn)
        {
            var age = last.DayNumber - confirmedOn.DayNumber;
            var draw = noticeRandom.NextDouble();
            if (draw < 0.1 || age < 1)
            {
                return; // nothing on a notice yet
            }

            var part = age > 10 && draw < 0.3;
            var noticeOn = confirmedOn.AddDays(noticeRandom.Between(0, 2));
            if (noticeOn > last)
            {
                return;
            }

            var shipment = new Shipment
            {
                Id = ++shipmentId, NoticeNumber = NextNumber("FH", noticeOn), CustomerId = order.CustomerId, SalesOrderId = order.Id,
                Carrier = customerState.Entity.DesignatedCarrier ?? noticeRandom.Pick(DemoVocabulary.Carriers),
                PlannedOn = noticeOn.AddDays(1), Status = ShipmentStatus.AwaitingApproval, Version = 1,
                CreatedAt = Local(noticeOn, noticeRandom.Between(9.0, 16.0)),
            };
            foreach (var line in order.Lines)
            {
                var quantity = part ? Math.Max(1, line.Quantity / 2) : line.Quantity;
                shipment.Amount += quantity * line.UnitPrice;
                writer.Add(new ShipmentLine
                {
                    Id = ++shipmentLineId, ShipmentId = shipment.Id, SalesOrderLineId = line.Id, ProductId = line.ProductId, Quantity = quantity, UnitPrice = line.UnitPrice,
                });
            }

            shipment.UnpaidAmount = shipment.Amount;
            shipment.NeedsApproval = true;
            shipment.NeedsDirectorApproval = shipment.Amount > 200_000m;
            shipment.IsOverCredit = order.IsOverCredit;
            shipment.UpdatedAt = shipment.CreatedAt;
            var approvedOn = noticeOn.AddDays(noticeRandom.Chance(0.8) ? 0 : 1);
            if (age >= 7 || noticeRandom.Chance(0.4))
            {
                if (approvedOn > last)
                {
                    approvedOn = last;
                }

                var at = Local(approvedOn, 17.0);
                WriteApprovals(shipment, customerState, noticeRandom.Pick(finance).Id, at.AddHours(-2));

                shipment.Status = ShipmentStatus.Planned;
                shipment.ReleasedOn = approvedOn;
                shipment.ShipDueOn = approvedOn.AddDays(3);
                shipment.PlannedOn = approvedOn.AddDays(1);
                shipment.Version = shipment.NeedsDirectorApproval ? 4 : 3;
                shipment.UpdatedAt = at;
                var shippedOn = approvedOn.AddDays(noticeRandom.Chance(0.9) ? noticeRandom.Between(0, 3) : noticeRandom.Between(4, 8));
                if (shippedOn <= last)
                {
                    shipment.Status = ShipmentStatus.Shipped;
                    shipment.ShippedOn = shippedOn;
                    shipment.WaybillNumber = $"YD{shippedOn:yyyyMMdd}{shipment.Id % 100_000:D5}";
                    shipment.Version++;
                    shipment.UpdatedAt = Local(shippedOn, 16.0);
                    order.Status = part ? SalesOrderStatus.PartlyShipped : SalesOrderStatus.Shipped;
                    order.Version++;
                    order.UpdatedAt = shipment.UpdatedAt;
                    var deliveredOn = shippedOn.AddDays(noticeRandom.Between(1, 4));
                    if (deliveredOn <= last)
                    {
                        shipment.Status = ShipmentStatus.Delivered;
                        shipment.DeliveredOn = deliveredOn;
                        shipment.Version++;
                        shipment.UpdatedAt = Local(deliveredOn, 15.0);
                    }
                }
            }

            writer.Add(shipment);
        }

        private SalesOrder NewOrder(int customerId, int? contractId, DateTime submittedAt, DateOnly day) => new()
        {
            Id = ++salesOrderId,
            Number = NextNumber("DD", day),
            CustomerId = customerId,
            ContractId = contractId,
            Status = SalesOrderStatus.Submitted,
            SubmittedAt = submittedAt,
            ConfirmDueAt = submittedAt.AddHours(4),
            Version = 1,
            CreatedAt = submittedAt,
            UpdatedAt = submittedAt,
        };

        private void AddOrderLine(SalesOrder order, int productId, int? contractLineId, int quantity, decimal unitPrice, DateOnly requestedOn)
        {
            var line = new SalesOrderLine
            {
                Id = ++salesOrderLineId, SalesOrderId = order.Id, LineNo = order.Lines.Count + 1, ProductId = productId,
                ContractLineId = contractLineId, Quantity = quantity, UnitPrice = unitPrice, RequestedOn = requestedOn,
            };
            order.Lines.Add(line);
            order.Amount += quantity * unitPrice;
            writer.Add(line);
        }

        /// <summary>Confirmed by the customer: nine in ten within the 4 hours, the rest late (the next day at worst).</summary>
        private void Confirm(SalesOrder order, int clerkId)
        {
            var confirmedAt = order.SubmittedAt.AddHours(orderRandom.Chance(0.9) ? orderRandom.Between(0.2, 3.9) : orderRandom.Between(4.5, 26.0));
            if (confirmedAt > historyEnd)
            {
                return;
            }

            order.Status = SalesOrderStatus.Confirmed;
            order.ConfirmedAt = confirmedAt;
            order.ConfirmedById = clerkId;
            order.Version = 2;
            order.UpdatedAt = confirmedAt;
        }

        /// <summary>Issues an invoice with its payments; returns the day of the first payment and the day it was settled.</summary>
        private (DateOnly? FirstPaidOn, DateOnly? SettledOn) Invoice(
            Contract contract, CustomerState customerState, DateOnly issuedOn, decimal amount, bool prompt)
        {
            var term = contract.PaymentTermDays;
            var invoice = new Invoice
            {
                Id = ++invoiceId,
                Number = NextNumber("FP", issuedOn),
                ContractId = contract.Id,
                Amount = amount,
                IssuedOn = issuedOn,
                DueOn = issuedOn.AddDays(term),
                OpenAmount = amount,
                Status = InvoiceStatus.Open,
                Version = 1,
            };
            invoice.ApplyVat(Entities.Invoice.VatRates[0]);
            DateOnly? lastPaidOn = null;
            var grade = customerState.Entity.Grade;
            var draw = random.NextDouble();
            var never = grade == CustomerGrade.C ? 0.04 : 0.015;
            var late = grade switch { CustomerGrade.A => 0.08, CustomerGrade.B => 0.13, _ => 0.20 };
            var behaviour = draw < never ? PayerBehaviour.Never : draw < never + late ? PayerBehaviour.Late : PayerBehaviour.OnTime;
            DateOnly? firstPaidOn = null;
            if (behaviour != PayerBehaviour.Never)
            {
                var payDay = behaviour == PayerBehaviour.Late
                    ? invoice.DueOn.AddDays(random.Between(1, 75))
                    : prompt ? issuedOn.AddDays(random.Between(1, 10)) : issuedOn.AddDays((int)Math.Round(term * random.Between(0.2, 1.0)));
                var split = amount > 10_000m && random.Chance(0.1);
                var firstPart = split ? Math.Round(amount / 2, 2) : amount;
                var firstDay = split ? Max(issuedOn, payDay.AddDays(-random.Between(5, 20))) : payDay;
                if (firstDay <= last)
                {
                    Pay(firstPart, firstDay);
                    firstPaidOn = firstDay;
                    if (split && payDay <= last)
                    {
                        Pay(amount - firstPart, payDay);
                    }
                }
            }

            if (invoice.PaidAmount == invoice.Amount)
            {
                invoice.SettledOn = lastPaidOn;
            }

            customerState.Receivables.Add((issuedOn, invoice.SettledOn ?? DateOnly.MaxValue, amount));
            writer.Add(invoice);
            return (firstPaidOn, invoice.SettledOn);

            // Each payment is a receipt (回款) of the customer applied to this invoice. Every 40th receipt is larger than
            // what it pays, so its rest stays on the customer's account as a prepayment (no extra random draws: the rest
            // of the data set stays as it was).
            void Pay(decimal part, DateOnly receivedOn)
            {
                var confirmer = random.Pick(finance);
                var method = PaymentMethodDraw();
                var confirmedAt = Local(receivedOn, random.Between(10.0, 18.0));
                var receipt = new Receipt
                {
                    Id = ++receiptId,
                    Number = NextNumber("HK", receivedOn),
                    CustomerId = contract.CustomerId,
                    Amount = receiptId % 40 == 0 ? part + Math.Max(0.01m, Math.Round(part * 0.1m, 2)) : part,
                    AppliedAmount = part,
                    ReceivedOn = receivedOn,
                    Method = method,
                    BankReference = string.Create(CultureInfo.InvariantCulture, $"{receivedOn:yyyyMMdd}{receiptId:D8}"),
                    RecordedById = confirmer.Id,
                    CreatedAt = confirmedAt,
                    Version = 2,
                };
                writer.Add(receipt);
                writer.Add(new Payment
                {
                    Id = ++paymentId,
                    Number = NextNumber("SK", receivedOn),
                    ContractId = contract.Id,
                    InvoiceId = invoice.Id,
                    ReceiptId = receipt.Id,
                    Amount = part,
                    ReceivedOn = receivedOn,
                    Method = method,
                    ConfirmedById = confirmer.Id,
                    ConfirmedAt = confirmedAt,
                });
                invoice.Settle(part, receivedOn);
                invoice.Version++;
                lastPaidOn = receivedOn;
            }
        }

        private PaymentMethod PaymentMethodDraw()
        {
            var draw = random.NextDouble();
            return draw < 0.75 ? PaymentMethod.BankTransfer : draw < 0.93 ? PaymentMethod.BankAcceptance : draw < 0.98 ? PaymentMethod.Check : PaymentMethod.Cash;
        }

        // ---------------------------------------------------------------- customers, targets, activities, accounts

        /// <summary>Creation date, first-contract date and status follow from the contracts just generated.</summary>
        private void FinishCustomers()
        {
            foreach (var state in customers)
            {
                var customer = state.Entity;
                customer.FirstContractOn = state.FirstSigned;
                var createdOn = state.IsProspect
                    ? first.AddDays(random.Next(last.DayNumber - first.DayNumber))
                    : state.JoinOn == first ? first.AddDays(-random.Between(30, 1500)) : state.JoinOn.AddDays(-random.Between(7, 120));
                customer.CreatedAt = Local(createdOn, random.Between(9.0, 18.0));
                customer.Status = state.LastSigned is not { } lastSigned
                    ? state.IsProspect || random.Chance(0.7) ? CustomerStatus.Prospect : CustomerStatus.Lost
                    : last.DayNumber - lastSigned.DayNumber <= 365 ? CustomerStatus.Active
                    : last.DayNumber - lastSigned.DayNumber > 540 && random.Chance(0.3) ? CustomerStatus.Lost
                    : CustomerStatus.Dormant;
                writer.Add(customer);
            }
        }

        /// <summary>
        /// Targets form one tree per year, split by organization first and by time at the rep:
        /// <code>
        /// company · year
        ///   └ region (大区) · year          (one per 大区; the 片区 are not a target level)
        ///       └ rep · year                (every rep of the 大区's 片区)
        ///           └ rep · quarter          (Quarter 1–4)
        ///               └ rep · month        (Quarter and Month both set)
        /// </code>
        /// Every parent equals the sum of its children exactly (sales, collection and new customers), so the company's or
        /// a region's quarterly and monthly targets are the sums of its reps' rows and are not stored twice. Rep targets
        /// are drawn around what each rep actually sold that year (the current year extrapolated), rounded to ¥10,000;
        /// quarters and months follow the order seasonality and are rounded to ¥1,000, the last child taking the rest.
        /// </summary>
        private void GenerateTargets()
        {
            var targetId = 0;
            var newCustomers = customers.Where(c => c.FirstSigned is not null)
                .GroupBy(c => (c.Owner.Id, c.FirstSigned!.Value.Year)).ToDictionary(g => g.Key, g => g.Count());
            var quarterWeights = Enumerable.Range(0, 4).Select(q => MonthFactors.Skip(q * 3).Take(3).Sum()).ToArray();
            for (var year = first.Year + 1; year <= today.Year; year++)
            {
                var elapsed = year < last.Year ? 1.0 : Math.Max(0.1, last.DayOfYear / (double)(DateTime.IsLeapYear(year) ? 366 : 365));
                var repTargets = new Dictionary<int, (long Sales, long Collection, int NewCustomers)>();
                foreach (var rep in areas.SelectMany(a => a.Reps))
                {
                    var basis = (double)repSales.GetValueOrDefault((rep.Id, year)) / elapsed;
                    var sales = Math.Max(100_000, (long)Math.Round(basis * random.Between(0.92, 1.18) / 10_000) * 10_000);
                    var collection = (long)Math.Round(sales * 0.9 / 10_000) * 10_000;
                    var newOnes = Math.Max(1, (int)Math.Round(newCustomers.GetValueOrDefault((rep.Id, year)) / elapsed * random.Between(0.9, 1.3)));
                    repTargets[rep.Id] = (sales, collection, newOnes);
                }

                var company = Target(null, TargetScope.Company, null, null, null, null,
                    repTargets.Values.Sum(t => t.Sales), repTargets.Values.Sum(t => t.Collection), repTargets.Values.Sum(t => t.NewCustomers));
                for (var r = 0; r < 4; r++)
                {
                    var reps = areas.Where(a => a.RegionIndex == r).SelectMany(a => a.Reps).ToArray();
                    var region = Target(company.Id, TargetScope.Region, r + 1, null, null, null,
                        reps.Sum(p => repTargets[p.Id].Sales), reps.Sum(p => repTargets[p.Id].Collection), reps.Sum(p => repTargets[p.Id].NewCustomers));
                    foreach (var rep in reps)
                    {
                        var (sales, collection, newOnes) = repTargets[rep.Id];
                        var yearly = Target(region.Id, TargetScope.Staff, rep.RegionId, rep.Id, null, null, sales, collection, newOnes);
                        var quarterSales = Split(sales / 1_000, quarterWeights);
                        var quarterCollection = Split(collection / 1_000, quarterWeights);
                        var quarterNew = Split(newOnes, quarterWeights);
                        for (var q = 0; q < 4; q++)
                        {
                            var quarter = Target(yearly.Id, TargetScope.Staff, rep.RegionId, rep.Id, q + 1, null,
                                quarterSales[q] * 1_000, quarterCollection[q] * 1_000, (int)quarterNew[q]);
                            var monthWeights = MonthFactors.Skip(q * 3).Take(3).ToArray();
                            var monthSales = Split(quarterSales[q], monthWeights);
                            var monthCollection = Split(quarterCollection[q], monthWeights);
                            var monthNew = Split(quarterNew[q], monthWeights);
                            for (var m = 0; m < 3; m++)
                            {
                                Target(quarter.Id, TargetScope.Staff, rep.RegionId, rep.Id, q + 1, (q * 3) + m + 1,
                                    monthSales[m] * 1_000, monthCollection[m] * 1_000, (int)monthNew[m]);
                            }
                        }
                    }
                }

                Target Target(int? parentId, TargetScope scope, int? regionId, int? staffId, int? quarter, int? month,
                    long sales, long collection, int newOnes)
                {
                    var target = new Target
                    {
                        Id = ++targetId, Year = year, Quarter = quarter, Month = month, Scope = scope, RegionId = regionId,
                        StaffId = staffId, ParentId = parentId, SalesAmount = sales, CollectionAmount = collection,
                        NewCustomers = newOnes, Version = 1,
                    };
                    writer.Add(target);
                    return target;
                }
            }
        }

        /// <summary>Splits a whole number by weights, exactly: each part is a difference of rounded running totals.</summary>
        private static long[] Split(long total, double[] weights)
        {
            var sum = weights.Sum();
            var parts = new long[weights.Length];
            var cumulative = 0.0;
            var previous = 0L;
            for (var i = 0; i < weights.Length; i++)
            {
                cumulative += weights[i];
                var upTo = i == weights.Length - 1 ? total : (long)Math.Round(total * cumulative / sum);
                parts[i] = upTo - previous;
                previous = upTo;
            }

            return parts;
        }

        /// <summary>
        /// A-class customers are visited every two weeks, B-class called monthly, C-class called quarterly; prospects
        /// get a few follow-up calls; customers complain now and then (<see cref="AddComplaint"/>), answered within two
        /// hours most of the time.
        /// </summary>
        private void GenerateActivities()
        {
            var activityId = 0;
            foreach (var state in customers)
            {
                var customer = state.Entity;
                var from = LocalDate(customer.CreatedAt) > first ? LocalDate(customer.CreatedAt) : first;
                if (state.FirstSigned is null)
                {
                    var day = from;
                    for (var i = random.Between(2, 6); i > 0; i--)
                    {
                        day = day.AddDays(random.Between(7, 30));
                        if (day > last)
                        {
                            break;
                        }

                        Add(ActivityKind.Call, state.Owner.Id, Local(day, random.Between(9.0, 18.0)), random.Pick(DemoVocabulary.ProspectSubjects));
                    }

                    continue;
                }

                var (kind, interval, jitter) = customer.Grade switch
                {
                    CustomerGrade.A => (ActivityKind.Visit, 14, 3),
                    CustomerGrade.B => (ActivityKind.Call, 30, 7),
                    _ => (ActivityKind.Call, 90, 20),
                };
                var until = customer.Status == CustomerStatus.Lost ? Min(last, state.LastSigned!.Value.AddDays(180)) : last;
                for (var day = from.AddDays(random.Next(interval)); day <= until; day = day.AddDays(interval + random.Between(-jitter, jitter)))
                {
                    var subjects = kind == ActivityKind.Visit ? DemoVocabulary.VisitSubjects : DemoVocabulary.CallSubjects;
                    Add(kind, state.Owner.Id, Local(day, random.Between(9.0, 18.0)), random.Pick(subjects));
                }

                var firstSigned = state.FirstSigned.Value;
                var years = (last.DayNumber - firstSigned.DayNumber) / 365.0;
                var rate = customer.Grade switch { CustomerGrade.A => 1.0, CustomerGrade.B => 0.5, _ => 0.2 };
                for (var n = (int)Math.Floor((rate * years) + random.NextDouble()); n > 0; n--)
                {
                    var occurredAt = Local(firstSigned.AddDays(random.Next(Math.Max(1, last.DayNumber - firstSigned.DayNumber + 1))), random.Between(9.0, 18.0));
                    var answeredAt = occurredAt.AddMinutes(random.Chance(0.85) ? random.Between(5, 110) : random.Between(150, 1800));
                    var subject = random.Pick(DemoVocabulary.ComplaintSubjects);
                    AddComplaint(state, random.Pick(supports[state.Area.RegionIndex]).Id, occurredAt, answeredAt <= historyEnd ? answeredAt : null, subject);
                }

                void Add(ActivityKind activityKind, int staffId, DateTime occurredAt, string subject)
                {
                    writer.Add(new Activity
                    {
                        Id = ++activityId, CustomerId = customer.Id, StaffId = staffId, Kind = activityKind, OccurredAt = occurredAt, Subject = subject,
                    });
                    CountForDiary(activityKind, staffId, occurredAt);
                }
            }
        }

        private void GenerateAccounts()
        {
            Staff RepIn(string areaCode, int index) => areas.Single(a => a.Region.Code == areaCode).Reps[index];
            var people = new (string Username, Staff Member)[]
            {
                ("director", director), ("finance", finance[0]), ("admin", admin),
                ("manager.east", managers[0]), ("manager.north", managers[1]), ("manager.south", managers[2]), ("manager.west", managers[3]),
                ("rep.east.1", RepIn("EAST-SH", 0)), ("rep.east.2", RepIn("EAST-SH", 1)), ("rep.north.1", RepIn("NORTH-BJ", 0)),
                ("support.east", supports[0][0]), ("support.north", supports[1][0]),
            };
            var id = 0;
            foreach (var (username, member) in people)
            {
                writer.Add(new Account
                {
                    Id = ++id, Username = username, SecretHash = SecretHasher.Hash(options.DemoPassword), Role = member.Role, StaffId = member.Id,
                });
            }

            writer.Add(new Account { Id = ++id, Username = "bi", SecretHash = SecretHasher.Hash(options.DemoPassword), Role = StaffRole.BiAnalyst, IsService = true });
            writer.Add(new Account
            {
                Id = ++id, Username = "erp", SecretHash = SecretHasher.Hash(options.DemoPassword), Role = StaffRole.Integration, IsService = true, Grants = ErpGrants,
            });
            writer.Add(new Account
            {
                Id = ++id, Username = "planning", SecretHash = SecretHasher.Hash(options.DemoPassword), Role = StaffRole.Integration, IsService = true, Grants = PlanningGrants,
            });
        }

        // ---------------------------------------------------------------- helpers

        private string NextNumber(string prefix, DateOnly day)
        {
            var key = (prefix, day.Year);
            var next = numbers.GetValueOrDefault(key) + 1;
            numbers[key] = next;
            return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{day.Year}-{next:D6}");
        }

        /// <summary>The UTC instant of <paramref name="hour"/> o'clock business time on <paramref name="day"/>.</summary>
        private DateTime Local(DateOnly day, double hour) => zone.ToUtc(day, TimeSpan.FromSeconds(Math.Round(hour * 3600)));

        private DateOnly LocalDate(DateTime utc) => zone.DateOf(utc);

        /// <summary>Moves an instant outside 09:00–18:30 business time to the next morning.</summary>
        private DateTime OfficeHours(DateTime utc)
        {
            var hour = zone.LocalTime(utc).TimeOfDay.TotalHours;
            if (hour is >= 9 and < 18.5)
            {
                return utc;
            }

            var day = LocalDate(utc);
            return Local(hour >= 18.5 ? day.AddDays(1) : day, random.Between(9.0, 11.0));
        }

        private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    }
}
