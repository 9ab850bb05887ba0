using Site.Core.Site;
using Site.Rendering.Views;

namespace Site.Rendering.Pages.Layouts;

/// <summary>
/// The model of <c>redirect.liquid</c>: the page left at an old address of an entry (front matter <c>aliases</c>),
/// which sends readers and crawlers to the entry's absolute URL (<see cref="PageView.Canonical"/>).
/// </summary>
internal sealed record RedirectPage(PageView Page, LinkView Target) : ILayoutModel
{
    public string Layout => "redirect";

    public bool InBase => false;

    public IEnumerable<(string Name, object? Value)> Values => [("target", Target)];

    public static RedirectPage Build(LayoutContext context, Entry entry)
    {
        // The page's own path is the entry's: its canonical URL is where the redirect leads.
        var page = context.Pages.Create("redirect", entry.Language, entry.Article.Title, entry.Path, new Dictionary<string, string>(), _ => entry.Path) with
        {
            Noindex = true,
            FeedUrl = null,
        };
        return new RedirectPage(page, new LinkView(entry.Article.Title, page.Canonical));
    }
}
