using Site.Build.Plan;
using Site.Checks;

namespace Site.Build.Output;

/// <summary>
/// For the preview: renders the pages whose fingerprint changed, in memory, and writes them in place only once they
/// passed the check, so that a build with errors leaves the last good pages served.
/// </summary>
internal sealed class InPlacePublisher(BuildOptions options, BuildSession session) : IPublisher
{
    private IncrementalWrite? _write;
    private bool _published;

    public BuildOptions Options { get; } = options;

    public string? Staging => null;

    public string RenderStep => "render";

    public string PublishStep => "write";

    public RenderedPages Render(PagePlan plan, bool scan, IReadOnlySet<string>? changes, CancellationToken cancellationToken)
    {
        if (session.Output?.Folder != Options.OutputDirectory)
        {
            session.Output = new IncrementalOutput(Options.OutputDirectory);
        }

        var write = _write = session.Output.Prepare(plan.Pages, scan, changes, cancellationToken);

        // Unchanged pages were checked when they were written, unless what they link to changed since.
        var changed = write.TargetsChanged ? write.Scans.Values.ToList() : write.Pending.Select(p => p.Scan).OfType<PageScan>().ToList();
        return new RenderedPages(changed, write.Scans, write.Files);
    }

    public void Publish()
    {
        session.Output!.Commit(_write!);
        session.LastChanged = _write!.Changed;
        _published = true;
    }

    public void Dispose()
    {
        if (_write is not null && !_published)
        {
            IncrementalOutput.Discard(_write);
        }
    }
}
