using AngleSharp.Dom;

namespace Site.Checks.Scanning;

/// <summary>An element of a tree AngleSharp's parser built; one instance is pointed at each element in turn.</summary>
internal sealed class TreeElement : ScannedElement
{
    private IElement _element = null!;

    public override string LocalName => _element.LocalName;

    public override bool IsHtml => _element.NamespaceUri == NamespaceNames.HtmlUri;

    public override int Position => _element.SourceReference?.Position.Position ?? 0;

    public override string? ParentName => _element.ParentElement?.LocalName;

    public override string Text => _element.TextContent;

    public TreeElement Of(IElement element)
    {
        _element = element;
        return this;
    }

    public override string? GetAttribute(string name) => _element.GetAttribute(name);
}
