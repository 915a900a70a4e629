using SalesGraph.Contracts;
using SalesGraph.Data.Entities;
using static SalesGraph.Contracts.ContractStep;
using static SalesGraph.Data.Entities.ContractStatus;

namespace SalesGraph.UnitTests.Contracts;

/// <summary>Every status × step of the contract workflow, written out independently of <see cref="ContractTransitions"/>.</summary>
public sealed class ContractTransitionsTests
{
    /// <summary>The workflow of docs/domain.md: each allowed pair and where it leads; every other pair is refused.</summary>
    private static readonly Dictionary<(ContractStatus, ContractStep), ContractStatus> Allowed = new()
    {
        [(Draft, Update)] = Draft,
        [(Rejected, Update)] = Draft,
        [(Draft, Submit)] = PendingApproval,
        [(PendingApproval, ApproveInPart)] = PendingApproval,
        [(PendingApproval, Approve)] = Approved,
        [(PendingApproval, Reject)] = Rejected,
        [(Approved, Activate)] = Active,
        [(Active, Complete)] = Completed,
        [(Approved, Terminate)] = Terminated,
        [(Active, Terminate)] = Terminated,
    };

    public static TheoryData<ContractStatus, ContractStep> EveryPair()
    {
        var pairs = new TheoryData<ContractStatus, ContractStep>();
        foreach (var status in Enum.GetValues<ContractStatus>())
        {
            foreach (var step in Enum.GetValues<ContractStep>())
            {
                pairs.Add(status, step);
            }
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void EachStepFromEachStatusLeadsWhereTheWorkflowSaysOrIsRefused(ContractStatus from, ContractStep step)
    {
        ContractStatus? expected = Allowed.TryGetValue((from, step), out var to) ? to : null;
        Assert.Equal(expected, ContractTransitions.Next(from, step));
    }

    [Fact]
    public void FinishedContractsTakeNoFurtherStep()
    {
        foreach (var status in new[] { Completed, Terminated })
        {
            Assert.All(Enum.GetValues<ContractStep>(), step => Assert.Null(ContractTransitions.Next(status, step)));
        }
    }

    [Theory]
    [InlineData(Update, "update")]
    [InlineData(ApproveInPart, "approve")]
    [InlineData(Approve, "approve")]
    [InlineData(Terminate, "terminate")]
    public void ARefusalNamesTheStepAsTheClientCalledIt(ContractStep step, string verb) =>
        Assert.Equal(verb, ContractTransitions.Verb(step));
}
