using Site.Build.Plan;
using Site.Content.Markdown;
using Site.Content.Media;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Site;
using Site.Core.Urls;

namespace Site.Build.Caching;

/// <summary>
/// The rendered body of each article: from a preview's memory, else from the store on disk, else rendered (and then
/// kept in both). A kept body is used only while what its rendering looked up elsewhere still holds. With a
/// <paramref name="spill"/>, the bodies handed out keep their HTML in it, and the articles their Markdown, rather than in memory.
/// </summary>
/// <param name="ids">For a build compared with an earlier one: where the articles' and bodies' content hashes are recorded, before their texts go to the spill file.</param>
/// <param name="knownIds">
/// What the build cache knows an article to be made of (<see cref="ArticleStore.IdsOf"/>): its identities then, rather
/// than hashes of its properties, which would read back the Markdown of an article whose file was not read.
/// </param>
internal sealed class Bodies(Uri baseUrl, SourceLinkMap links, ImageSizes images, Func<string, BodyLabels> labels, MarkdownCache? cache, BodyStore? store, BodySpill? spill = null, ContentIds? ids = null, Func<Article, KnownArticle?>? knownIds = null)
{
    private readonly MarkdownRenderer _renderer = new(links, new UrlBuilder(baseUrl), images, labels);
    private int _rendered;

    public int Rendered => _rendered;

    /// <summary>The body, or null when its rendering reported an error (in <paramref name="diagnostics"/>).</summary>
    public RenderedBody? Of(Article article, DiagnosticBag diagnostics)
    {
        // Taken while the Markdown is in memory: once it is in the spill file, hashing would read it back.
        var known = knownIds?.Invoke(article);
        var articleId = ids is null ? default : known?.Article ?? ContentHash.Of(article);
        var (body, bodyId) = Find(article, known, diagnostics);
        if (body is null)
        {
            return null;
        }

        var id = ids is null ? default : bodyId ?? ContentHash.Of(body);
        if (spill is not null)
        {
            // Rendered: from here on the build reads the article's text from the spill file when a page needs it.
            spill.Keep(article);
            var held = body;
            body = spill.Keep(body);

            // A preview remembers the body as stored: its next builds find this object, which its pages' fingerprints identify.
            cache?.Stored(article, held, body);
        }

        ids?.Keep(article, articleId);
        ids?.Keep(body, id);
        return body;
    }

    /// <summary>The body and, when it was found in or put into the store, its identity there (<see cref="BodyStore.IdOf"/>).</summary>
    private (RenderedBody? Body, Hash128? Id) Find(Article article, KnownArticle? known, DiagnosticBag diagnostics)
    {
        if (cache?.Find(article, baseUrl, labels(article.Language), images, links) is { } remembered)
        {
            return (remembered, null);
        }

        var key = store is null ? default : BodyStore.KeyOf(article, baseUrl, labels(article.Language), known?.Markdown);
        // A body found in the store's index comes without its HTML, which is read from the store when a page prints it.
        if (store?.Find(key, () => Render(article)) is { } stored && stored.Lookups.StillHold(images, links))
        {
            cache?.Keep(article, baseUrl, labels(article.Language), stored.Body, stored.Lookups);
            return (stored.Body, stored.Id);
        }

        var local = new DiagnosticBag();
        var lookups = new RenderLookups();
        var body = _renderer.Render(article, local, lookups);
        Interlocked.Increment(ref _rendered);
        var found = local.ToSortedList();
        diagnostics.AddRange(found);
        if (found.Count > 0)
        {
            // Kept bodies come back without their diagnostics: only clean ones are kept.
            return (local.HasErrors ? null : body, store is null ? null : BodyStore.IdOf(body, lookups));
        }

        cache?.Keep(article, baseUrl, labels(article.Language), body, lookups);
        return (body, store?.Keep(key, body, lookups));
    }

    /// <summary>A body rendered again for the store (its stored copy was lost): it was clean when stored, and is the same now.</summary>
    private (RenderedBody Body, RenderLookups Lookups) Render(Article article)
    {
        var lookups = new RenderLookups();
        return (_renderer.Render(article, new DiagnosticBag(), lookups), lookups);
    }
}
