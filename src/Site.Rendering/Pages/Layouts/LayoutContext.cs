using Site.Core.Site;
using Site.Rendering.I18n;
using Site.Rendering.Metadata;
using Site.Rendering.Search;

namespace Site.Rendering.Pages.Layouts;

/// <summary>What the builders of every layout share: the site, its UI strings, and the views made once per build.</summary>
internal sealed class LayoutContext
{
    public LayoutContext(SiteModel site, IReadOnlyDictionary<string, UiStrings> strings, AssetUrls assets, SearchMode search = SearchMode.Off, PreviewMarks? preview = null)
    {
        Site = site;
        Strings = strings;
        Assets = assets;
        Search = search;
        SearchPaths = SearchPagePaths.Of(site, strings, search);
        Entries = new(site, strings, preview);
        Metadata = new(site);
        Pages = new(site, assets, strings, SearchPaths);
        Archives = new(site, strings);
    }

    public SiteModel Site { get; }

    public IReadOnlyDictionary<string, UiStrings> Strings { get; }

    public AssetUrls Assets { get; }

    public SearchMode Search { get; }

    /// <summary>Language → site path of its search page; empty when the site has none.</summary>
    public IReadOnlyDictionary<string, string> SearchPaths { get; }

    public EntryViews Entries { get; }

    public HeadMetadata Metadata { get; }

    public PageViews Pages { get; }

    public ArchiveNames Archives { get; }
}
