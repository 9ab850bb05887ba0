using Site.Core.Diagnostics;
using Site.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Rendering.I18n;

/// <summary>Loads the UI strings of every language and makes sure each language defines the same keys.</summary>
public static class UiStringsLoader
{
    /// <summary>Keys the C# side itself needs; templates may use more.</summary>
    public static readonly string[] RequiredKeys = ["date_format"];

    public static IReadOnlyDictionary<string, UiStrings> Load(string themeDirectory, SiteConfig config, DiagnosticBag diagnostics)
    {
        var loaded = new Dictionary<string, (string File, Dictionary<string, string> Values)>(StringComparer.Ordinal);
        foreach (var language in config.Languages)
        {
            var file = $"theme/i18n/{language.Code}.yml";
            var path = Path.Combine(themeDirectory, "i18n", language.Code + ".yml");
            if (!File.Exists(path))
            {
                diagnostics.Error(new SourceLocation(file), $"the theme has no UI strings for '{language.Code}'", $"create {file} with the same keys as the other languages");
                continue;
            }

            var values = Read(path, file, diagnostics);
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
                diagnostics.Error(new SourceLocation(file), $"the UI string '{key}' is missing in '{language}'", $"add '{key}: …' (it is defined in {from})");
            }
        }

        if (loaded.Count > 0)
        {
            UiStringUses.Check(themeDirectory, allKeys, diagnostics);
        }

        return loaded.ToDictionary(l => l.Key, l => new UiStrings(l.Key, l.Value.Values), StringComparer.Ordinal);
    }

    private static Dictionary<string, string>? Read(string path, string file, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = File.OpenText(path);
            stream.Load(reader);
        }
        catch (InvalidOperationException)
        {
            diagnostics.Error(new SourceLocation(file, 1, 1), "this is not valid YAML: a '[' or '{' is not closed", "write one 'key: text' per line; quote texts that start with '[' or '{'");
            return null;
        }
        catch (YamlException e)
        {
            diagnostics.Error(new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column), "this is not valid YAML", "write one 'key: text' per line; quote texts that contain ': '");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Error(new SourceLocation(file, 1, 1), "UI strings must be a mapping of keys to texts", "write one 'key: text' per line");
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { } text })
            {
                values[name] = text;
            }
            else
            {
                diagnostics.Error(new SourceLocation(file, (int)key.Start.Line, (int)key.Start.Column), "each UI string must be 'key: text'", "write the text on the same line as its key, quoted if it contains ': '");
            }
        }

        return values;
    }
}
