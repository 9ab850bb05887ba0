using Site.Core.Site;
using Site.Core.Urls;
using Site.Rendering.Views;

namespace Site.Rendering.Pages.Layouts;

/// <summary>The model of <c>print.liquid</c>: an article alone on a page to print, outside the site's frame.</summary>
internal sealed record PrintPage(PageView Page, EntryView Entry) : ILayoutModel
{
    public string Layout => "print";

    public bool InBase => false;

    public IEnumerable<(string Name, object? Value)> Values => [("entry", Entry)];

    public static PrintPage Build(LayoutContext context, Entry entry)
    {
        var page = context.Pages.Create("print", entry.Language, entry.Article.Title, entry.PrintPath!, new Dictionary<string, string>(), SitePaths.Home) with
        {
            Canonical = context.Site.Urls.Absolute(entry.Path),
            Noindex = true,
            FeedUrl = null,
        };
        return new PrintPage(page, context.Entries.WithPrintBody(entry));
    }
}
