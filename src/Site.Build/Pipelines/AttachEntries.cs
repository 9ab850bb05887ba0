using Site.Core.Pipeline;
using Site.Core.Site;

namespace Site.Build.Pipelines;

/// <summary>Attaches to each article document the entry it was made from, for the pipelines that depend on articles.</summary>
internal sealed class AttachEntries(IReadOnlyDictionary<string, Entry> bySource) : ForEachDocument
{
    protected override IEnumerable<Document> Process(Document document, PipelineContext context)
    {
        yield return document.Source is not null && bySource.TryGetValue(document.Source, out var entry) ? document.With(entry) : document;
    }
}
