using System.Xml;
using Site.Rendering.Metadata;
using Site.Rendering.Xml;

namespace Site.Rendering.Sitemaps;

/// <summary>Writes sitemaps (sitemaps.org 0.9, with <c>xhtml:link</c> hreflang alternates) and sitemap indexes.</summary>
public static class SitemapWriter
{
    /// <summary>The most URLs one sitemap file may list (sitemaps.org); past it the site needs a sitemap index.</summary>
    public const int MaxUrlsPerFile = 50_000;

    private const string Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static string UrlSet(IEnumerable<SitemapUrl> urls) => XmlOutput.Write(xml =>
    {
        xml.WriteStartElement("urlset", Sitemaps);
        xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
        foreach (var url in urls)
        {
            xml.WriteStartElement("url");
            Location(xml, url.Location, url.LastModified);
            foreach (var alternate in url.Alternates)
            {
                xml.WriteStartElement("xhtml", "link", Xhtml);
                xml.WriteAttributeString("rel", "alternate");
                xml.WriteAttributeString("hreflang", alternate.Hreflang);
                xml.WriteAttributeString("href", XmlOutput.Clean(alternate.Href));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    public static string Index(IEnumerable<SitemapFile> files) => XmlOutput.Write(xml =>
    {
        xml.WriteStartElement("sitemapindex", Sitemaps);
        foreach (var file in files)
        {
            xml.WriteStartElement("sitemap");
            Location(xml, file.Location, file.LastModified);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private static void Location(XmlWriter xml, string location, DateTimeOffset? lastModified)
    {
        xml.WriteElementString("loc", XmlOutput.Clean(location));
        if (lastModified is { } date)
        {
            xml.WriteElementString("lastmod", IsoDate.Format(date));
        }
    }
}
