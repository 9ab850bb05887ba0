namespace Site.Checks.Scanning;

/// <summary>An element whose facts are known only after its tag: the html element (other html tags may add
/// attributes to it) and the title (its text follows the tag).</summary>
internal sealed class FixedElement(string name, int position, string text = "") : ScannedElement
{
    private readonly Dictionary<string, string> _attributes = new(StringComparer.Ordinal);

    public override string LocalName => name;

    public override bool IsHtml => true;

    public override int Position => position;

    public override string? ParentName => null;

    public override string Text => text;

    /// <summary>Sets an attribute unless the element has it already, as the tree builder merges html tags.</summary>
    public void AddIfAbsent(string attribute, string? value)
    {
        if (value is not null)
        {
            _attributes.TryAdd(attribute, value);
        }
    }

    public override string? GetAttribute(string name) => _attributes.GetValueOrDefault(name);
}
