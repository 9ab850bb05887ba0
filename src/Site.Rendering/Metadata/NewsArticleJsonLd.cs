using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Site.Rendering.Views;

namespace Site.Rendering.Metadata;

/// <summary>The schema.org <c>NewsArticle</c> block of an article page, as JSON-LD.</summary>
internal static class NewsArticleJsonLd
{
    /// <summary>
    /// Letters pass as they are (French text stays readable), but this encoder still escapes <c>&lt; &gt; &amp; ' "</c>,
    /// so no value can write <c>&lt;/script&gt;</c> and end the block early.
    /// </summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private static readonly JsonWriterOptions Options = new() { Encoder = Encoder };

    public static string Write(EntryView entry, string siteTitle, string inLanguage)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "NewsArticle");
            json.WriteString("headline", entry.Title);
            json.WriteString("description", entry.Summary);
            if (entry.Image is { } image)
            {
                json.WriteString("image", image.StructuredDataUrl ?? image.AbsoluteUrl);
            }

            json.WriteString("datePublished", entry.Date.Iso);
            json.WriteString("dateModified", (entry.Updated ?? entry.Date).Iso);
            WriteAuthors(json, entry, siteTitle);
            WriteParty(json, "publisher", "Organization", siteTitle);
            json.WriteString("inLanguage", inLanguage);
            json.WriteStartObject("mainEntityOfPage");
            json.WriteString("@type", "WebPage");
            json.WriteString("@id", entry.AbsoluteUrl);
            json.WriteEndObject();
            if (entry.Category is { } category)
            {
                json.WriteString("articleSection", category.Name);
            }

            if (entry.Tags.Count > 0)
            {
                json.WriteStartArray("keywords");
                foreach (var tag in entry.Tags)
                {
                    json.WriteStringValue(tag.Name);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Declared authors as a <c>Person</c> with the <c>url</c> of their page or an <c>Organization</c>; else the free-text byline.</summary>
    private static void WriteAuthors(Utf8JsonWriter json, EntryView entry, string siteTitle)
    {
        if (entry.Authors.Count == 0)
        {
            WriteParty(json, "author", entry.Author is null ? "Organization" : "Person", entry.Author ?? siteTitle);
            return;
        }

        json.WriteStartArray("author");
        foreach (var author in entry.Authors)
        {
            json.WriteStartObject();
            json.WriteString("@type", author.IsOrganization ? "Organization" : "Person");
            json.WriteString("name", author.Name);
            if (author.AbsoluteUrl is { } url)
            {
                json.WriteString("url", url);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteParty(Utf8JsonWriter json, string property, string type, string name)
    {
        json.WriteStartObject(property);
        json.WriteString("@type", type);
        json.WriteString("name", name);
        json.WriteEndObject();
    }
}
