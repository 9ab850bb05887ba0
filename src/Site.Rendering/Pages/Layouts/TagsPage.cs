using Site.Core.Urls;
using Site.Rendering.Views;

namespace Site.Rendering.Pages.Layouts;

/// <summary>The model of <c>tags.liquid</c>: every tag of a language with its number of articles.</summary>
internal sealed record TagsPage(PageView Page, IReadOnlyList<TagCountView> Tags) : ILayoutModel
{
    public string Layout => "tags";

    public bool InBase => true;

    public IEnumerable<(string Name, object? Value)> Values => [("tags", Tags)];

    public static TagsPage Build(LayoutContext context, string language)
    {
        var site = context.Site;
        var versions = PageVersions.TagIndex(site);
        var title = context.Strings[language]["tags"];
        var page = context.Pages.Create("tags", language, title, SitePaths.Tags(language), versions, SitePaths.Tags);
        page = page with { HeadHtml = context.Metadata.Listing(language, title, page.Canonical, page.Description, versions.Keys) };
        var tags = site.TagsIn(language).Select(t => new TagCountView(t.Name, site.Urls.Path(t.Path), t.Entries.Count)).ToList();
        return new TagsPage(page, tags);
    }
}
