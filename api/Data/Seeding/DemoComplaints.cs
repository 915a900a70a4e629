using SalesGraph.Data.Entities;

namespace SalesGraph.Data.Seeding;

/// <summary>The demo complaints (客户投诉).</summary>
public sealed partial class DemoDataGenerator
{
    /// <summary>The demo's response window: the sources' 2 hours (Complaints:AnswerWithinMinutes by default).</summary>
    private static readonly TimeSpan AnswerWindow = TimeSpan.FromHours(2);

    private static readonly (string Subject, ComplaintCategory Category)[] ComplaintKinds =
    [
        ("交货延迟", ComplaintCategory.Delivery), ("产品质量问题", ComplaintCategory.Quality), ("发票信息有误", ComplaintCategory.Billing),
        ("运输途中破损", ComplaintCategory.Delivery), ("安装调试不及时", ComplaintCategory.Service),
    ];

    private sealed partial class Run
    {
        private int complaintId;

        // Complaints' own details draw from a stream of their own, so the figures of the rest of a seed stay as they were.
        private DemoRandom? complaintRandom;

        private DemoRandom ComplaintRandom => complaintRandom ??= new DemoRandom(options.Seed + 21);

        /// <summary>
        /// A complaint received at <paramref name="receivedAt"/> and first answered at <paramref name="answeredAt"/> (null:
        /// not yet, so overdue today). One in five answered ones is forwarded (billing to finance, the rest to the region's
        /// manager); answered ones are resolved within days, the recent ones not yet.
        /// </summary>
        private void AddComplaint(CustomerState state, int loggedById, DateTime receivedAt, DateTime? answeredAt, string subject)
        {
            var r = ComplaintRandom;
            var receivedOn = LocalDate(receivedAt);
            var category = Array.Find(ComplaintKinds, k => k.Subject == subject).Category;
            var roll = r.NextDouble();
            var severity = roll < 0.3 ? ComplaintSeverity.Low : roll < 0.75 ? ComplaintSeverity.Medium : roll < 0.95 ? ComplaintSeverity.High : ComplaintSeverity.Critical;
            var complaint = new Complaint
            {
                Id = ++complaintId,
                Number = NextNumber("TS", receivedOn),
                CustomerId = state.Entity.Id,
                OwnerId = state.Owner.Id,
                Category = category,
                Severity = severity,
                Description = $"客户反映{subject}，要求尽快处理",
                Status = ComplaintStatus.Open,
                ReceivedAt = receivedAt,
                ReceivedOn = receivedOn,
                AnswerDueAt = receivedAt + AnswerWindow,
                LoggedById = loggedById,
                Version = 1,
                CreatedAt = receivedAt,
                UpdatedAt = receivedAt,
            };
            if (answeredAt is { } answered)
            {
                complaint.Status = ComplaintStatus.Answered;
                complaint.AnsweredAt = answered;
                complaint.AnsweredById = loggedById;
                complaint.Answer = "已致电客户说明情况，正在安排处理";
                complaint.Version = 2;
                complaint.UpdatedAt = answered;
                if (r.Chance(0.2))
                {
                    var forwardedAt = answered.AddHours(r.Between(0.5, 24.0));
                    if (forwardedAt <= historyEnd)
                    {
                        complaint.Status = ComplaintStatus.Forwarded;
                        complaint.ForwardedAt = forwardedAt;
                        complaint.ForwardedToId = category == ComplaintCategory.Billing ? finance[0].Id : managers[state.Area.RegionIndex].Id;
                        complaint.ForwardNote = "请协助核实并给出处理意见";
                        complaint.Version++;
                        complaint.UpdatedAt = forwardedAt;
                    }
                }

                var resolvedAt = (complaint.ForwardedAt ?? answered).AddHours(r.Between(4.0, 240.0));
                if (resolvedAt <= historyEnd)
                {
                    // A forwarded complaint is explained to the customer again before it is resolved (the first answer stays).
                    complaint.Version += complaint.Status == ComplaintStatus.Forwarded ? 2 : 1;
                    complaint.Status = ComplaintStatus.Resolved;
                    complaint.ResolvedAt = resolvedAt;
                    complaint.ResolvedById = loggedById;
                    complaint.Resolution = category switch
                    {
                        ComplaintCategory.Quality => "已换货并由质检部门复核",
                        ComplaintCategory.Delivery => "已补发货物，承运商赔付破损部分",
                        ComplaintCategory.Billing => "已重开发票",
                        _ => "已上门处理，客户确认满意",
                    };
                    complaint.UpdatedAt = resolvedAt;
                }
            }

            writer.Add(complaint);
        }

        /// <summary>
        /// The last three days' complaints, so the complaints page has work on it: about one A- or B-class customer in
        /// twenty complained, and more than half of those are still waiting for their answer (overdue by today); the
        /// others were answered, a few late.
        /// </summary>
        private void GenerateRecentComplaints()
        {
            var r = ComplaintRandom;
            foreach (var state in customers)
            {
                if (state.FirstSigned is null || state.Entity.Status == CustomerStatus.Lost || state.Entity.Grade == CustomerGrade.C || !r.Chance(0.05))
                {
                    continue;
                }

                var receivedAt = Local(last.AddDays(-r.Next(3)), r.Between(9.0, 17.0));
                var answeredAt = r.Chance(0.55) ? (DateTime?)null : receivedAt.AddMinutes(r.Chance(0.8) ? r.Between(5, 110) : r.Between(130, 400));
                var clerks = supports[state.Area.RegionIndex];
                AddComplaint(state, clerks.Count > 0 ? r.Pick(clerks).Id : state.Owner.Id, receivedAt, answeredAt <= historyEnd ? answeredAt : null,
                    r.Pick(ComplaintKinds).Subject);
            }
        }
    }
}
