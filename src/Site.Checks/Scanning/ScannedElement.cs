namespace Site.Checks.Scanning;

/// <summary>One element as the collectors read it, whether the tokenizer met it or a parsed tree holds it.</summary>
internal abstract class ScannedElement
{
    /// <summary>Lower case for HTML elements.</summary>
    public abstract string LocalName { get; }

    /// <summary>In the HTML namespace, not SVG or MathML.</summary>
    public abstract bool IsHtml { get; }

    /// <summary>One-based index of the tag's '&lt;' in the page; 0 for an element the parser made up (an implied html).</summary>
    public abstract int Position { get; }

    /// <summary>The local name of the parent element, if any.</summary>
    public abstract string? ParentName { get; }

    /// <summary>The element's text; read for the title only.</summary>
    public abstract string Text { get; }

    /// <summary>The value of the first attribute of that (lower-case) name, character references decoded; null when absent.</summary>
    public abstract string? GetAttribute(string name);

    /// <summary>The value of <see cref="GetAttribute"/>, as the copy shared through <paramref name="strings"/>.</summary>
    public virtual string? GetSharedAttribute(string name, ScanStrings strings) => GetAttribute(name) is { } value ? strings.Share(value) : null;

    public virtual bool HasAttribute(string name) => GetAttribute(name) is not null;

    /// <summary>The value of <see cref="GetAttribute"/> without a string of its own; empty when absent.</summary>
    public virtual ReadOnlySpan<char> AttributeText(string name) => GetAttribute(name);
}
