using System.Buffers;

using Site.Core.Diagnostics;
using Site.Core.Model;

using YamlDotNet.RepresentationModel;

namespace Site.Content.Yaml;

/// <summary>
/// Refuses control characters in YAML values (front matter and site.yml) before they reach a page or the terminal: NUL,
/// BEL, ESC (ANSI and OSC sequences), CR, DEL and the C1 controls anywhere; line breaks in any value but a few texts
/// that may run over several lines. A tab is allowed: it is only white space in HTML.
/// </summary>
internal static class ControlCharacters
{
    /// <summary>Keys whose values may hold line breaks (with everything under them).</summary>
    private static readonly HashSet<string> MultilineKeys = new([FrontMatterKey.Summary.Name, "description"], StringComparer.Ordinal);

    private static readonly SearchValues<char> Forbidden =
        SearchValues.Create(Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not '\t' and not '\n').ToArray());

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\u2028\u2029");

    public static void Check(YamlNode root, string file, int firstLine, DiagnosticBag diagnostics) =>
        Visit(root, null, multiline: false, file, firstLine, diagnostics);

    private static void Visit(YamlNode node, string? key, bool multiline, string file, int firstLine, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { } value } scalar:
                if (Problem(value, multiline, key) is { } problem)
                {
                    diagnostics.Error(YamlDocumentReader.LocationOf(scalar, file, firstLine), problem.Code, problem.Message, problem.Hint);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    Visit(item, key, multiline, file, firstLine, diagnostics);
                }

                break;
            case YamlMappingNode mapping:
                foreach (var (name, value) in mapping.Children)
                {
                    Visit(name, key, multiline: false, file, firstLine, diagnostics);
                    var child = (name as YamlScalarNode)?.Value;
                    Visit(value, child ?? key, multiline || (child is not null && MultilineKeys.Contains(child)), file, firstLine, diagnostics);
                }

                break;
        }
    }

    /// <summary>Whether <see cref="Check(YamlNode, string, int, DiagnosticBag)"/> reported this value of <paramref name="key"/>, so that it is not judged twice.</summary>
    public static bool Refuses(string value, string key) => Problem(value, MultilineKeys.Contains(key), key) is not null;

    private static (DiagnosticCode Code, string Message, string Hint)? Problem(string value, bool multiline, string? key)
    {
        var what = key is null ? "this key" : $"'{key}'";
        var control = value.AsSpan().IndexOfAny(Forbidden);
        if (control >= 0)
        {
            return (DiagnosticCode.ControlCharacter, $"{what} contains the control character U+{(int)value[control]:X4}", "remove it: write visible text only");
        }

        return !multiline && value.AsSpan().Trim().IndexOfAny(LineBreaks) >= 0
            ? (DiagnosticCode.MultipleLines, $"{what} must be on one line", "write it on one line, without line breaks")
            : null;
    }
}
