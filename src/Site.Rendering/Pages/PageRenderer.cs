using Site.Core.Model;
using Site.Core.Pagination;
using Site.Core.Site;
using Site.Core.Urls;
using Site.Rendering.I18n;
using Site.Rendering.Metadata;
using Site.Rendering.Templates;
using Site.Rendering.Views;

namespace Site.Rendering.Pages;

/// <summary>Renders every kind of HTML page of the site from its model, through the theme's layouts.</summary>
public sealed class PageRenderer
{
    private readonly SiteModel _site;
    private readonly TemplateSet _templates;
    private readonly IReadOnlyDictionary<string, UiStrings> _strings;
    private readonly AssetUrls _assets;
    private readonly EntryViews _entries;
    private readonly HeadMetadata _metadata;
    private readonly Dictionary<string, IReadOnlyList<LinkView>> _menus;

    public PageRenderer(SiteModel site, TemplateSet templates, IReadOnlyDictionary<string, UiStrings> strings, AssetUrls assets)
    {
        _site = site;
        _templates = templates;
        _strings = strings;
        _assets = assets;
        _entries = new EntryViews(site, strings);
        _metadata = new HeadMetadata(site);
        _menus = site.Languages.ToDictionary(
            l => l.Code,
            l => (IReadOnlyList<LinkView>)site.CategoriesIn(l.Code).Select(c => new LinkView(c.Name, site.Urls.Path(c.Path))).ToList());
    }

    public string Article(Entry entry)
    {
        var versions = PageVersions.Article(_site, entry);
        var view = _entries.Of(entry);
        var isArticle = entry.Article.Kind == ContentKind.Article;
        var page = Page("article", entry.Language, entry.Article.Title, entry.Path, versions, SitePaths.Home) with
        {
            Description = entry.Body.Summary,
            HeadHtml = _metadata.Entry(view, isArticle),
        };
        return InBase(page, isArticle ? "article" : "page", ("entry", view));
    }

    public string Print(Entry entry)
    {
        var page = Page("print", entry.Language, entry.Article.Title, entry.PrintPath!, new Dictionary<string, string>(), SitePaths.Home) with
        {
            Canonical = _site.Urls.Absolute(entry.Path),
            Noindex = true,
            FeedUrl = null,
        };
        return Render("print", page, ("entry", _entries.Of(entry)));
    }

    public string Home(string language, ListingPage<Entry> slice)
    {
        var first = SitePaths.Home(language);
        var versions = PageVersions.Home(_site, slice.Number);
        var title = _site.Config.Title[language];
        return Listing("home", language, title, first, slice, versions, SitePaths.Home, PageTitle(language, title, slice));
    }

    public string Category(CategoryListing category, ListingPage<Entry> slice)
    {
        var versions = PageVersions.Category(_site, category, slice.Number);
        var feed = ($"{category.Name} – {_site.Config.Title[category.Language]}", _site.Urls.Path(SitePaths.Feed(category.Path)));
        return Listing("category", category.Language, category.Name, category.Path, slice, versions, SitePaths.Home, PageTitle(category.Language, category.Name, slice), feed: feed);
    }

    public string Tag(Tag tag, ListingPage<Entry> slice)
    {
        var alternates = PageVersions.Tag(_site, tag, slice.Number);
        return Listing("tag", tag.Language, tag.Name, tag.Path, slice, alternates, SitePaths.Tags, PageTitle(tag.Language, tag.Name, slice), PageVersions.TagSwitch(_site, tag, slice.Number));
    }

    public string TagIndex(string language)
    {
        var versions = PageVersions.TagIndex(_site);
        var title = _strings[language]["tags"];
        var page = Page("tags", language, title, SitePaths.Tags(language), versions, SitePaths.Tags);
        page = page with { HeadHtml = _metadata.Listing(language, title, page.Canonical, page.Description, versions.Keys) };
        var tags = _site.TagsIn(language).Select(t => new TagCountView(t.Name, _site.Urls.Path(t.Path), t.Entries.Count)).ToList();
        return InBase(page, "tags", ("tags", tags));
    }

    public string NotFound(string language)
    {
        var page = Page("404", language, _strings[language]["not_found_title"], SitePaths.NotFound(language), new Dictionary<string, string>(), SitePaths.Home) with
        {
            Noindex = true,
        };
        return InBase(page, "404");
    }

