using System.Globalization;
using System.Text.RegularExpressions;

namespace Site.Benchmarks;

/// <summary>What one build process took, read from <c>/usr/bin/time -v</c> and the build's own step timings.</summary>
internal sealed partial record BuildMeasurement(double Wall, double Cpu, double PeakMiB, int Files, IReadOnlyDictionary<string, double> Steps)
{
    /// <summary>The build steps reported, in the order they run (see SiteBuilder).</summary>
    public static readonly string[] StepNames = ["load content", "assemble site", "render and write", "check links", "publish"];

    public static IEnumerable<string> StepHeaders => StepNames.Select(s => s + " s");

    public static BuildMeasurement Parse(string stdout, string stderr)
    {
        var steps = StepLine().Matches(stderr).ToDictionary(m => m.Groups[1].Value.Trim(), m => Number(m.Groups[2].Value));
        return new BuildMeasurement(
            Clock(Field(stderr, "Elapsed (wall clock) time (h:mm:ss or m:ss)")),
            Number(Field(stderr, "User time (seconds)")) + Number(Field(stderr, "System time (seconds)")),
            Number(Field(stderr, "Maximum resident set size (kbytes)")) / 1024,
            int.Parse(Built().Match(stdout).Groups[1].Value, CultureInfo.InvariantCulture),
            steps);
    }

    public static string Row(string corpus, bool check, IReadOnlyList<BuildMeasurement> runs)
    {
        var wall = Median(runs.Select(r => r.Wall));
        var stepCells = StepNames.Select(s => Median(runs.Select(r => r.Steps.GetValueOrDefault(s))).ToString("0.00", CultureInfo.InvariantCulture));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {corpus} | {(check ? "yes" : "no")} | {runs[0].Files} | {wall:0.00} ({runs.Min(r => r.Wall):0.00}–{runs.Max(r => r.Wall):0.00}) | {Median(runs.Select(r => r.Cpu)):0.00} | {runs[0].Files / wall:0} | {Median(runs.Select(r => r.PeakMiB)):0} | {string.Join(" | ", stepCells)} |");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Field(string text, string name)
    {
        var line = text.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith(name + ":", StringComparison.Ordinal));
        return line is null ? "0" : line[(line.IndexOf(name, StringComparison.Ordinal) + name.Length + 1)..].Trim();
    }

    private static double Clock(string text) =>
        text.Split(':').Aggregate(0.0, (total, part) => total * 60 + Number(part));

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^  (\S[^\n]*?)\s+(\d+\.\d+) s$", RegexOptions.Multiline)]
    private static partial Regex StepLine();

    [GeneratedRegex(@"Built (\d+) files")]
    private static partial Regex Built();
}
