using Site.Build.Caching;
using Site.Build.Plan;
using Site.Checks;

namespace Site.Build.Output;

/// <summary>
/// Renders into a staging folder and swaps it in: the previous output stays whole on any failure. With a build cache,
/// files carried over from the previous output are linked into the staging folder, or, when the build made few files
/// and nothing needs the whole site in one folder, the output is patched with those files instead
/// (<see cref="AtomicOutput.CommitPatch"/>). Holds the output lock from opening to disposal, so that two builds of
/// the same output wait for each other.
/// </summary>
internal sealed class AtomicPublisher(BuildOptions options, OutputLock held) : IPublisher
{
    private AtomicOutput? _output;
    private bool _published;

    public BuildOptions Options { get; } = options;

    public string? Staging => _output?.Staging;

    public string RenderStep => "render and write";

    public string PublishStep => "publish";

    /// <summary>With a build cache: the previous output's manifest, from which unchanged files are carried over.</summary>
    public OutputReuse? Reuse { get; set; }

    /// <summary>What the last <see cref="Render"/> made and carried over, when <see cref="Reuse"/> is set.</summary>
    public ReusedWrite? Reused { get; private set; }

    /// <summary>
    /// Whether the output may be patched in place rather than swapped: not when something reads the staging folder
    /// as the whole site before publishing (Pagefind indexes it).
    /// </summary>
    public bool MayPatch { get; set; }

    /// <summary>The patch the output was published with, when it was patched in place rather than swapped.</summary>
    public OutputPatch? Patched { get; private set; }

    private bool _carriedLinked;

    public RenderedPages Render(PagePlan plan, bool scan, IReadOnlySet<string>? changes, CancellationToken cancellationToken)
    {
        _output = AtomicOutput.Begin(Options.OutputDirectory);
        if (Reuse is not null)
        {
            var reused = Reused = ReusingWriter.Write(plan.Pages, _output.Staging, Reuse, scan, cancellationToken);
            if (!MayPatch)
            {
                LinkCarried(cancellationToken);
            }

            var all = new Dictionary<string, PageScan>(reused.Scans.Count, StringComparer.Ordinal);
            foreach (var page in reused.Scans)
            {
                all.TryAdd(page.Path, page);
            }

            // Pages carried over passed the check that published them; only what they link to could have changed.
            return new RenderedPages(reused.TargetsChanged ? reused.Scans : reused.Fresh, all, plan.Files);
        }

        var scans = OutputWriter.Write(plan.Pages, _output.Staging, scan, cancellationToken);
        var byPath = new Dictionary<string, PageScan>(scans.Count, StringComparer.Ordinal);
        foreach (var page in scans)
        {
            byPath.TryAdd(page.Path, page);
        }

        return new RenderedPages(scans, byPath, plan.Files);
    }

    public void Publish()
    {
        Reuse?.Forget();
        if (Reused is { } made && !_carriedLinked)
        {
            if (Reuse!.Patch(made) is { } patch)
            {
                _output!.CommitPatch(patch);
                Patched = patch;
                _published = true;
                return;
            }

            LinkCarried(CancellationToken.None);
        }

        _output!.Commit();
        _published = true;
    }

    private void LinkCarried(CancellationToken cancellationToken)
    {
        CarriedFiles.Link(Reused!, _output!.Staging, Reuse!.Output, cancellationToken);
        _carriedLinked = true;
    }

    public void Dispose()
    {
        try
        {
            if (!_published)
            {
                _output?.Abandon();
            }
        }
        finally
        {
            held.Dispose();
        }
    }
}
