using Site.Core.Pipeline;
using Site.Core.Site;
using Site.Core.Urls;
using Site.Rendering.Pages;

namespace Site.Build.Pipelines;

/// <summary>Makes the print page of every article page the <c>Articles</c> pipeline produced.</summary>
internal sealed class CreatePrintPages(PageRenderer renderer, PageFingerprints fingerprints) : IModule
{
    private static readonly PageKind Kind = new("print");

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context) =>
        context.OutputOf(SitePipelines.Articles)
            .Select(d => d.Find<Entry>())
            .Where(entry => entry?.PrintPath is not null)
            .Select(entry => new Document(SitePaths.FileOf(entry!.PrintPath!), new TextContent(() => renderer.Print(entry)), entry.Article.SourcePath)
                .With(entry)
                .With(Kind, fingerprints.Print(entry)))
            .ToList();
}
