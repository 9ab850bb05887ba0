using System.Globalization;
using System.Text.RegularExpressions;

using Site.Content.Yaml;
using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Core.Model;

using YamlDotNet.RepresentationModel;

namespace Site.Content.Config;

/// <summary>Reads and validates <c>site.yml</c>.</summary>
public static partial class SiteConfigLoader
{
    public const string FileName = "site.yml";

    private static readonly string[] KnownKeys =
        ["title", "description", "baseUrl", "defaultLanguage", "languages", "pageSize", "lists", "author", "timeZone", "categories", "tags"];

    /// <summary>The configuration, or null when it has errors (all of them reported).</summary>
    public static SiteConfig? Load(string inputDirectory, DiagnosticBag diagnostics)
    {
        var tree = SourceTree.Input(inputDirectory);
        if (!tree.Has(FileName))
        {
            diagnostics.Error(new SourceLocation(FileName), $"there is no {FileName} in '{inputDirectory}'", "create it (see README: content format) or pass --input");
            return null;
        }

        var text = tree.ReadText(FileName, diagnostics);
        return text is null ? null : Parse(text, diagnostics);
    }

    public static SiteConfig? Parse(string text, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var root = YamlDocumentReader.Read(text, FileName, 1, local);
        SiteConfig? config = null;
        if (root is YamlMappingNode mapping)
        {
            config = Read(new YamlMap(mapping, FileName, 1, local));
        }
        else if (!local.HasErrors)
        {
            local.Error(new SourceLocation(FileName, 1, 1), $"{FileName} must be a mapping of keys to values", "start from the example in README");
        }

        diagnostics.AddRange(local.ToSortedList());

        return local.HasErrors ? null : config;
    }

    private static SiteConfig? Read(YamlMap map)
    {
        foreach (var key in map.Keys.Where(k => !KnownKeys.Contains(k)))
        {
            map.Diagnostics.Warning(map.KeyLocation(key), $"unknown key '{key}' in {FileName}", $"known keys: {string.Join(", ", KnownKeys)}");
        }

        var languages = ReadLanguages(map);
        var codes = languages.Select(l => l.Code).ToList();
        var defaultLanguage = map.String("defaultLanguage", required: true);
        if (defaultLanguage is not null && languages.Count > 0 && !codes.Contains(defaultLanguage))
        {
            map.Diagnostics.Error(map.At(map.Node("defaultLanguage")!), $"the default language '{defaultLanguage}' is not declared in 'languages'", $"use one of: {string.Join(", ", codes)}");
        }

        var baseUrl = ReadBaseUrl(map);
        var title = ReadLocalized(map, "title", codes, required: true);
        var description = ReadLocalized(map, "description", codes, required: false);
        var pageSize = map.Integer("pageSize") ?? 10;
        if (pageSize <= 0)
        {
            map.Diagnostics.Error(map.At(map.Node("pageSize")!), $"'pageSize' must be at least 1, not {pageSize}", "write how many articles a listing page shows, such as 'pageSize: 10'");
        }

        var lists = ReadListStyle(map);
        var timeZone = ReadTimeZone(map);
        var categories = ReadCategories(map, codes);
        var tagPairs = ReadTagPairs(map, codes, defaultLanguage);
        if (map.Diagnostics.HasErrors || defaultLanguage is null || baseUrl is null || title is null)
        {
            return null;
        }

        return new SiteConfig
        {
            Title = title,
            Description = description ?? new LocalizedText(new Dictionary<string, string>()),
            BaseUrl = baseUrl,
            DefaultLanguage = defaultLanguage,
            Languages = languages,
            PageSize = pageSize,
            Lists = lists,
            Author = map.String("author"),
            TimeZone = timeZone,
            Categories = categories,
            TagPairs = tagPairs,
        };
    }

