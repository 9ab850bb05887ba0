namespace Site.Core.Pipeline;

/// <summary>What a document holds; text is produced on demand so that thousands of pages are not all kept in memory.</summary>
public abstract record DocumentContent;

/// <summary>Text made when the document is written (a rendered page, a feed).</summary>
public sealed record TextContent(Func<string> Render) : DocumentContent
{
    public static TextContent Of(string text) => new(() => text);
}

/// <summary>A file copied as it is (media, theme assets).</summary>
public sealed record FileContent(string Path) : DocumentContent;
