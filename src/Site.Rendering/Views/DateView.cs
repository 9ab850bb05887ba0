namespace Site.Rendering.Views;

/// <summary>A date as a machine reads it (<c>datetime</c>) and as the page's language writes it.</summary>
public sealed record DateView(string Iso, string Text)
{
    /// <summary>The day alone, without the time (<c>date_format</c>): for the front page's short entries.</summary>
    public string? Day { get; init; }
}
