using Site.Content.Yaml;
using Site.Core.Diagnostics;
using Site.Core.Model;

using YamlDotNet.RepresentationModel;

namespace Site.Content.Config;

/// <summary>Reads a text given once for every language (<c>title: Le Fil</c>) or per language (<c>title: { fr: …, en: … }</c>).</summary>
internal static class LocalizedTextReader
{
    public static LocalizedText? Read(YamlMap map, string key, IReadOnlyList<string> languages, bool required)
    {
        var node = map.Node(key);
        if (node is null)
        {
            if (required)
            {
                map.Diagnostics.Error(map.Location, DiagnosticCode.MissingKey, $"the key '{key}' is missing", $"add '{key}: {{ {string.Join(", ", languages.Select(l => l + ": …"))} }}'");
            }

            return null;
        }

        if (node is YamlScalarNode { Value: { } same })
        {
            return new LocalizedText(languages.ToDictionary(l => l, _ => same));
        }

        var values = map.Map(key);
        return values is null ? null : PerLanguage(values, key, languages, map.At(node));
    }

    /// <summary>A mapping of every language to a non-empty text.</summary>
    /// <param name="what">How the mapping is named in messages (<c>categories.monde</c>).</param>
    /// <param name="at">Where a missing language is reported.</param>
    public static LocalizedText PerLanguage(YamlMap values, string what, IReadOnlyList<string> languages, SourceLocation at)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in values.Entries())
        {
            var code = key.Value ?? string.Empty;
            if (!languages.Contains(code))
            {
                values.Diagnostics.Error(values.At(key), DiagnosticCode.UnknownLanguage, $"'{code}' in '{what}' is not a declared language", $"use one of: {string.Join(", ", languages)}");
            }
            else if (value is YamlScalarNode { Value: { } text } && text.Trim().Length > 0)
            {
                texts[code] = text;
            }
            else
            {
                values.Diagnostics.Error(values.At(value), DiagnosticCode.EmptyValue, $"'{what}' in '{code}' must be a non-empty text", $"write '{code}: \"…\"'");
            }
        }

        foreach (var missing in languages.Where(l => !texts.ContainsKey(l)))
        {
            values.Diagnostics.Error(at, DiagnosticCode.MissingTranslation, $"'{what}' has no text in '{missing}'", $"add '{missing}: …'");
        }

        return new LocalizedText(texts);
    }
}
