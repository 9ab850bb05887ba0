namespace Site.Checks;

/// <summary>What search engines read in a page's head: language, title, description, robots, redirect, canonical
/// and hreflang links, each located in the page.</summary>
/// <remarks>Gathered during the page's one parse; the relations between pages are judged later, from these facts.</remarks>
public sealed class PageHead
{
    internal PageHead(
        string? language,
        PageReference root,
        PageReference? title,
        PageReference? description,
        bool noindex,
        bool isRedirect,
        string? openGraphType,
        IReadOnlyList<PageReference> canonicals,
        IReadOnlyList<HreflangLink> alternates)
    {
        Language = language;
        Root = root;
        Title = title;
        Description = description;
        Noindex = noindex;
        IsRedirect = isRedirect;
        OpenGraphType = openGraphType;
        Canonicals = canonicals;
        Alternates = alternates;
    }

    /// <summary>The html element's lang attribute, if any.</summary>
    public string? Language { get; }

    /// <summary>The html element, where findings about the page as a whole are located.</summary>
    public PageReference Root { get; }

    /// <summary>The first title element; its value is the text, whitespace collapsed.</summary>
    public PageReference? Title { get; }

    /// <summary>The first meta[name=description]; its value is the content.</summary>
    public PageReference? Description { get; }

    /// <summary>A meta robots (or googlebot) says noindex or none.</summary>
    public bool Noindex { get; }

    /// <summary>A meta refresh sends the visitor to another URL: search engines read it as a redirect.</summary>
    public bool IsRedirect { get; }

    /// <summary>The content of meta[property=og:type], if any ("article").</summary>
    public string? OpenGraphType { get; }

    /// <summary>Every link[rel=canonical], in document order.</summary>
    public IReadOnlyList<PageReference> Canonicals { get; }

    /// <summary>Every link[rel=alternate][hreflang], in document order.</summary>
    public IReadOnlyList<HreflangLink> Alternates { get; }

    /// <summary>Neither noindex nor a redirect: a page search engines may list (unless its canonical names another).</summary>
    public bool MayBeIndexed => !Noindex && !IsRedirect;
}
