using SalesGraph.Data.Entities;

namespace SalesGraph.Data.Seeding;

/// <summary>The demo funnel (商机): won opportunities behind part of the last year's contracts, open and lost ones per customer.</summary>
public sealed partial class DemoDataGenerator
{
    private static readonly string[] OpportunityTitles = ["年度采购", "设备更新", "新产线配套", "试用订单", "扩产项目", "备品备件"];

    private static readonly string[] LostReasons =
    [
        "价格高于竞品", "客户预算取消", "交期无法满足", "选择了竞争对手", "项目延期至明年", "技术指标不符合要求",
    ];

    private sealed partial class Run
    {
        private int opportunityId;

        // The funnel draws from a stream of its own, so every other figure of a seed stays as it was.
        private DemoRandom? opportunityRandom;

        private DemoRandom OpportunityRandom => opportunityRandom ??= new DemoRandom(options.Seed + 23);

        /// <summary>
        /// About one in eight contracts of the last year came out of the funnel: a won opportunity created one to three
        /// months before, closed when its draft contract was created and linked to it (as moveOpportunity to WON does).
        /// </summary>
        private void WinOpportunity(CustomerState state, Contract contract, List<ContractLine> lines, DateOnly day)
        {
            var r = OpportunityRandom;
            if (last.DayNumber - day.DayNumber > 365 || !r.Chance(0.12))
            {
                return;
            }

            var createdOn = Max(first, day.AddDays(-r.Between(20, 90)));
            var line = products.Find(p => p.Id == lines[0].ProductId)?.ProductLine ?? "";
            writer.Add(new Opportunity
            {
                Id = ++opportunityId,
                CustomerId = state.Entity.Id,
                OwnerId = state.Owner.Id,
                Title = line + r.Pick(OpportunityTitles),
                Stage = OpportunityStage.Won,
                FurthestStage = OpportunityStage.Won,
                ExpectedAmount = Thousands(contract.AgreedTotal * (decimal)r.Between(0.8, 1.25)),
                ExpectedCloseOn = day.AddDays(r.Between(-20, 25)),
                Source = r.Chance(0.8) ? state.Entity.Source : r.Pick(Enum.GetValues<CustomerSource>()),
                CreatedOn = createdOn,
                ClosedOn = day,
                ContractId = contract.Id,
                StageChangedAt = contract.CreatedAt,
                Version = 4,
                CreatedAt = Local(createdOn, r.Between(9.0, 18.0)),
                UpdatedAt = contract.CreatedAt,
            });
        }

        /// <summary>
        /// The rest of the funnel, created over the last ten months: customers not lost have up to three opportunities
        /// (A-class more, prospects some), more than half of the older ones lost with a reason, the others still open at
        /// LEAD, INTENTION or QUOTE, expected to close from a few weeks ago (slipping) to five months ahead.
        /// </summary>
        private void GenerateOpportunities()
        {
            var r = OpportunityRandom;
            var stages = new[] { OpportunityStage.Lead, OpportunityStage.Intention, OpportunityStage.Quote };
            foreach (var state in customers)
            {
                var customer = state.Entity;
                if (customer.Status == CustomerStatus.Lost)
                {
                    continue;
                }

                var count = r.Between(0, customer.Grade switch { CustomerGrade.A => 3, CustomerGrade.B => 2, _ => 1 }) - (r.Chance(0.3) ? 1 : 0);
                var median = customer.Grade switch { CustomerGrade.A => 300_000.0, CustomerGrade.B => 90_000.0, _ => 30_000.0 };
                for (var n = 0; n < count; n++)
                {
                    var createdOn = last.AddDays(-r.Next(300));
                    var age = last.DayNumber - createdOn.DayNumber;
                    var lost = age > 30 && r.Chance(0.55);
                    var draw = r.NextDouble();
                    var reached = stages[draw < 0.4 ? 0 : draw < 0.75 ? 1 : 2];
                    var closedOn = lost ? createdOn.AddDays(r.Between(10, Math.Min(age, 120))) : (DateOnly?)null;
                    var changedOn = closedOn ?? createdOn.AddDays(reached == OpportunityStage.Lead ? 0 : r.Between(0, Math.Min(age, 60)));
                    var createdAt = Local(createdOn, r.Between(9.0, 18.0));
                    var changedAt = changedOn == createdOn ? createdAt : Local(changedOn, r.Between(9.0, 18.0));
                    writer.Add(new Opportunity
                    {
                        Id = ++opportunityId,
                        CustomerId = customer.Id,
                        OwnerId = state.Owner.Id,
                        Title = r.Pick(products).ProductLine + r.Pick(OpportunityTitles),
                        Stage = lost ? OpportunityStage.Lost : reached,
                        FurthestStage = reached,
                        ExpectedAmount = Thousands((decimal)Math.Clamp(r.LogNormal(median, 0.8), 5_000, 5_000_000)),
                        ExpectedCloseOn = lost ? createdOn.AddDays(r.Between(30, 150)) : Max(createdOn.AddDays(14), today.AddDays(r.Between(-20, 150))),
                        Source = r.Chance(0.8) ? customer.Source : r.Pick(Enum.GetValues<CustomerSource>()),
                        LostReason = lost ? r.Pick(LostReasons) : null,
                        CreatedOn = createdOn,
                        ClosedOn = closedOn,
                        StageChangedAt = changedAt,
                        Version = 1 + (int)reached + (lost ? 1 : 0),
                        CreatedAt = createdAt,
                        UpdatedAt = changedAt,
                    });
                }
            }
        }

        private static decimal Thousands(decimal amount) => Math.Max(1_000m, Math.Round(amount / 1_000m, MidpointRounding.AwayFromZero) * 1_000m);
    }
}
