using System.Text.RegularExpressions;
using Site.Content.Yaml;
using Site.Core.Diagnostics;
using Site.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Site.Content.Config;

/// <summary>Reads <c>categories:</c>, each key with its name in every language.</summary>
internal static partial class CategoriesReader
{
    public static List<Category> Read(YamlMap map, IReadOnlyList<string> languages)
    {
        var categories = new List<Category>();
        var values = map.Map("categories", required: true);
        if (values is null)
        {
            return categories;
        }

        foreach (var (key, value) in values.Entries())
        {
            var code = key.Value ?? string.Empty;
            if (!CategoryKey().IsMatch(code))
            {
                values.Diagnostics.Error(values.At(key), DiagnosticCode.InvalidCategoryKey, $"'{code}' is not a valid category key", "use lower-case letters, digits and dashes, such as 'moyen-orient'");
                continue;
            }

            if (value is not YamlMappingNode names)
            {
                values.Diagnostics.Error(values.At(value), DiagnosticCode.ExpectedMapping, $"the category '{code}' must give a name per language", $"write '{code}: {{ {string.Join(", ", languages.Select(l => l + ": …"))} }}'");
                continue;
            }

            var localized = LocalizedTextReader.PerLanguage(values.Child(names), $"categories.{code}", languages, values.At(key));
            categories.Add(new Category(code, localized));
        }

        if (categories.Count == 0 && !values.Diagnostics.HasErrors)
        {
            values.Diagnostics.Error(values.Location, DiagnosticCode.EmptyList, "'categories' must declare at least one category", "write 'monde: { fr: Monde, en: World }' under 'categories:'");
        }

        return categories;
    }

    // A key is what articles write in 'category:', matched whole ('$' would also let "monde\n" through).
    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex CategoryKey();
}
