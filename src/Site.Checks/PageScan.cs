namespace Site.Checks;

/// <summary>What one parsed page refers to and which fragments it defines; holds neither DOM nor HTML.</summary>
public sealed class PageScan
{
    internal PageScan(
        string path,
        string? baseHref,
        IReadOnlyList<PageReference> references,
        IReadOnlyList<PageReference> imagesWithoutAlt,
        IReadOnlySet<string> anchors,
        PageHead? head = null,
        XmlScan? xml = null)
    {
        Head = head;
        Xml = xml;
        Path = path;
        BaseHref = baseHref;
        References = references;
        ImagesWithoutAlt = imagesWithoutAlt;
        Anchors = anchors;
    }

    /// <summary>Relative to the output folder, with forward slashes (fr/tags/index.html).</summary>
    public string Path { get; }

    /// <summary>The href of the first base element, if any.</summary>
    public string? BaseHref { get; }

    /// <summary>Every URL the page refers to, in document order; one entry per srcset candidate.</summary>
    public IReadOnlyList<PageReference> References { get; }

    /// <summary>Every img without an alt attribute; the value is its src.</summary>
    public IReadOnlyList<PageReference> ImagesWithoutAlt { get; }

    /// <summary>Every id and a[name] the page defines: what a #fragment may point to.</summary>
    public IReadOnlySet<string> Anchors { get; }

    /// <summary>The head's facts that relate pages to each other (hreflang, canonical, robots); null for an XML file.</summary>
    public PageHead? Head { get; }

    /// <summary>For an XML file (sitemap, feed), what it lists; null for an HTML page.</summary>
    public XmlScan? Xml { get; }
}
