using SalesGraph.Data.Entities;
using static SalesGraph.Data.Entities.OpportunityStage;

namespace SalesGraph.Funnel;

/// <summary>
/// The funnel's moves as one table: the open stages (LEAD, INTENTION, QUOTE) move to one another, forward or back; any
/// open stage to LOST; WON only from QUOTE (a contract follows a quote at the price policy's prices). WON and LOST are
/// final. A pair missing here is refused with INVALID_TRANSITION.
/// </summary>
public static class OpportunityTransitions
{
    private static readonly HashSet<(OpportunityStage From, OpportunityStage To)> Moves =
    [
        (Lead, Intention), (Lead, Quote), (Intention, Lead), (Intention, Quote), (Quote, Lead), (Quote, Intention),
        (Lead, Lost), (Intention, Lost), (Quote, Lost), (Quote, Won),
    ];

    /// <summary>Whether an opportunity in <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    public static bool Allows(OpportunityStage from, OpportunityStage to) => Moves.Contains((from, to));

    /// <summary>The funnel's stages an opportunity passes through, in order (LOST is an exit, not a stage reached).</summary>
    public static IReadOnlyList<OpportunityStage> Reached { get; } = [Lead, Intention, Quote, Won];

    /// <summary>The furthest stage reached after a move to <paramref name="to"/>: a move back or to LOST keeps the furthest.</summary>
    public static OpportunityStage Furthest(OpportunityStage furthest, OpportunityStage to) =>
        to != Lost && to > furthest ? to : furthest;

    /// <summary>Whether the stage is still in the funnel.</summary>
    public static bool IsOpen(OpportunityStage stage) => stage is Lead or Intention or Quote;
}
