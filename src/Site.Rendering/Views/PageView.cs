namespace Site.Rendering.Views;

/// <summary>What every page's layout needs: language, head links, navigation and switcher.</summary>
public sealed record PageView
{
    public required string Kind { get; init; }
    public required string Language { get; init; }
    public required string Title { get; init; }
    public required string SiteTitle { get; init; }
    public string? Description { get; init; }
    public required string Url { get; init; }
    public required string Canonical { get; init; }
    public required string HomeUrl { get; init; }
    public required string RootUrl { get; init; }
    public required string TagsUrl { get; init; }
    public required string StylesheetUrl { get; init; }
    public required string PrintStylesheetUrl { get; init; }

    /// <summary>The print page's script (its print button), when the theme has one.</summary>
    public string? PrintScriptUrl { get; init; }
    public string? FeedUrl { get; init; }
    public bool Noindex { get; init; }
    public IReadOnlyList<AlternateView> Alternates { get; init; } = [];
    public IReadOnlyList<SwitchView> Switcher { get; init; } = [];
    public IReadOnlyList<LinkView> Categories { get; init; } = [];
    /// <summary>The footer's links: the stand-alone pages with <c>footer: true</c> in the page's language.</summary>
    public IReadOnlyList<LinkView> FooterPages { get; init; } = [];

    /// <summary>The footer's links to the other languages' homes, named in the page's language.</summary>
    public IReadOnlyList<SwitchView> Editions { get; init; } = [];
    public string? FaviconUrl { get; init; }
    public string? PreviousUrl { get; init; }
    public string? NextUrl { get; init; }

    /// <summary>The language's search page, linked from the header; null when the site has no search.</summary>
    public string? SearchUrl { get; init; }

    /// <summary>Head metadata (Open Graph, JSON-LD) made in C#, already encoded.</summary>
    public string? HeadHtml { get; init; }
}
