using System.Collections.Frozen;

namespace Site.Checks.Scanning;

/// <summary>Collects, element by element, the references, anchors and base href of one page.</summary>
internal sealed class ReferenceCollector(SourceLines lines, ScanStrings strings)
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SocialImages =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "og:image", "og:image:url", "og:image:secure_url", "twitter:image")
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // These name an origin to warm up, not a resource: there is nothing at their URL to find.
    private static readonly FrozenSet<string> OriginHints =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "preconnect", "dns-prefetch");

    private readonly List<PageReference> references = [];
    private readonly List<PageReference> imagesWithoutAlt = [];
    private readonly HashSet<string> anchors = new(StringComparer.Ordinal);
    private string? baseHref;

    public void Visit(ScannedElement element)
    {
        if (element.GetSharedAttribute("id", strings) is { Length: > 0 } id)
        {
            anchors.Add(id);
        }

        if (!element.IsHtml)
        {
            return;
        }

        switch (element.LocalName)
        {
            case "a":
                if (element.GetSharedAttribute("name", strings) is { Length: > 0 } name)
                {
                    anchors.Add(name);
                }

                Add(element, "href", isImage: false);
                break;
            case "area":
                Add(element, "href", isImage: false);
                break;
            case "link" when !IsOriginHint(element) && !RelationLinks.IsJudgedApart(element):
                Add(element, "href", isImage: false);
                break;
            case "img":
                Add(element, "src", isImage: true);
                AddSrcset(element);
                if (!element.HasAttribute("alt"))
                {
                    imagesWithoutAlt.Add(Reference(element, "src", element.GetSharedAttribute("src", strings) ?? "", isImage: true));
                }

                break;
            case "source":
                Add(element, "src", isImage: element.ParentName == "picture");
                AddSrcset(element);
                break;
            case "script" or "audio" or "iframe":
                Add(element, "src", isImage: false);
                break;
            case "video":
                Add(element, "src", isImage: false);
                Add(element, "poster", isImage: true);
                break;
            case "meta" when IsSocialImage(element):
                Add(element, "content", isImage: true);
                break;
            case "meta" when IsRefresh(element):
                if (MetaRefresh.Url(element.GetAttribute("content") ?? "") is { } target)
                {
                    references.Add(Reference(element, "content", strings.Share(target), isImage: false));
                }

                break;
            case "base":
                baseHref ??= element.GetAttribute("href");
                break;
        }
    }

    public PageScan ToScan(string path, PageHead head) =>
        new(path, baseHref, PackedReferences.Of(references), imagesWithoutAlt.Count == 0 ? [] : [.. imagesWithoutAlt], Anchors.Compact(anchors), head);

    private static bool IsOriginHint(ScannedElement link) =>
        (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(OriginHints.Contains);

    // A page has a few dozen meta elements: they are told apart without a string for each attribute.
    private static bool IsSocialImage(ScannedElement meta) =>
        SocialImages.Contains(meta.AttributeText("property")) || SocialImages.Contains(meta.AttributeText("name"));

    private static bool IsRefresh(ScannedElement meta) =>
        meta.AttributeText("http-equiv").Equals("refresh", StringComparison.OrdinalIgnoreCase);

    private void Add(ScannedElement element, string attribute, bool isImage)
    {
        if (element.GetSharedAttribute(attribute, strings) is { } value)
        {
            references.Add(Reference(element, attribute, value, isImage));
        }
    }

    private void AddSrcset(ScannedElement element)
    {
        if (element.GetAttribute("srcset") is not { } srcset)
        {
            return;
        }

        foreach (string url in SrcsetParser.Urls(srcset))
        {
            references.Add(Reference(element, "srcset", strings.Share(url), isImage: true));
        }
    }

    /// <param name="value">Shared through <see cref="strings"/> already.</param>
    private PageReference Reference(ScannedElement element, string attribute, string value, bool isImage)
    {
        // Position is one-based; elements the parser made up (an implied body) have none.
        int position = element.Position;
        (int line, int column) = position > 0 ? lines.At(position - 1) : (0, 0);
        return new PageReference(element.LocalName, attribute, value, line, column, isImage);
    }
}
