using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;

namespace SalesGraph.Benchmarks;

/// <summary>The benchmark runner (a named class: the api's top-level <c>Program</c> is referenced here too).</summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        // `-- quick [N]`: N timed dashboard requests without BenchmarkDotNet, for a fast look while changing queries.
        if (args is ["quick", ..])
        {
            var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
            using var api = new InProcessApi();
            var director = InProcessApi.Principal("director", "Director", staffId: 1);
            var times = new List<double>();
            for (var i = 0; i < count + 3; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                await api.ExecuteAsync(KpiDashboardBenchmark.Dashboard, director);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"request {i + 1}{(i < 3 ? " (warm-up)" : "")}: {stopwatch.Elapsed.TotalMilliseconds:F1} ms"));
                if (i >= 3)
                {
                    times.Add(stopwatch.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count} requests: p50 {times[times.Count / 2]:F1} ms, max {times[^1]:F1} ms, min {times[0]:F1} ms"));
            return 0;
        }

        // `-- writes [N]`: the common writes' latency beside reads of the same pages (WriteLatency).
        if (args is ["writes", ..])
        {
            return await WriteLatency.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
