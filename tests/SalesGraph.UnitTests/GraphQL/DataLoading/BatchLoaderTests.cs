using SalesGraph.GraphQL.DataLoading;

namespace SalesGraph.UnitTests.GraphQL.DataLoading;

public sealed class BatchLoaderTests
{
    private readonly List<int[]> _fetched = [];

    private BatchLoader<int, string?> Loader(bool fail = false) => new(
        (keys, _) =>
        {
            _fetched.Add([.. keys]);
            if (fail)
            {
                throw new InvalidOperationException("database down");
            }

            IReadOnlyDictionary<int, string?> values = keys.Where(k => k > 0).ToDictionary(k => k, k => (string?)$"v{k}");
            return Task.FromResult(values);
        },
        missing: null);

    [Fact]
    public async Task KeysOfOneLevelAreFetchedOnceAsDistinctKeys()
    {
        var loader = Loader();
        var results = new[] { 1, 2, 1, -3 }.Select(loader.Load).ToList();

        var values = await Task.WhenAll(results.Select(r => r.GetResultAsync()));

        Assert.Equal(new string?[] { "v1", "v2", "v1", null }, values.AsEnumerable());
        Assert.Equal([1, 2, -3], Assert.Single(_fetched));
        Assert.Equal(1, loader.BatchCount);
    }

    [Fact]
    public async Task KeysAskedForAfterADispatchStartTheNextBatchAndKnownKeysAreNotFetchedAgain()
    {
        var loader = Loader();
        Assert.Equal("v1", await loader.Load(1).GetResultAsync());

        var again = loader.Load(1);
        var next = loader.Load(4);

        Assert.Equal("v1", await again.GetResultAsync());
        Assert.Equal("v4", await next.GetResultAsync());
        Assert.Equal([[1], [4]], _fetched);
    }

    [Fact]
    public async Task AFailedBatchFailsEveryResultAndIsFetchedAgainLater()
    {
        var loader = Loader(fail: true);
        var first = loader.Load(1);
        var second = loader.Load(2);

        await Assert.ThrowsAsync<InvalidOperationException>(() => first.GetResultAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => second.GetResultAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => loader.Load(1).GetResultAsync());
        Assert.Equal(2, _fetched.Count);
    }
}
