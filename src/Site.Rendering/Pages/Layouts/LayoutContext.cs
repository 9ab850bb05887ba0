using Site.Core.Site;
using Site.Rendering.I18n;
using Site.Rendering.Metadata;

namespace Site.Rendering.Pages.Layouts;

/// <summary>What the builders of every layout share: the site, its UI strings, and the views made once per build.</summary>
internal sealed class LayoutContext(SiteModel site, IReadOnlyDictionary<string, UiStrings> strings, AssetUrls assets, PreviewMarks? preview = null)
{
    public SiteModel Site { get; } = site;

    public IReadOnlyDictionary<string, UiStrings> Strings { get; } = strings;

    public EntryViews Entries { get; } = new(site, strings, preview);

    public HeadMetadata Metadata { get; } = new(site);

    public PageViews Pages { get; } = new(site, assets);
}
