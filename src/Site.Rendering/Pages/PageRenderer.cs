using Site.Core.Navigation;
using Site.Core.Pagination;
using Site.Core.Site;
using Site.Rendering.Editor;
using Site.Rendering.I18n;
using Site.Rendering.Pages.Layouts;
using Site.Rendering.Search;
using Site.Rendering.Templates;

namespace Site.Rendering.Pages;

/// <summary>
/// Renders every kind of HTML page of the site through the theme's layouts. Each layout's model is made by its own
/// builder (<see cref="ArticlePage"/>, <see cref="ListPage"/>, <see cref="PrintPage"/>…); this only picks it.
/// </summary>
/// <param name="preview">For a preview: marks drafts and articles dated in the future; null for a build that publishes.</param>
public sealed class PageRenderer(SiteModel site, TemplateSet templates, IReadOnlyDictionary<string, UiStrings> strings, AssetUrls assets, SearchMode search = SearchMode.Off, PreviewMarks? preview = null)
{
    private readonly LayoutContext _context = new(site, strings, assets, search, preview);
    private readonly LayoutRenderer _layouts = new(templates, strings);

    /// <summary>The entry's text was replaced (<see cref="Entry.ReplaceText"/>): what was made of it is made again.</summary>
    public void Forget(Entry entry) => _context.Entries.Forget(entry);

    public string Article(Entry entry) => _layouts.Render(ArticlePage.Build(_context, entry));

    public string Print(Entry entry) => _layouts.Render(PrintPage.Build(_context, entry));

    /// <summary>A page of a language's home: the front page first (<c>home.liquid</c>), then a compact list.</summary>
    public string Home(string language, ListingPage<Entry> slice) =>
        slice.Number == 1 ? _layouts.Render(HomePage.Build(_context, language, slice)) : _layouts.Render(ListPage.Build(_context, Listing.Home(site, language), slice));

    public string Category(CategoryListing category, ListingPage<Entry> slice) => _layouts.Render(ListPage.Build(_context, Listing.Category(site, category), slice));

    public string Tag(Tag tag, ListingPage<Entry> slice) => _layouts.Render(ListPage.Build(_context, Listing.Tag(site, tag), slice));

    public string Author(AuthorListing author, ListingPage<Entry> slice) => _layouts.Render(ListPage.Build(_context, Listing.Author(site, author), slice));
    public string Archives(string language) => _layouts.Render(ArchivesPage.Years(_context, language));

    public string ArchiveYear(ArchiveYear year) => _layouts.Render(ArchivesPage.Year(_context, year));

    public string ArchiveMonth(ArchiveMonth month, ListingPage<Entry> slice) => _layouts.Render(ListPage.Build(_context, Listing.Archive(site, month, _context.Archives), slice));

    public string TagIndex(string language) => _layouts.Render(TagsPage.Build(_context, language));

    public string NotFound(string language) => _layouts.Render(NotFoundPage.Build(_context, language));

    /// <summary>Language → site path of its search page; empty when the site has no search pages.</summary>
    public IReadOnlyDictionary<string, string> SearchPaths => _context.SearchPaths;

    public string Search(string language) => _layouts.Render(SearchPage.Build(_context, language));

    /// <summary>The root page (<c>/</c>) or the bilingual <c>/404.html</c>: one section per language.</summary>
    public string Root(bool notFound) => _layouts.Render(RootPage.Build(_context, notFound));

    /// <summary>The page left at one of an entry's old addresses (front matter <c>aliases</c>), leading to the entry.</summary>
    public string Redirect(Entry entry) => _layouts.Render(RedirectPage.Build(_context, entry));

    /// <summary>The web editor's page (<c>/admin/index.html</c>), in the default language.</summary>
    public string EditorPage() => DecapPage.Write(site.Config, strings[site.Config.DefaultLanguage]);

    /// <summary>The web editor's configuration (<c>/admin/config.yml</c>), labelled in the default language.</summary>
    public string EditorConfig() =>
        DecapConfig.Write(site.Config, strings[site.Config.DefaultLanguage], [.. site.Config.Authors.Select(a => new EditorAuthor(a.Key, a.Name[site.Config.DefaultLanguage]))]);
}
