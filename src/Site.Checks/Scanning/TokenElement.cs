using AngleSharp.Html.Parser.Tokens.Struct;

namespace Site.Checks.Scanning;

/// <summary>The element a start tag opens, read from the tag itself; one instance is pointed at each tag in turn.</summary>
/// <remarks>Valid until the tokenizer reads the next token, which reuses the tag's buffers.</remarks>
internal sealed class TokenElement : ScannedElement
{
    private StructHtmlToken _tag;
    private string _name = "";
    private bool _isHtml;
    private string? _parentName;

    public override string LocalName => _name;

    public override bool IsHtml => _isHtml;

    public override int Position => _tag.Position.Position;

    public override string? ParentName => _parentName;

    public override string Text => "";

    public TokenElement Of(ref StructHtmlToken tag, string name, bool isHtml, string? parentName)
    {
        _tag = tag;
        _name = name;
        _isHtml = isHtml;
        _parentName = parentName;
        return this;
    }

    public override string? GetAttribute(string name)
    {
        // The tokenizer keeps the first of duplicated attributes, as browsers do, and lower-cases their names.
        StructAttributes attributes = _tag.Attributes;
        for (int i = 0; i < attributes.Count; i++)
        {
            MemoryHtmlAttributeToken attribute = attributes[i];
            if (attribute.Name.Memory.Span.SequenceEqual(name))
            {
                return attribute.Value.ToString();
            }
        }

        return null;
    }
}
