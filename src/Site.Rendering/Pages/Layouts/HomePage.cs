using Site.Core.Navigation;
using Site.Core.Pagination;
using Site.Core.Site;
using Site.Rendering.Views;

namespace Site.Rendering.Pages.Layouts;

/// <summary>
/// The model of <c>home.liquid</c>: the first page of a language's home, laid out as a front page (lead, teasers,
/// sections). The head, the pagination and the switcher are those of the home's listing.
/// </summary>
internal sealed record HomePage(PageView Page, ListingView Listing, FrontPageView Front) : ILayoutModel
{
    public string Layout => "home";

    public bool InBase => true;

    public IEnumerable<(string Name, object? Value)> Values => [("listing", Listing), ("front", Front)];

    public static HomePage Build(LayoutContext context, string language, ListingPage<Entry> slice)
    {
        var list = ListPage.Build(context, Layouts.Listing.Home(context.Site, language), slice);
        var front = FrontPage.Of(context.Site, language);
        var urls = context.Site.Urls;
        var view = new FrontPageView
        {
            Lead = front.Lead is null ? null : context.Entries.Of(front.Lead),
            Teasers = [.. front.Teasers.Select(context.Entries.Of)],
            Sections = [.. front.Sections.Select(s => new FrontSectionView(s.Category.Name, urls.Path(s.Category.Path), [.. s.Entries.Select(context.Entries.Of)]))],
        };
        return new HomePage(list.Page, list.Listing, view);
    }
}
