namespace SalesGraph.Kpis;

/// <summary>How long an open invoice is past due (docs/domain.md rule 4), as of a day (today unless asked otherwise).</summary>
public enum AgingBucket
{
    NotDue,
    Days0To30,
    Days31To60,
    Days61To90,
    Over90Days,
}
