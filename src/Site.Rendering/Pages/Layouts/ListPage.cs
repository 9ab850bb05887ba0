using Site.Core.Model;
using Site.Core.Pagination;
using Site.Core.Site;
using Site.Core.Urls;
using Site.Rendering.Views;

namespace Site.Rendering.Pages.Layouts;

/// <summary>The model of <c>list.liquid</c>: one page of a listing (home, category, tag).</summary>
internal sealed record ListPage(PageView Page, ListingView Listing) : ILayoutModel
{
    public string Layout => "list";

    public bool InBase => true;

    public IEnumerable<(string Name, object? Value)> Values => [("listing", Listing)];

    public static ListPage Build(LayoutContext context, Listing listing, ListingPage<Entry> slice)
    {
        var urls = context.Site.Urls;
        var language = listing.Language;
        var title = slice.Number == 1 ? listing.Heading : $"{listing.Heading} – {context.Strings[language]["page"]} {slice.Number}";
        var versions = listing.Versions(slice.Number);
        var previous = slice.HasPrevious ? urls.Path(SitePaths.Paginated(listing.FirstPath, slice.Number - 1)) : null;
        var next = slice.HasNext ? urls.Path(SitePaths.Paginated(listing.FirstPath, slice.Number + 1)) : null;
        var path = SitePaths.Paginated(listing.FirstPath, slice.Number);
        var page = context.Pages.Create(listing.Kind, language, title, path, versions, listing.Fallback, listing.SwitchVersions?.Invoke(slice.Number));
        var description = listing.Bio ?? page.Description;
        if (slice.Number > 1 && description is not null)
        {
            description = $"{description} – {context.Strings[language]["page"]} {slice.Number}";
        }

        page = page with
        {
            Description = description,
            PreviousUrl = previous,
            NextUrl = next,
            HeadHtml = context.Metadata.Listing(language, title, page.Canonical, description, versions.Keys, listing.Feed),
        };
        var full = context.Site.Config.Lists == ListStyle.Full;
        var view = new ListingView
        {
            Kind = listing.Kind,
            Heading = listing.Heading,
            Entries = full ? WholeEntries.Of(context.Entries, slice.Items) : slice.Items.Select(context.Entries.Of).ToList(),
            Full = full,
            Bio = listing.Bio,
            Number = slice.Number,
            Count = slice.Count,
            PreviousUrl = previous,
            NextUrl = next,
            Breadcrumbs = listing.Breadcrumbs,
        };
        return new ListPage(page, view);
    }
}
