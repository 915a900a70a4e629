using Microsoft.Extensions.Options;
using SalesGraph.Auth;

namespace SalesGraph.UnitTests.Auth;

public sealed class InMemoryLoginThrottleTests
{
    private readonly ManualTimeProvider _clock = new();
    private readonly InMemoryLoginThrottle _throttle;

    public InMemoryLoginThrottleTests() =>
        _throttle = new InMemoryLoginThrottle(Options.Create(new LoginThrottleOptions { MaxFailures = 5, Window = TimeSpan.FromMinutes(5) }), _clock);

    [Fact]
    public async Task FourFailuresStillAllowAnotherAttempt()
    {
        await Fail("alice", "10.0.0.1", times: 4);

        Assert.Null(await _throttle.GetRetryAfterAsync("alice", "10.0.0.1"));
    }

    [Fact]
    public async Task FifthFailureBlocksTheAccountFromEveryAddressForTheRestOfTheWindow()
    {
        for (var i = 0; i < 5; i++)
        {
            await _throttle.RecordFailureAsync("alice", $"10.0.0.{i}");
            _clock.Advance(TimeSpan.FromSeconds(10));
        }

        // The first failure was 50 s ago, so it leaves the 5-minute window in 4 min 10 s.
        Assert.Equal(TimeSpan.FromSeconds(250), await _throttle.GetRetryAfterAsync("alice", "192.168.1.1"));
    }

    [Fact]
    public async Task AccountNamesDifferingOnlyInCaseShareOneBudget()
    {
        await Fail("Alice", "10.0.0.1", times: 3);
        await Fail("ALICE", "10.0.0.2", times: 2);

        Assert.NotNull(await _throttle.GetRetryAfterAsync("alice", "10.0.0.3"));
    }

    [Fact]
    public async Task FifthFailureFromOneAddressBlocksThatAddressForOtherAccounts()
    {
        for (var i = 0; i < 5; i++)
        {
            await _throttle.RecordFailureAsync($"user{i}", "10.0.0.9");
        }

        Assert.NotNull(await _throttle.GetRetryAfterAsync("bob", "10.0.0.9"));
        Assert.Null(await _throttle.GetRetryAfterAsync("bob", "10.0.0.10"));
    }

    [Fact]
    public async Task BlockLiftsOnceTheWindowHasPassed()
    {
        await Fail("alice", "10.0.0.1", times: 5);

        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Null(await _throttle.GetRetryAfterAsync("alice", "10.0.0.1"));
    }

    [Fact]
    public async Task SuccessClearsTheAccountButNotTheAddress()
    {
        await Fail("alice", "10.0.0.1", times: 5);

        await _throttle.RecordSuccessAsync("alice");

        Assert.Null(await _throttle.GetRetryAfterAsync("alice", "10.0.0.2"));
        Assert.NotNull(await _throttle.GetRetryAfterAsync("carol", "10.0.0.1"));
    }

    private async Task Fail(string account, string address, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await _throttle.RecordFailureAsync(account, address);
        }
    }
}
