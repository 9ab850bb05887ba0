using Site.Core.Model;

namespace Site.Core.Site;

/// <summary>
/// An article body rendered to HTML: for the web page, for the print page, and its summary as plain text. A body is
/// made holding its HTML; a build then moves the HTML out of memory (<see cref="StoredIn"/>) and reads it back each
/// time a page prints it, so that the site model stays small however many articles there are.
/// </summary>
public sealed record RenderedBody
{
    public RenderedBody(string html, string printHtml, string summary)
    {
        HeldHtml = html;
        HeldPrintHtml = printHtml;
        Summary = summary;
    }

    /// <summary>The body of the web page (read from where the build stored it, when it is not held).</summary>
    public string Html => HeldHtml ?? StoredHtml!.Read();

    /// <summary>The body of the print page (read from where the build stored it, when it is not held).</summary>
    public string PrintHtml => HeldPrintHtml ?? StoredPrintHtml!.Read();

    /// <summary>Plain text: listings, feeds and descriptions show it, so it is always held.</summary>
    public string Summary { get; init; }

    /// <summary>
    /// The site paths (<c>/media/…/x.jpg</c>) of the local pictures the body shows through responsive variants, so that
    /// the build makes those variants even when the body came from the cache.
    /// </summary>
    public IReadOnlyList<string> Pictures { get; init; } = [];

    /// <summary>Whether the HTML is in memory; false once the build stored it outside.</summary>
    public bool HoldsHtml => HeldHtml is not null;

    private string? HeldHtml { get; init; }

    private string? HeldPrintHtml { get; init; }

    private IStoredText? StoredHtml { get; init; }

    private IStoredText? StoredPrintHtml { get; init; }

    /// <summary>The same body, everything kept but its HTML, which is read from where it was stored each time it is asked for.</summary>
    public RenderedBody StoredIn(IStoredText html, IStoredText printHtml) =>
        this with { HeldHtml = null, HeldPrintHtml = null, StoredHtml = html, StoredPrintHtml = printHtml };
}
