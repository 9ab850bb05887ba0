using System.Text;

namespace Site.Checks.Scanning;

/// <summary>Collects, element by element, what a page's head tells search engines (<see cref="PageHead"/>).</summary>
internal sealed class HeadCollector(SourceLines lines, ScanStrings strings)
{
    private readonly List<PageReference> canonicals = [];
    private readonly List<HreflangLink> alternates = [];
    private string? language;
    private PageReference root = new("html", "", "", 0, 0, false);
    private PageReference? title;
    private PageReference? description;
    private string? openGraphType;
    private bool noindex;
    private bool isRedirect;

    public void Visit(ScannedElement element)
    {
        if (!element.IsHtml)
        {
            return;
        }

        switch (element.LocalName)
        {
            case "html":
                language = element.GetSharedAttribute("lang", strings);
                root = Located(element, "lang", language ?? "");
                break;
            case "title" when title is null:
                title = Located(element, "", Collapse(element.Text));
                break;
            case "meta":
                VisitMeta(element);
                break;
            case "link":
                VisitLink(element);
                break;
        }
    }

    public PageHead ToHead() =>
        new(language, root, title, description, noindex, isRedirect, openGraphType, [.. canonicals], [.. alternates]);

    private void VisitMeta(ScannedElement meta)
    {
        // Only the meta elements the head's facts come from get a string for their content.
        ReadOnlySpan<char> name = meta.AttributeText("name");
        if (name.Equals("description", StringComparison.OrdinalIgnoreCase))
        {
            description ??= Located(meta, "content", Collapse(Content(meta)));
        }
        else if (name.Equals("robots", StringComparison.OrdinalIgnoreCase) || name.Equals("googlebot", StringComparison.OrdinalIgnoreCase))
        {
            noindex |= Content(meta).Split(',', ' ').Any(token => token.Equals("noindex", StringComparison.OrdinalIgnoreCase) || token.Equals("none", StringComparison.OrdinalIgnoreCase));
        }
        else if (meta.AttributeText("http-equiv").Equals("refresh", StringComparison.OrdinalIgnoreCase))
        {
            isRedirect |= MetaRefresh.Url(Content(meta)) is not null;
        }
        else if (meta.AttributeText("property").Equals("og:type", StringComparison.OrdinalIgnoreCase))
        {
            openGraphType ??= Content(meta).Trim();
        }
    }

    private static string Content(ScannedElement meta) => meta.GetAttribute("content") ?? "";

    private void VisitLink(ScannedElement link)
    {
        string[] rel = (link.GetAttribute("rel") ?? "").Split(RelationLinks.RelSeparators, StringSplitOptions.RemoveEmptyEntries);
        string? href = link.GetAttribute("href");
        if (href is null)
        {
            return;
        }

        if (rel.Contains("canonical", StringComparer.OrdinalIgnoreCase))
        {
            canonicals.Add(Located(link, "href", strings.Share(href)));
        }
        else if (rel.Contains("alternate", StringComparer.OrdinalIgnoreCase) && link.GetAttribute("hreflang") is { } hreflang)
        {
            alternates.Add(new HreflangLink(strings.Share(hreflang.Trim()), Located(link, "href", strings.Share(href))));
        }
    }

    private static string Collapse(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (string word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            collapsed.Append(collapsed.Length == 0 ? "" : " ").Append(word);
        }

        return collapsed.ToString();
    }

    private PageReference Located(ScannedElement element, string attribute, string value)
    {
        int position = element.Position;
        (int line, int column) = position > 0 ? lines.At(position - 1) : (0, 0);
        return new PageReference(element.LocalName, attribute, value, line, column, IsImage: false);
    }
}
