using Site.Core.Pipeline;
using Site.Core.Urls;

namespace Site.Build.Pipelines;

/// <summary>An input module that makes one HTML document per item; the page is rendered only when it is written.</summary>
internal sealed class CreatePages<T>(
    string kind,
    Func<IEnumerable<T>> items,
    Func<T, string> path,
    Func<T, string> render,
    Func<T, Fingerprint> fingerprint,
    Func<T, string?>? source = null) : IModule
{
    private readonly PageKind _kind = new(kind);

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context) =>
        inputs.Concat(items().Select(item =>
            new Document(SitePaths.FileOf(path(item)), new TextContent(() => render(item)), source?.Invoke(item))
                .With(_kind, fingerprint(item))))
            .ToList();
}
