using Site.Content.Markdown.Typography;
using Site.Content.Yaml;
using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Core.Model;

using YamlDotNet.RepresentationModel;

namespace Site.Content.Config;

/// <summary>Reads and validates <c>site.yml</c>.</summary>
public static class SiteConfigLoader
{
    private const string FileName = InputLayout.ConfigFile;

    private static readonly string[] KnownKeys =
        ["title", "description", "baseUrl", "defaultLanguage", "languages", "pageSize", "lists", "author", "timeZone", "categories", "tags", "authors", "defaultAuthor", "editor", "search"];

    /// <summary>The configuration, or null when it has errors (all of them reported).</summary>
    public static SiteConfig? Load(string inputDirectory, DiagnosticBag diagnostics)
    {
        var tree = SourceTree.Input(inputDirectory);
        if (!tree.Has(FileName))
        {
            diagnostics.Error(new SourceLocation(FileName), DiagnosticCode.MissingSiteConfig, $"there is no {FileName} in '{inputDirectory}'", "create it (see README: content format) or pass --input");
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
            local.Error(new SourceLocation(FileName, 1, 1), DiagnosticCode.ExpectedMapping, $"{FileName} must be a mapping of keys to values", "start from the example in README");
        }

        diagnostics.AddRange(local.ToSortedList());

        return local.HasErrors ? null : config;
    }

    private static SiteConfig? Read(YamlMap map)
    {
        foreach (var key in map.Keys.Where(k => !KnownKeys.Contains(k)))
        {
            map.Diagnostics.Warning(map.KeyLocation(key), DiagnosticCode.UnknownKey, $"unknown key '{key}' in {FileName}", $"known keys: {string.Join(", ", KnownKeys)}");
        }

        var languages = LanguagesReader.Read(map);
        var codes = languages.Select(l => l.Code).ToList();
        var defaultLanguage = ReadDefaultLanguage(map, codes);
        var baseUrl = SettingsReader.BaseUrl(map);
        var title = LocalizedTextReader.Read(map, "title", codes, required: true);
        var description = LocalizedTextReader.Read(map, "description", codes, required: false);
        var pageSize = SettingsReader.PageSize(map);
        var lists = SettingsReader.Lists(map);
        var timeZone = SettingsReader.TimeZone(map);
        var categories = CategoriesReader.Read(map, codes);
        var tagPairs = TagPairsReader.Read(map, codes, defaultLanguage);
        var authors = AuthorsReader.Read(map, codes);
        var defaultAuthor = AuthorsReader.DefaultAuthor(map, authors);
        var editor = EditorReader.Read(map);
        var search = map.Boolean("search") ?? false;
        if (map.Diagnostics.HasErrors || defaultLanguage is null || baseUrl is null || title is null)
        {
            return null;
        }

        return new SiteConfig
        {
            Title = Typographic(title),
            Description = Typographic(description ?? new LocalizedText(new Dictionary<string, string>())),
            BaseUrl = baseUrl,
            BaseUrlAt = map.At(map.Node("baseUrl")!),
            DefaultLanguage = defaultLanguage,
            Languages = languages,
            PageSize = pageSize,
            Lists = lists,
            Author = map.String("author"),
            TimeZone = timeZone,
            Categories = categories,
            TagPairs = tagPairs,
            Authors = authors,
            DefaultAuthor = defaultAuthor,
            Editor = editor,
            Search = search,
        };
    }

    /// <summary>The site's title and description get the typography of article titles and bodies.</summary>
    private static LocalizedText Typographic(LocalizedText text) =>
        new(text.Values.ToDictionary(v => v.Key, v => SmartPunctuation.Apply(v.Value, v.Key), StringComparer.Ordinal));

    /// <summary>The <c>defaultLanguage</c>, which must be one of <paramref name="codes"/> (when any language was read).</summary>
    private static string? ReadDefaultLanguage(YamlMap map, IReadOnlyList<string> codes)
    {
        var defaultLanguage = map.String("defaultLanguage", required: true);
        if (defaultLanguage is not null && codes.Count > 0 && !codes.Contains(defaultLanguage))
        {
            map.Diagnostics.Error(map.At(map.Node("defaultLanguage")!), DiagnosticCode.UnknownLanguage, $"the default language '{defaultLanguage}' is not declared in 'languages'", $"use one of: {string.Join(", ", codes)}");
        }

        return defaultLanguage;
    }
}
