namespace Site.Build.Plan;

/// <summary>What a planned page holds; text is made when the page is written, so that thousands of pages are not all kept in memory.</summary>
internal abstract record PageContent;

/// <summary>Text made when the page is written (a rendered page, a feed).</summary>
internal sealed record TextContent(Func<string> Render) : PageContent
{
    public static TextContent Of(string text) => new(() => text);
}

/// <summary>A file copied as it is (media, theme assets).</summary>
internal sealed record FileContent(string Path) : PageContent;
