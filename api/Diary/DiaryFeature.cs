using SalesGraph.GraphQL;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Diary;

/// <summary>Registers the Diary feature (销售日记 / 日报: a rep's entry per business day, drafted from the day's work).</summary>
public static class DiaryFeature
{
    public static IServiceCollection AddDiary(this IServiceCollection services) =>
        services
            .AddQueryFields<DiaryQueries>()
            .AddQueryFields<DiaryReviewQueries>()
            .AddMutations<DiaryMutations>();
}
