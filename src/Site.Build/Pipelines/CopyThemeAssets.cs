using Site.Core.Pipeline;

namespace Site.Build.Pipelines;

/// <summary>Copies the theme's assets to <c>/assets/</c> under the names the plan gave them.</summary>
internal sealed class CopyThemeAssets(ThemeAssets assets) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context) =>
        inputs.Concat(assets.Files.Select(f => new Document(f.Destination, new FileContent(f.Source)).With(new PageKind("file")))).ToList();
}