    /// <summary>The root page (<c>/</c>) or the bilingual <c>/404.html</c>: one section per language.</summary>
    public string Root(bool notFound)
    {
        var language = _site.Config.DefaultLanguage;
        var versions = notFound ? new Dictionary<string, string>() : _site.Languages.ToDictionary(l => l.Code, l => SitePaths.Home(l.Code));
        var page = Page(notFound ? "404" : "root", language, _site.Config.Title[language], notFound ? "404.html" : string.Empty, versions, SitePaths.Home) with
        {
            Noindex = notFound,
            FeedUrl = null,
        };
        if (!notFound)
        {
            page = page with { Alternates = LanguageLinks.Alternates(_site, versions).Where(a => a.Hreflang != "x-default").Append(new("x-default", _site.Urls.Absolute(string.Empty))).ToList() };
        }

        var languages = _site.Languages
            .Select(l => new LanguageView(l.Code, l.Name, _site.Urls.Path(SitePaths.Home(l.Code)), _strings[l.Code].Values))
            .ToList();
        return Render("root", page, ("languages", languages), ("notFound", notFound), ("defaultUrl", _site.Urls.Path(SitePaths.Home(language))));
    }

    private string Listing(
        string kind,
        string language,
        string heading,
        string first,
        ListingPage<Entry> slice,
        IReadOnlyDictionary<string, string> alternates,
        Func<string, string> fallback,
        string title,
        IReadOnlyDictionary<string, string>? switchVersions = null,
        (string Title, string Url)? feed = null)
    {
        var path = SitePaths.Paginated(first, slice.Number);
        var previous = slice.HasPrevious ? _site.Urls.Path(SitePaths.Paginated(first, slice.Number - 1)) : null;
        var next = slice.HasNext ? _site.Urls.Path(SitePaths.Paginated(first, slice.Number + 1)) : null;
        var page = Page(kind, language, title, path, alternates, fallback, switchVersions);
        page = page with
        {
            PreviousUrl = previous,
            NextUrl = next,
            HeadHtml = _metadata.Listing(language, title, page.Canonical, page.Description, alternates.Keys, feed),
        };
        var listing = new ListingView
        {
            Kind = kind,
            Heading = heading,
            Entries = _site.Config.Lists == ListStyle.Full ? WholeEntries(slice.Items) : slice.Items.Select(_entries.Of).ToList(),
            Full = _site.Config.Lists == ListStyle.Full,
            Number = slice.Number,
            Count = slice.Count,
            PreviousUrl = previous,
            NextUrl = next,
        };
        return InBase(page, "list", ("listing", listing));
    }

    /// <summary>Entries shown whole, with their ids made unique on the page.</summary>
    private List<EntryView> WholeEntries(IReadOnlyList<Entry> entries)
    {
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        return entries.Select(entry =>
        {
            var prefix = entry.Article.Slug;
            for (var n = 2; !prefixes.Add(prefix); n++)
            {
                prefix = $"{entry.Article.Slug}-{n}";
            }

            var view = _entries.Of(entry);
            return view with { Body = FragmentPrefixer.Prefix(view.Body, prefix) };
        }).ToList();
    }

    private PageView Page(
        string kind,
        string language,
        string title,
        string path,
        IReadOnlyDictionary<string, string> versions,
        Func<string, string> fallback,
        IReadOnlyDictionary<string, string>? switchVersions = null)
    {
        var urls = _site.Urls;
        var siteTitle = _site.Config.Title[language];
        return new PageView
        {
            Kind = kind,
            Language = language,
            Title = kind is "home" or "root" ? title : $"{title} – {siteTitle}",
            SiteTitle = siteTitle,
            Description = _site.Config.Description.Has(language) ? _site.Config.Description[language] : null,
            Url = urls.Path(path),
            Canonical = urls.Absolute(path),
            HomeUrl = urls.Path(SitePaths.Home(language)),
            RootUrl = urls.Path(string.Empty),
            TagsUrl = urls.Path(SitePaths.Tags(language)),
            StylesheetUrl = urls.Path(_assets.Stylesheet),
            PrintStylesheetUrl = urls.Path(_assets.PrintStylesheet),
            FeedUrl = urls.Path(SitePaths.Feed(SitePaths.Home(language))),
            Alternates = LanguageLinks.Alternates(_site, versions),
            Switcher = LanguageLinks.Switcher(_site, language, switchVersions ?? versions, fallback),
            Categories = _menus[language],
        };
    }

    private string PageTitle(string language, string title, ListingPage<Entry> slice) =>
        slice.Number == 1 ? title : $"{title} – {_strings[language]["page"]} {slice.Number}";

    private string InBase(PageView page, string layout, params (string Name, object? Value)[] values)
    {
        var content = Render(layout, page, values);
        return Render("base", page, ("content", content));
    }

    private string Render(string layout, PageView page, params (string Name, object? Value)[] values)
    {
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["page"] = page,
            ["t"] = _strings[page.Language].Values,
            ["site"] = new LinkView(page.SiteTitle, page.HomeUrl),
        };
        foreach (var (name, value) in values)
        {
            variables[name] = value;
        }

        return _templates.Render(layout, variables);
    }
}
