using AngleSharp.Html.Parser.Tokens.Struct;

namespace Site.Checks.Scanning;

/// <summary>The element a start tag opens, read from the tag itself; one instance is pointed at each tag in turn.</summary>
/// <remarks>Valid until the tokenizer reads the next token, which reuses the tag's buffers.</remarks>
internal sealed class TokenElement : ScannedElement
{
    // Only the tag's position and attributes are kept: copying the whole token (over 200 bytes, references included)
    // into this heap object for every tag cost more than the rest of the scan.
    private MemoryHtmlAttributeToken[] _attributes = new MemoryHtmlAttributeToken[8];
    private int _count;
    private int _position;
    private string _name = "";
    private bool _isHtml;
    private string? _parentName;

    public override string LocalName => _name;

    public override bool IsHtml => _isHtml;

    public override int Position => _position;

    public override string? ParentName => _parentName;

    public override string Text => "";

    public TokenElement Of(ref StructHtmlToken tag, string name, bool isHtml, string? parentName)
    {
        StructAttributes attributes = tag.Attributes;
        _count = attributes.Count;
        if (_count > _attributes.Length)
        {
            _attributes = new MemoryHtmlAttributeToken[_count];
        }

        for (int i = 0; i < _count; i++)
        {
            _attributes[i] = attributes[i];
        }

        _position = tag.Position.Position;
        _name = name;
        _isHtml = isHtml;
        _parentName = parentName;
        return this;
    }

    public override string? GetAttribute(string name) => IndexOf(name) is var i and >= 0 ? _attributes[i].Value.ToString() : null;

    // The values the scan keeps are mostly shared already: looked up by their text, they need no string of their own.
    public override string? GetSharedAttribute(string name, ScanStrings strings) =>
        IndexOf(name) is var i and >= 0 ? strings.Share(_attributes[i].Value.Memory.Span) : null;

    public override bool HasAttribute(string name) => IndexOf(name) >= 0;

    public override ReadOnlySpan<char> AttributeText(string name) =>
        IndexOf(name) is var i and >= 0 ? _attributes[i].Value.Memory.Span : default;

    private int IndexOf(string name)
    {
        // The tokenizer keeps the first of duplicated attributes, as browsers do, and lower-cases their names.
        for (int i = 0; i < _count; i++)
        {
            if (_attributes[i].Name.Memory.Span.SequenceEqual(name))
            {
                return i;
            }
        }

        return -1;
    }
}
