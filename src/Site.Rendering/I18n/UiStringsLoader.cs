using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Site.Rendering.I18n;

/// <summary>Loads the UI strings of every language and makes sure each language defines the same keys.</summary>
public static class UiStringsLoader
{
    /// <summary>UI strings are one flat mapping; a file nested deeper than this is not read further.</summary>
    private const int MaximumDepth = 64;

    /// <summary>Keys the C# side itself needs (dates; the labels rendered bodies carry); templates may use more.</summary>
    public static readonly string[] RequiredKeys = ["date_format", "date_time_format", "reading_time", "also_available_in", "video", "video_print", "table_region", .. Editor.EditorStrings.Keys];

    public static IReadOnlyDictionary<string, UiStrings> Load(string themeDirectory, SiteConfig config, DiagnosticBag diagnostics)
    {
        var tree = SourceTree.Theme(themeDirectory);
        var loaded = new Dictionary<string, (string File, Dictionary<string, string> Values)>(StringComparer.Ordinal);
        foreach (var language in config.Languages)
        {
            var relative = $"{ThemeLayout.Strings}/{language.Code}.yml";
            var file = tree.DisplayPath(relative);
            if (!tree.Has(relative))
            {
                diagnostics.Error(new SourceLocation(file), DiagnosticCode.MissingUiStrings, $"the theme has no UI strings for '{language.Code}'", $"create {file} with the same keys as the other languages");
                continue;
            }

            var text = tree.ReadText(relative, diagnostics);
            var values = text is null ? null : Read(text, file, diagnostics);
            if (values is not null)
            {
                loaded[language.Code] = (file, values);
            }
        }

        var allKeys = loaded.Values.SelectMany(l => l.Values.Keys).Concat(RequiredKeys).ToHashSet(StringComparer.Ordinal);
        foreach (var (language, (file, values)) in loaded)
        {
            foreach (var key in allKeys.Where(k => !values.ContainsKey(k)).Order(StringComparer.Ordinal))
            {
                var from = loaded.FirstOrDefault(l => l.Value.Values.ContainsKey(key)).Value.File ?? "the theme";
                diagnostics.Error(new SourceLocation(file), DiagnosticCode.MissingUiString, $"the UI string '{key}' is missing in '{language}'", $"add '{key}: …' (it is defined in {from})");
            }
        }

        if (loaded.Count > 0)
        {
            UiStringUses.Check(tree, allKeys, diagnostics);
        }

        return loaded.ToDictionary(l => l.Key, l => new UiStrings(l.Key, l.Value.Values), StringComparer.Ordinal);
    }

    /// <summary>
    /// Reads the flat mapping with YamlDotNet's event parser rather than its node tree: the tree is built by recursion,
    /// which a file nested deep enough overflows (ending the process), and it throws without a position on a ':'
    /// with no key.
    /// </summary>
    private static Dictionary<string, string>? Read(string source, string file, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(source));
        SourceLocation At(ParsingEvent e) => new(file, (int)e.Start.Line, (int)e.Start.Column);
        try
        {
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _) || !parser.TryConsume<MappingStart>(out _))
            {
                diagnostics.Error(new SourceLocation(file, 1, 1), DiagnosticCode.ExpectedMapping, "UI strings must be a mapping of keys to texts", "write one 'key: text' per line");
                return null;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Current!;
                if (!TryScalar(parser, At, diagnostics, out var name) || !TryScalar(parser, At, diagnostics, out var text))
                {
                    return values; // Nested too deep to read on; what is wrong has been reported.
                }

                if (name is not null && text is not null && !values.TryAdd(name, text))
                {
                    diagnostics.Error(At(key), DiagnosticCode.DuplicateKey, $"the UI string '{name}' is defined twice", "keep one of them");
                }
            }

            return values;
        }
        catch (InvalidOperationException)
        {
            diagnostics.Error(new SourceLocation(file, 1, 1), DiagnosticCode.YamlSyntax, "this is not valid YAML: a '[' or '{' is not closed", "write one 'key: text' per line; quote texts that start with '[' or '{'");
            return null;
        }
        catch (YamlException e)
        {
            diagnostics.Error(new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column), DiagnosticCode.YamlSyntax, "this is not valid YAML", "write one 'key: text' per line; quote texts that contain ': '");
            return null;
        }
    }

    /// <summary>
    /// Reads the scalar at the parser; anything else (a list, a mapping, an alias) is reported and skipped whole, unless
    /// it nests deeper than any UI string file should (false: stop reading, rather than scan a pathological file).
    /// </summary>
    private static bool TryScalar(IParser parser, Func<ParsingEvent, SourceLocation> at, DiagnosticBag diagnostics, out string? text)
    {
        text = parser.TryConsume<Scalar>(out var scalar) ? scalar.Value : null;
        if (scalar is not null)
        {
            return true;
        }

        diagnostics.Error(at(parser.Current!), DiagnosticCode.ExpectedSingleValue, "each UI string must be 'key: text'", "write the text on the same line as its key, quoted if it contains ': '");
        var depth = 0;
        do
        {
            depth += parser.Consume<ParsingEvent>().NestingIncrease;
        }
        while (depth > 0 && depth <= MaximumDepth);
        return depth == 0;
    }
}
