namespace Site.TestSupport;

/// <summary>Counts how often a text appears in a page, for assertions on listings.</summary>
public static class Occurrences
{
    public static int Of(string part, string text) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
