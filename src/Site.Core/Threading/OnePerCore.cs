namespace Site.Core.Threading;

/// <summary>
/// Options for the build's parallel loops: one worker per core. Left unbounded, a loop whose workers read or write
/// files lets the thread pool add threads while they wait; at 50,000 articles eight pages were being made at once on
/// two cores, each holding its text, and the loops took longer than with two (docs/performance.md, fourth pass).
/// </summary>
public static class OnePerCore
{
    public static ParallelOptions Options(CancellationToken cancellationToken = default) => new()
    {
        MaxDegreeOfParallelism = Environment.ProcessorCount,
        CancellationToken = cancellationToken,
    };
}
