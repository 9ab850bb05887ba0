using System.Text;
using Site.Rendering.Templates;

namespace Site.Rendering.Metadata;

/// <summary>Writes the elements of a page's head one per line, with every value HTML-encoded.</summary>
internal sealed class HeadTags
{
    private readonly StringBuilder _html = new();

    /// <summary>An Open Graph tag (<c>og:</c>, <c>article:</c>); empty values are left out.</summary>
    public HeadTags Property(string property, string? content) => Meta("property", property, content);

    /// <summary>A named meta tag (<c>twitter:</c>); empty values are left out.</summary>
    public HeadTags Name(string name, string? content) => Meta("name", name, content);

    public HeadTags Feed(string title, string href) =>
        Line($"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{Encode(title)}\" href=\"{Encode(href)}\">");

    /// <summary>A JSON-LD block; <paramref name="json"/> must already escape <c>&lt;</c> so that it cannot close the script.</summary>
    public HeadTags JsonLd(string json) => Line($"<script type=\"application/ld+json\">{json}</script>");

    public override string ToString() => _html.ToString();

    private static string Encode(string value) => MinimalHtmlEncoder.Instance.Encode(value);

    private HeadTags Meta(string attribute, string key, string? content) =>
        string.IsNullOrEmpty(content) ? this : Line($"<meta {attribute}=\"{Encode(key)}\" content=\"{Encode(content)}\">");

    private HeadTags Line(string element)
    {
        if (_html.Length > 0)
        {
            _html.Append('\n');
        }

        _html.Append(element);
        return this;
    }
}
