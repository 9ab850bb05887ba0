using System.Globalization;
using System.Text.RegularExpressions;
using Site.Content.Yaml;
using Site.Core.Diagnostics;
using Site.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Site.Content.Config;

/// <summary>Reads <c>languages:</c>, the site's languages in the order pages list their versions.</summary>
internal static partial class LanguagesReader
{
    public static List<Language> Read(YamlMap map)
    {
        var languages = new List<Language>();
        var node = map.Node("languages");
        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            map.Diagnostics.Error(node is null ? map.Location : map.At(node), DiagnosticCode.EmptyList, "'languages' must list at least one language", "write '- { code: fr, name: Français, culture: fr-FR }'");
            return languages;
        }

        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode entry)
            {
                map.Diagnostics.Error(map.At(item), DiagnosticCode.ExpectedMapping, "each language must be a mapping with code, name and culture", "write '- { code: fr, name: Français, culture: fr-FR }'");
                continue;
            }

            var language = map.Child(entry);
            var code = language.String("code", required: true);
            var name = language.String("name", required: true);
            var culture = ReadCulture(language);
            if (code is null || name is null || culture is null)
            {
                continue;
            }

            if (!LanguageCode().IsMatch(code))
            {
                map.Diagnostics.Error(language.At(language.Node("code")!), DiagnosticCode.InvalidLanguageCode, $"'{code}' is not a language code", "use a short lower-case code such as 'fr' or 'en'");
            }
            else if (languages.Any(l => l.Code == code))
            {
                map.Diagnostics.Error(language.At(language.Node("code")!), DiagnosticCode.DuplicateLanguage, $"the language '{code}' is declared twice", "remove one of them");
            }
            else
            {
                languages.Add(new Language(code, name, culture));
            }
        }

        return languages;
    }

    private static CultureInfo? ReadCulture(YamlMap language)
    {
        var name = language.String("culture", required: true);
        if (name is null)
        {
            return null;
        }

        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            language.Diagnostics.Error(language.At(language.Node("culture")!), DiagnosticCode.UnknownCulture, $"'{name}' is not a known culture", "use a name such as fr-FR or en-GB");
            return null;
        }
    }

    // A code becomes a folder of the site (/fr/), so it is matched whole: '$' would also let "fr\n" through.
    [GeneratedRegex(@"^[a-z]{2,3}(-[a-z0-9]{2,8})*\z")]
    private static partial Regex LanguageCode();
}
