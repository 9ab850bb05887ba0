using System.Diagnostics;

namespace Site.Build;

/// <summary>Runs the steps of a build one after the other, timing each and telling the user which one is running.</summary>
internal sealed class BuildSteps(TextWriter progress)
{
    private readonly List<StepTiming> _timings = [];

    public IReadOnlyList<StepTiming> Timings => _timings;

    public T Run<T>(string step, Func<T> action)
    {
        progress.Write($"  {step,-22}");
        progress.Flush();
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
        progress.WriteLine($"{clock.Elapsed.TotalSeconds,7:0.00} s");
        return result;
    }

    public void Run(string step, Action action) => Run(step, () =>
    {
        action();
        return true;
    });
}
