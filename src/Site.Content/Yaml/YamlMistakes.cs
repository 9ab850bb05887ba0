using System.Text.RegularExpressions;

using Site.Core.Diagnostics;

namespace Site.Content.Yaml;

/// <summary>
/// The commonest ways authors break YAML, recognised in the text up to where the parser gave up, so that the error
/// names what they did (an apostrophe in single quotes, a colon in an unquoted title, a tab) instead of the parser's
/// words, and points at the character to fix.
/// </summary>
internal static partial class YamlMistakes
{
    public sealed record Mistake(int Line, int Column, DiagnosticCode Code, string Message, string Hint);

    /// <param name="errorLine">
    /// The 1-based line of the text where the parser stopped; a quote or a colon mistake is there or above. A tab may
    /// be anywhere: YamlDotNet may report it at the start of the mapping that holds it.
    /// </param>
    public static Mistake? Find(string text, int errorLine)
    {
        var lines = text.Split('\n');
        var tab = lines.Select((line, i) => Tab(line, i + 1)).FirstOrDefault(m => m is not null);
        return tab ?? lines.Take(Math.Max(errorLine, 1)).Select((line, i) => Apostrophe(line, i + 1) ?? Colon(line, i + 1)).FirstOrDefault(m => m is not null);
    }

    private static Mistake? Tab(string line, int number)
    {
        var indent = line.Length - line.TrimStart(' ', '\t', '-').Length;
        var tab = line.IndexOf('\t', 0, indent);
        return tab < 0 ? null : new Mistake(
            number, tab + 1, DiagnosticCode.TabIndentation, "a tab indents this line, and YAML allows only spaces there",
            "replace the tab with spaces (two per level, as on the other lines); many editors can show tabs");
    }

    private static Mistake? Apostrophe(string line, int number)
    {
        var value = QuotedValue().Match(line);
        if (!value.Success)
        {
            return null;
        }

        var open = value.Groups["quote"].Index;
        var close = open + 1;
        while (close < line.Length && (line[close] != '\'' || (close + 1 < line.Length && line[close + 1] == '\'')))
        {
            close += line[close] == '\'' ? 2 : 1;
        }

        var rest = close < line.Length ? line[(close + 1)..].Trim() : string.Empty;
        if (close >= line.Length || rest.Length == 0 || rest.StartsWith('#'))
        {
            return null;
        }

        var key = value.Groups["key"].Value;
        var whole = line[(open + 1)..].TrimEnd();
        whole = whole.EndsWith('\'') ? whole[..^1] : whole;
        var example = whole.Contains('"') ? $"{key}'{whole.Replace("'", "''", StringComparison.Ordinal)}'" : $"{key}\"{whole}\"";
        return new Mistake(
            number, close + 1, DiagnosticCode.ApostropheInSingleQuotes, "this apostrophe ends the value that the single quote before it opened",
            $"inside single quotes, write an apostrophe twice, '' , or use double quotes: {example}");
    }

    private static Mistake? Colon(string line, int number)
    {
        var value = PlainValue().Match(line);
        if (!value.Success)
        {
            return null;
        }

        var text = value.Groups["value"].Value;
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        colon = colon < 0 && text.TrimEnd().EndsWith(':') ? text.TrimEnd().Length - 1 : colon;
        if (colon < 0)
        {
            return null;
        }

        var quoted = text.TrimEnd().Contains('"') ? $"'{text.TrimEnd().Replace("'", "''", StringComparison.Ordinal)}'" : $"\"{text.TrimEnd()}\"";
        return new Mistake(
            number, value.Groups["value"].Index + colon + 1, DiagnosticCode.UnquotedColon, "a colon followed by a space cannot be part of a value without quotes",
            $"put the whole value in double quotes: {value.Groups["key"].Value}{quoted}");
    }

    // "key: 'value" or "- 'value": a value that starts with a single quote.
    [GeneratedRegex(@"^(?<key>\s*(?:-\s+)?(?:[^\s'""#][^:#]*:\s+)?)(?<quote>')")]
    private static partial Regex QuotedValue();

    // "key: value" whose value starts as plain text (not a quote, a bracket, a block indicator, an anchor or an alias).
    [GeneratedRegex(@"^(?<key>\s*(?:-\s+)?[^\s'""#\[\]{}-][^:#]*:\s+)(?<value>[^\s'""\[\]{}|>&*!#%@`].*)$")]
    private static partial Regex PlainValue();
}
