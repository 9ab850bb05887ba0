using System.Text;

namespace Site.Core.Diagnostics;

/// <summary>
/// The part of a source line shown in a code frame, cut around the column: the text before the column, the
/// character at it and the text after, safe to show (tabs as spaces, control characters escaped as
/// <see cref="TerminalText"/> does, a long line shortened with '…').
/// </summary>
public sealed record SourceExcerpt(string Before, string At, string After)
{
    private const int TabWidth = 4;

    // A line longer than this (minified YAML, 100,000 brackets) is shown as a window around the column.
    private const int Window = 60;

    /// <param name="column">1-based, in UTF-16 code units as YamlDotNet and the other readers count; 0 for the whole line.</param>
    public static SourceExcerpt Of(string line, int column)
    {
        var at = Math.Clamp(column - 1, 0, line.Length);
        var end = at < line.Length && char.IsHighSurrogate(line[at]) && at + 1 < line.Length ? at + 2 : Math.Min(at + 1, line.Length);
        var start = Math.Max(0, at - Window);
        var stop = Math.Min(line.Length, end + Window);
        if (start > 0 && char.IsLowSurrogate(line[start]))
        {
            start--;
        }

        if (stop < line.Length && char.IsLowSurrogate(line[stop]))
        {
            stop++;
        }

        var before = (start > 0 ? "…" : string.Empty) + Display(line[start..at]);
        var after = Display(line[end..stop]) + (stop < line.Length ? "…" : string.Empty);
        return new SourceExcerpt(before, Display(line[at..end]), after);
    }

    public string Line => Before + At + After;

    private static string Display(string text) =>
        TerminalText.Escape(text.Contains('\t') ? ExpandTabs(text) : text);

    private static string ExpandTabs(string text)
    {
        var expanded = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            expanded.Append(c == '\t' ? new string(' ', TabWidth) : c.ToString());
        }

        return expanded.ToString();
    }
}
