using Site.Build.Plan;
using Site.Checks;

namespace Site.Build.Output;

/// <summary>
/// Renders into a staging folder and swaps it in: the previous output stays whole on any failure. Holds the output
/// lock from opening to disposal, so that two builds of the same output wait for each other.
/// </summary>
internal sealed class AtomicPublisher(BuildOptions options, OutputLock held) : IPublisher
{
    private AtomicOutput? _output;
    private bool _published;

    public BuildOptions Options { get; } = options;

    public string? Staging => _output?.Staging;

    public string RenderStep => "render and write";

    public string PublishStep => "publish";

    public RenderedPages Render(PagePlan plan, bool scan, IReadOnlySet<string>? changes, CancellationToken cancellationToken)
    {
        _output = AtomicOutput.Begin(Options.OutputDirectory);
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
        _output!.Commit();
        _published = true;
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
