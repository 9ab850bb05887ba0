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
    /// <summary>How many files of each kind were written (a singular noun and a count), articles first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> PagesByKind { get; init; } = [];
    public IReadOnlyList<StepTiming> Steps { get; init; } = [];

    /// <summary>How many responsive image variants the "make images" step made, and how many it took from the cache.</summary>
    public int ImageVariantsMade { get; init; }
    public int ImageVariantsReused { get; init; }

    /// <summary>How many pages <c>site build</c> rendered (the others were carried over from the previous output); null for a preview.</summary>
    public int? PagesRendered { get; init; }

    /// <summary>How many files <c>site build</c> wrote or copied (the others were carried over); null for a preview.</summary>
    public int? FilesWritten { get; init; }

    /// <summary>
    /// Whether <c>site build</c> published by patching the output folder in place with the few files it wrote, rather
    /// than by swapping a whole new folder in.
    /// </summary>
    public bool Patched { get; init; }

    /// <summary>
    /// Whether <c>site build</c> took the relations between pages as the last build judged them, checking only the
    /// references of the pages it rendered, because those pages relate to the others as they did (<c>RelationsAsBefore</c>).
    /// </summary>
    public bool RelationsKept { get; init; }

    /// <summary>Whether, the relations being kept, duplicate titles and descriptions were judged again (titles or descriptions changed).</summary>
    public bool DuplicatesJudgedAgain { get; init; }

    /// <summary>Whether the build reserved room on the heap for its allocations (<see cref="BuildOptions.ReserveHeap"/>).</summary>
    public bool HeapReserved { get; init; }
}
