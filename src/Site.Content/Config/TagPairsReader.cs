using Site.Content.Yaml;
using Site.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Site.Content.Config;

/// <summary>Reads <c>tags:</c>, which pairs a default-language tag with its spelling in the other languages.</summary>
internal static class TagPairsReader
{
    /// <returns>Default-language tag → (language → tag); empty when there is no <c>tags:</c>.</returns>
    public static Dictionary<string, IReadOnlyDictionary<string, string>> Read(YamlMap map, IReadOnlyList<string> languages, string? defaultLanguage)
    {
        var pairs = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var values = map.Map("tags");
        if (values is null)
        {
            return pairs;
        }

        foreach (var (key, value) in values.Entries())
        {
            if (value is not YamlMappingNode others)
            {
                values.Diagnostics.Error(values.At(value), DiagnosticCode.ExpectedMapping, $"the tag '{key.Value}' must map languages to tags", "write '\"Vladimir Poutine\": { en: \"Vladimir Putin\" }'");
                continue;
            }

            var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (language, spelling) in values.Child(others).Entries())
            {
                if (!languages.Contains(language.Value ?? string.Empty) || language.Value == defaultLanguage)
                {
                    values.Diagnostics.Error(values.At(language), DiagnosticCode.UnknownLanguage, $"'{language.Value}' is not another declared language", $"use one of: {string.Join(", ", languages.Where(l => l != defaultLanguage))}");
                }
                else if (spelling is YamlScalarNode { Value: { } text } && text.Trim().Length > 0)
                {
                    spellings[language.Value!] = text;
                }
                else
                {
                    values.Diagnostics.Error(values.At(spelling), DiagnosticCode.EmptyValue, "a paired tag must be a non-empty text", "write the tag as it is spelled in that language, such as 'en: \"Vladimir Putin\"'");
                }
            }

            pairs[key.Value ?? string.Empty] = spellings;
        }

        return pairs;
    }
}
