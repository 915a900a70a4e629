using SalesGraph.Data.Entities;

namespace SalesGraph.Data.Seeding;

/// <summary>
/// The demo sales diary (销售日记): most active reps wrote an entry on most business days of the last month, their
/// visits and calls counted from the demo's activities of that day (as writeDiaryEntry counts them); some days are missing.
/// </summary>
public sealed partial class DemoDataGenerator
{
    private static readonly string[] DiarySummaries =
    [
        "上午拜访重点客户，了解下季度采购计划；下午整理报价。", "电话回访老客户，确认到货与安装情况。", "跟进商机推进，与客户技术部沟通方案。",
        "整理应收账款，提醒客户按期回款。", "陪同技术人员上门处理设备问题。", "开发新客户两家，已留下资料。",
    ];

    private static readonly string[] DiaryPlans =
    [
        "拜访A类客户，推进年度框架合同。", "电话跟进未回款客户。", "准备报价单并提交审批。", "回访上周投诉客户。", "参加区域周会，汇报本周进展。",
    ];

    private sealed partial class Run
    {
        private const int DiaryDays = 31;

        private readonly Dictionary<(int StaffId, DateOnly Day), (int Visits, int Calls)> diaryCounts = [];

        // The diary draws from a stream of its own, so every other figure of a seed stays as it was.
        private DemoRandom? diaryRandom;

        private DemoRandom DiaryRandom => diaryRandom ??= new DemoRandom(options.Seed + 29);

        /// <summary>Counts an activity of the last month for its rep's diary of that day.</summary>
        private void CountForDiary(ActivityKind kind, int staffId, DateTime occurredAt)
        {
            var day = LocalDate(occurredAt);
            if (day > last || last.DayNumber - day.DayNumber >= DiaryDays)
            {
                return;
            }

            var (visits, calls) = diaryCounts.GetValueOrDefault((staffId, day));
            diaryCounts[(staffId, day)] = kind == ActivityKind.Visit ? (visits + 1, calls) : (visits, calls + 1);
        }

        /// <summary>About nine in ten entries of the active reps over the last month's business days, written that evening; today's none.</summary>
        private void GenerateDiaries()
        {
            var r = DiaryRandom;
            var id = 0;
            foreach (var rep in staff.Where(s => s.Role == StaffRole.SalesRep && s.IsActive))
            {
                for (var day = last; last.DayNumber - day.DayNumber < DiaryDays; day = day.AddDays(-1))
                {
                    if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || day < rep.HireDate || !r.Chance(0.88))
                    {
                        continue;
                    }

                    var (visits, calls) = diaryCounts.GetValueOrDefault((rep.Id, day));
                    var at = Local(day, r.Between(17.5, 21.0));
                    writer.Add(new DiaryEntry
                    {
                        Id = ++id,
                        StaffId = rep.Id,
                        Day = day,
                        VisitsMade = visits,
                        CallsMade = calls,
                        Summary = r.Pick(DiarySummaries),
                        TomorrowPlan = r.Pick(DiaryPlans),
                        Version = 1,
                        CreatedAt = at,
                        UpdatedAt = at,
                    });
                }
            }
        }
    }
}
