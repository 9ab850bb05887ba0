namespace Site.Checks;

/// <summary>What kind of XML file the checks recognised.</summary>
public enum XmlFileKind
{
    /// <summary>Well-formed, but neither a sitemap nor an Atom feed.</summary>
    Other,
    Malformed,
    Sitemap,
    SitemapIndex,
    Feed,
}

/// <summary>What one XML file of the output holds for the checks: sitemap entries, sitemap index entries, or the
/// links of Atom entries; for a file that is not well-formed, where it breaks.</summary>
public sealed class XmlScan
{
    internal XmlScan(XmlFileKind kind, IReadOnlyList<SitemapEntry> entries, IReadOnlyList<PageReference> links, PageReference? error)
    {
        Kind = kind;
        Entries = entries;
        Links = links;
        Error = error;
    }

    public XmlFileKind Kind { get; }

    /// <summary>The url entries of a sitemap (with their xhtml:link alternates), or the sitemap entries of an index.</summary>
    public IReadOnlyList<SitemapEntry> Entries { get; }

    /// <summary>The link of each entry of an Atom feed.</summary>
    public IReadOnlyList<PageReference> Links { get; }

    /// <summary>Where and why the XML is not well-formed (the value is the parser's message).</summary>
    public PageReference? Error { get; }
}

/// <summary>One url (or sitemap) element: its loc and its xhtml:link alternates.</summary>
public sealed record SitemapEntry(PageReference Loc, IReadOnlyList<HreflangLink> Alternates);
