using Site.Checks;
using Site.Core.Diagnostics;

namespace Site.Build;

/// <summary>How a build ended: its outcome, what it found wrong, and what it made.</summary>
public sealed record BuildResult
{
    public required BuildOutcome Outcome { get; init; }
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    /// <summary>How many article bodies were rendered from Markdown; the others came from a cache.</summary>
    public int RenderedBodies { get; init; }
    public IReadOnlyDictionary<string, int> PagesByKind { get; init; } = new Dictionary<string, int>();
    public IReadOnlyList<StepTiming> Steps { get; init; } = [];
}
