using Site.Build.Plan;

namespace Site.Build.Output;

/// <summary>
/// Where a build's pages go: rendered first, checked by the builder, and published only if the check passed.
/// A <c>build</c> swaps a whole new folder in (<see cref="AtomicPublisher"/>); the preview updates its folder in
/// place with the pages that changed (<see cref="InPlacePublisher"/>). Disposing an unpublished one leaves the
/// previous output as it was.
/// </summary>
internal interface IPublisher : IDisposable
{
    /// <summary>The options the build runs with (a build writes where the output guard looked).</summary>
    BuildOptions Options { get; }

    /// <summary>
    /// The folder the rendered site waits in until it is published, where Pagefind indexes it; null when pages are
    /// written in place by <see cref="Publish"/> (the preview).
    /// </summary>
    string? Staging { get; }

    string RenderStep { get; }

    string PublishStep { get; }

    /// <param name="changes">Files reported as changed (full paths), or null when unknown.</param>
    RenderedPages Render(PagePlan plan, bool scan, IReadOnlySet<string>? changes, CancellationToken cancellationToken);

    void Publish();
}
