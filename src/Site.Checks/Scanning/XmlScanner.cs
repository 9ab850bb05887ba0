using System.Xml;

namespace Site.Checks.Scanning;

/// <summary>Reads an XML file of the output once, as a stream: a sitemap's locs and alternates, a sitemap index's
/// locs, an Atom feed's entry links, or where the XML stops being well-formed.</summary>
internal static class XmlScanner
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    public static PageScan Scan(string path, string text, ScanStrings strings)
    {
        XmlScan xml;
        try
        {
            xml = Read(text, strings);
        }
        catch (XmlException exception)
        {
            var error = new PageReference("xml", "", exception.Message, exception.LineNumber, exception.LinePosition, IsImage: false);
            xml = new XmlScan(XmlFileKind.Malformed, [], [], error);
        }

        return new PageScan(path, null, [], [], Anchors.None, xml: xml);
    }

    private static XmlScan Read(string text, ScanStrings strings)
    {
        using var reader = XmlReader.Create(new StringReader(text), Settings);
        reader.MoveToContent();
        XmlFileKind kind = (reader.LocalName, reader.NamespaceURI) switch
        {
            ("urlset", SitemapNamespace) => XmlFileKind.Sitemap,
            ("sitemapindex", SitemapNamespace) => XmlFileKind.SitemapIndex,
            ("feed", AtomNamespace) => XmlFileKind.Feed,
            _ => XmlFileKind.Other,
        };
        var entries = new List<SitemapEntry>();
        var links = new List<PageReference>();
        if (kind == XmlFileKind.Feed)
        {
            ReadFeed(reader, links, strings);
        }
        else if (kind != XmlFileKind.Other)
        {
            ReadSitemap(reader, entries, strings);
        }
        else
        {
            // Read to the end all the same: a file that is not well-formed is reported whatever it is.
            while (reader.Read())
            {
            }
        }

        return new XmlScan(kind, entries, links, null);
    }

    private static void ReadSitemap(XmlReader reader, List<SitemapEntry> entries, ScanStrings strings)
    {
        PageReference? loc = null;
        var alternates = new List<HreflangLink>();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == SitemapNamespace && reader.LocalName is "url" or "sitemap")
            {
                Flush();
                reader.Read();
                continue;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == SitemapNamespace && reader.LocalName == "loc")
            {
                (int line, int column) = Position(reader);
                loc = new PageReference("loc", "", strings.Share(reader.ReadElementContentAsString().Trim()), line, column, IsImage: false);
                continue;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == XhtmlNamespace && reader.LocalName == "link"
                && reader.GetAttribute("rel") == "alternate" && reader.GetAttribute("hreflang") is { } hreflang)
            {
                (int line, int column) = Position(reader);
                var link = new PageReference("xhtml:link", "href", strings.Share(reader.GetAttribute("href") ?? ""), line, column, IsImage: false);
                alternates.Add(new HreflangLink(strings.Share(hreflang.Trim()), link));
            }

            reader.Read();
        }

        Flush();

        void Flush()
        {
            if (loc is not null)
            {
                entries.Add(new SitemapEntry(loc, [.. alternates]));
            }

            loc = null;
            alternates.Clear();
        }
    }

    private static void ReadFeed(XmlReader reader, List<PageReference> links, ScanStrings strings)
    {
        int entryDepth = -1;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != AtomNamespace)
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == entryDepth)
                {
                    entryDepth = -1;
                }

                continue;
            }

            if (reader.LocalName == "entry")
            {
                entryDepth = reader.Depth;
            }
            else if (entryDepth >= 0 && reader.LocalName == "link" && reader.GetAttribute("rel") is null or "alternate")
            {
                (int line, int column) = Position(reader);
                links.Add(new PageReference("link", "href", strings.Share(reader.GetAttribute("href") ?? ""), line, column, IsImage: false));
            }
        }
    }

    // The reader places an element at its name; the findings place it at its '<', as for HTML.
    private static (int Line, int Column) Position(XmlReader reader) =>
        reader is IXmlLineInfo info ? (info.LineNumber, Math.Max(1, info.LinePosition - 1)) : (0, 0);
}
