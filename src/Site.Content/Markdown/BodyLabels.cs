namespace Site.Content.Markdown;

/// <summary>
/// The UI strings a rendered body carries (they come from the theme's i18n files, like every text readers see):
/// the title of a player made from a bare video URL, the words before a video's URL on print pages, and the label
/// of a table's scroll region.
/// </summary>
public sealed record BodyLabels(string Video, string VideoPrint, string TableRegion)
{
    /// <summary>The i18n keys the labels come from.</summary>
    public static readonly string[] Keys = ["video", "video_print", "table_region"];

    /// <summary>The keys themselves, for renderings that have no theme (tests).</summary>
    public static readonly BodyLabels KeyNames = new(Keys[0], Keys[1], Keys[2]);

    /// <summary>The labels from a language's UI strings, looked up by <see cref="Keys"/>.</summary>
    public static BodyLabels From(Func<string, string> text) => new(text(Keys[0]), text(Keys[1]), text(Keys[2]));
}