    private static List<Language> ReadLanguages(YamlMap map)
    {
        var languages = new List<Language>();
        var node = map.Node("languages");
        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            map.Diagnostics.Error(node is null ? map.Location : map.At(node), "'languages' must list at least one language", "write '- { code: fr, name: Français, culture: fr-FR }'");
            return languages;
        }

        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode entry)
            {
                map.Diagnostics.Error(map.At(item), "each language must be a mapping with code, name and culture", "write '- { code: fr, name: Français, culture: fr-FR }'");
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
                map.Diagnostics.Error(language.At(language.Node("code")!), $"'{code}' is not a language code", "use a short lower-case code such as 'fr' or 'en'");
            }
            else if (languages.Any(l => l.Code == code))
            {
                map.Diagnostics.Error(language.At(language.Node("code")!), $"the language '{code}' is declared twice", "remove one of them");
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
            language.Diagnostics.Error(language.At(language.Node("culture")!), $"'{name}' is not a known culture", "use a name such as fr-FR or en-GB");
            return null;
        }
    }

    private static Uri? ReadBaseUrl(YamlMap map)
    {
        var text = map.String("baseUrl", required: true, hint: "write the address the site is published at, such as https://example.org/");
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            map.Diagnostics.Error(map.At(map.Node("baseUrl")!), $"'baseUrl' must be an absolute http or https address, not '{text}'", "write it as https://example.org/ or https://user.github.io/repo/");
            return null;
        }

        return BaseUrls.Normalize(uri);
    }

    private static LocalizedText? ReadLocalized(YamlMap map, string key, IReadOnlyList<string> languages, bool required)
    {
        var node = map.Node(key);
        if (node is null)
        {
            if (required)
            {
                map.Diagnostics.Error(map.Location, $"the key '{key}' is missing", $"add '{key}: {{ {string.Join(", ", languages.Select(l => l + ": …"))} }}'");
            }

            return null;
        }

        if (node is YamlScalarNode { Value: { } same })
        {
            return new LocalizedText(languages.ToDictionary(l => l, _ => same));
        }

        var values = map.Map(key);
        return values is null ? null : ReadPerLanguage(values, key, languages, map.At(node));
    }

    private static LocalizedText? ReadPerLanguage(YamlMap values, string what, IReadOnlyList<string> languages, SourceLocation at)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in values.Entries())
        {
            var code = key.Value ?? string.Empty;
            if (!languages.Contains(code))
            {
                values.Diagnostics.Error(values.At(key), $"'{code}' in '{what}' is not a declared language", $"use one of: {string.Join(", ", languages)}");
            }
            else if (value is YamlScalarNode { Value: { } text } && text.Trim().Length > 0)
            {
                texts[code] = text;
            }
            else
            {
                values.Diagnostics.Error(values.At(value), $"'{what}' in '{code}' must be a non-empty text", $"write '{code}: \"…\"'");
            }
        }

        foreach (var missing in languages.Where(l => !texts.ContainsKey(l)))
        {
            values.Diagnostics.Error(at, $"'{what}' has no text in '{missing}'", $"add '{missing}: …'");
        }

        return new LocalizedText(texts);
    }

    private static ListStyle ReadListStyle(YamlMap map)
    {
        var text = map.String("lists");
        switch (text)
        {
            case null or "summary":
                return ListStyle.Summary;
            case "full":
                return ListStyle.Full;
            default:
                map.Diagnostics.Error(map.At(map.Node("lists")!), $"'lists' must be 'summary' or 'full', not '{text}'", "write 'lists: summary' (titles and summaries) or 'lists: full' (whole articles)");
                return ListStyle.Summary;
        }
    }

    private static TimeZoneInfo ReadTimeZone(YamlMap map)
    {
        var id = map.String("timeZone");
        if (id is null)
        {
            return TimeZoneInfo.Utc;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        map.Diagnostics.Error(map.At(map.Node("timeZone")!), $"'{id}' is not a known time zone", "use an IANA name such as Europe/Paris");
        return TimeZoneInfo.Utc;
    }

    private static List<Category> ReadCategories(YamlMap map, IReadOnlyList<string> languages)
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
                values.Diagnostics.Error(values.At(key), $"'{code}' is not a valid category key", "use lower-case letters, digits and dashes, such as 'moyen-orient'");
                continue;
            }

            if (value is not YamlMappingNode names)
            {
                values.Diagnostics.Error(values.At(value), $"the category '{code}' must give a name per language", $"write '{code}: {{ {string.Join(", ", languages.Select(l => l + ": …"))} }}'");
                continue;
            }

            var localized = ReadPerLanguage(values.Child(names), $"categories.{code}", languages, values.At(key));
            if (localized is not null)
            {
                categories.Add(new Category(code, localized));
            }
        }

        if (categories.Count == 0 && !values.Diagnostics.HasErrors)
        {
            values.Diagnostics.Error(values.Location, "'categories' must declare at least one category", "write 'monde: { fr: Monde, en: World }' under 'categories:'");
        }

        return categories;
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> ReadTagPairs(YamlMap map, IReadOnlyList<string> languages, string? defaultLanguage)
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
                values.Diagnostics.Error(values.At(value), $"the tag '{key.Value}' must map languages to tags", "write '\"Vladimir Poutine\": { en: \"Vladimir Putin\" }'");
                continue;
            }

            var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (language, spelling) in values.Child(others).Entries())
            {
                if (!languages.Contains(language.Value ?? string.Empty) || language.Value == defaultLanguage)
                {
                    values.Diagnostics.Error(values.At(language), $"'{language.Value}' is not another declared language", $"use one of: {string.Join(", ", languages.Where(l => l != defaultLanguage))}");
                }
                else if (spelling is YamlScalarNode { Value: { } text } && text.Trim().Length > 0)
                {
                    spellings[language.Value!] = text;
                }
                else
                {
                    values.Diagnostics.Error(values.At(spelling), "a paired tag must be a non-empty text", "write the tag as it is spelled in that language, such as 'en: \"Vladimir Putin\"'");
                }
            }

            pairs[key.Value ?? string.Empty] = spellings;
        }

        return pairs;
    }

    [GeneratedRegex(@"^[a-z]{2,3}(-[a-z0-9]{2,8})*\z")]
    private static partial Regex LanguageCode();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex CategoryKey();
}
