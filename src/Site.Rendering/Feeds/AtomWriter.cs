using System.Xml;
using Site.Rendering.Metadata;
using Site.Rendering.Xml;

namespace Site.Rendering.Feeds;

/// <summary>Writes an <see cref="AtomFeed"/> as RFC 4287 XML.</summary>
internal static class AtomWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static string Write(AtomFeed feed) => XmlOutput.Write(xml =>
    {
        xml.WriteStartElement("feed", Atom);
        xml.WriteAttributeString("xml", "lang", null, feed.Language);
        Text(xml, "id", feed.SelfUrl);
        Text(xml, "title", feed.Title);
        if (!string.IsNullOrEmpty(feed.Subtitle))
        {
            Text(xml, "subtitle", feed.Subtitle);
        }

        Text(xml, "updated", IsoDate.Format(feed.Updated));
        Link(xml, "self", "application/atom+xml", feed.SelfUrl);
        Link(xml, "alternate", "text/html", feed.PageUrl);
        foreach (var entry in feed.Entries)
        {
            Entry(xml, entry);
        }

        xml.WriteEndElement();
    });

    private static void Entry(XmlWriter xml, AtomEntry entry)
    {
        xml.WriteStartElement("entry");
        Text(xml, "id", entry.Url);
        Text(xml, "title", entry.Title);
        Link(xml, "alternate", "text/html", entry.Url);
        Text(xml, "published", IsoDate.Format(entry.Published));
        Text(xml, "updated", IsoDate.Format(entry.Updated));
        xml.WriteStartElement("author");
        Text(xml, "name", entry.Author);
        xml.WriteEndElement();
        foreach (var category in entry.Categories)
        {
            xml.WriteStartElement("category");
            xml.WriteAttributeString("term", XmlOutput.Clean(category.Term));
            xml.WriteAttributeString("label", XmlOutput.Clean(category.Label));
            xml.WriteAttributeString("scheme", XmlOutput.Clean(category.Scheme));
            xml.WriteEndElement();
        }

        if (entry.Summary.Length > 0)
        {
            Text(xml, "summary", entry.Summary);
        }

        xml.WriteStartElement("content");
        xml.WriteAttributeString("type", "html");
        xml.WriteString(XmlOutput.Clean(entry.ContentHtml));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", XmlOutput.Clean(href));
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string name, string value) => xml.WriteElementString(name, XmlOutput.Clean(value));
}
