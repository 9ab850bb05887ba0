using System.Diagnostics;
using Site.Checks;
using Site.Core.Diagnostics;

namespace Site.Build;

/// <summary>Runs the steps of a build one after the other, timing each and telling the user which one is running.</summary>
internal sealed class BuildSteps(TextWriter progress)
{
    private readonly List<StepTiming> _timings = [];

    public IReadOnlyList<StepTiming> Timings => _timings;

    private static bool Timed => Environment.GetEnvironmentVariable("SITE_PIPELINE_TIMINGS") is "1";

    public T Run<T>(string step, Func<T> action)
    {
        progress.Write($"  {step,-22}");
        progress.Flush();
        // Profiling aid: on a shared machine, the CPU time a step took says more than its wall time.
        var cpu = Timed ? Process.GetCurrentProcess().TotalProcessorTime : (TimeSpan?)null;
        var pauses = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var clock = Stopwatch.StartNew();
        T result;
        try
        {
            result = action();
        }
        catch
        {
            // The error is reported on a line of its own, not after the step's name.
            progress.WriteLine("failed");
            throw;
        }

        _timings.Add(new StepTiming(step, clock.Elapsed));
        progress.WriteLine(cpu is null
            ? $"{clock.Elapsed.TotalSeconds,7:0.00} s"
            : $"{clock.Elapsed.TotalSeconds,7:0.00} s ({(Process.GetCurrentProcess().TotalProcessorTime - cpu.Value).TotalSeconds:0.00} s CPU, "
              + $"GC {GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3}, "
              + $"{(GC.GetTotalPauseDuration() - pauses).TotalSeconds:0.00} s paused, {(GC.GetTotalAllocatedBytes() - allocated) >> 20} MB allocated, {Environment.WorkingSet >> 20} MB resident)");
        return result;
    }

    public void Run(string step, Action action) => Run(step, () =>
    {
        action();
        return true;
    });

    /// <summary>
    /// Profiling aid (docs/performance.md): with <c>SITE_PIPELINE_TIMINGS=1</c>, the time of each part of a step
    /// that took more than a millisecond.
    /// </summary>
    public void Detail(IReadOnlyList<StepTiming> parts)
    {
        if (!Timed)
        {
            return;
        }

        foreach (var part in parts.Where(p => p.Elapsed > TimeSpan.FromMilliseconds(1)))
        {
            progress.WriteLine($"    {part.Step}: {part.Elapsed.TotalMilliseconds:0} ms");
        }
    }

    /// <summary>The result of a build that ended with <paramref name="exitCode"/> after the steps run so far.</summary>
    public BuildResult End(BuildOutcome outcome, DiagnosticBag diagnostics, IReadOnlyList<Finding>? findings = null) => new()
    {
        Outcome = outcome,
        Diagnostics = diagnostics.ToSortedList(),
        Findings = findings ?? [],
        Steps = Timings,
    };
}
