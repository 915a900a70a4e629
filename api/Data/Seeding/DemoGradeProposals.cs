using SalesGraph.Data.Entities;

namespace SalesGraph.Data.Seeding;

/// <summary>
/// The demo's grade proposals (等级变更, decision 030): in each 大区 the manager proposed two grades the director has not
/// decided yet, and one approved and one rejected in the last weeks — the approved one's customer has its new grade.
/// </summary>
public sealed partial class DemoDataGenerator
{
    private static readonly string[] UpgradeReasons =
    [
        "近一年采购额增长明显，回款及时，建议升级。", "已签年度框架合同，具备战略合作潜力。", "行业龙头，订单稳定，建议提升等级。",
    ];

    private static readonly string[] DowngradeReasons =
    [
        "连续两个季度无新订单，建议降级。", "回款多次逾期，建议下调等级控制风险。", "客户业务收缩，采购量明显下降。",
    ];

    private sealed partial class Run
    {
        // The proposals draw from a stream of their own, so every other figure of a seed stays as it was.
        private DemoRandom? proposalRandom;

        private DemoRandom ProposalRandom => proposalRandom ??= new DemoRandom(options.Seed + 31);

        private void GenerateGradeProposals()
        {
            var r = ProposalRandom;
            var id = 0;
            for (var region = 0; region < managers.Length; region++)
            {
                var candidates = customers.Where(c => c.Area.RegionIndex == region && !c.IsProspect).ToList();
                var taken = new HashSet<int>();
                for (var n = 0; n < 4 && taken.Count < candidates.Count; n++)
                {
                    CustomerState state;
                    do
                    {
                        state = r.Pick(candidates);
                    }
                    while (!taken.Add(state.Entity.Id));

                    var grade = state.Entity.Grade;
                    var up = grade == CustomerGrade.C || (grade == CustomerGrade.B && r.Chance(0.5));
                    var other = up ? (grade == CustomerGrade.C ? CustomerGrade.B : CustomerGrade.A) : (grade == CustomerGrade.A ? CustomerGrade.B : CustomerGrade.C);
                    var proposedAt = Local(last.AddDays(-r.Between(n < 2 ? 1 : 10, n < 2 ? 6 : 25)), r.Between(9.0, 17.5));
                    var proposal = new GradeProposal
                    {
                        Id = ++id,
                        CustomerId = state.Entity.Id,
                        FromGrade = grade,
                        ToGrade = other,
                        Reason = r.Pick(up ? UpgradeReasons : DowngradeReasons),
                        Status = GradeProposalStatus.Pending,
                        ProposedById = managers[region].Id,
                        ProposedAt = proposedAt,
                        Version = 1,
                    };
                    if (n == 2)
                    {
                        // Approved: the customer's grade now is the one proposed, so the proposal started from the other.
                        (proposal.FromGrade, proposal.ToGrade) = (other, grade);
                        proposal.Reason = r.Pick(other < grade ? DowngradeReasons : UpgradeReasons);
                        Decided(proposal, GradeProposalStatus.Approved, null);
                    }
                    else if (n == 3)
                    {
                        Decided(proposal, GradeProposalStatus.Rejected, "理由不充分，请补充近两季度的采购与回款数据。");
                    }

                    writer.Add(proposal);
                }
            }

            void Decided(GradeProposal proposal, GradeProposalStatus status, string? note)
            {
                proposal.Status = status;
                proposal.DecidedById = director.Id;
                proposal.DecidedAt = proposal.ProposedAt.AddHours(r.Between(2.0, 48.0));
                proposal.DecisionNote = note;
                proposal.Version = 2;
            }
        }
    }
}
