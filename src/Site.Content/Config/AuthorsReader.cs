using System.Text.RegularExpressions;

using Site.Content.Yaml;
using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Core.Model;

using YamlDotNet.RepresentationModel;

namespace Site.Content.Config;

/// <summary>Reads <c>authors:</c> (each key with a name, a bio and whether it is an organization) and <c>defaultAuthor:</c>.</summary>
internal static partial class AuthorsReader
{
    private static readonly string[] KnownKeys = ["name", "bio", "organization"];

    public static List<Author> Read(YamlMap map, IReadOnlyList<string> languages)
    {
        var authors = new List<Author>();
        var values = map.Map("authors");
        if (values is null)
        {
            return authors;
        }

        foreach (var (key, value) in values.Entries())
        {
            var code = key.Value ?? string.Empty;
            if (!AuthorKey().IsMatch(code))
            {
                values.Diagnostics.Error(values.At(key), DiagnosticCode.InvalidAuthorKey, $"'{code}' is not a valid author key", "use lower-case letters, digits and dashes, such as 'marie-dupont'");
                continue;
            }

            if (value is not YamlMappingNode fields)
            {
                values.Diagnostics.Error(values.At(value), DiagnosticCode.ExpectedMapping, $"the author '{code}' must be a mapping", $"write '{code}: {{ name: \"…\" }}', or 'name:' and 'bio:' lines indented under '{code}:'");
                continue;
            }

            if (Author(values.Child(fields), code, languages, values.At(key)) is { } author)
            {
                authors.Add(author);
            }
        }

        return authors;
    }

    /// <summary>The <c>defaultAuthor</c>, which must be a key of <paramref name="authors"/>.</summary>
    public static string? DefaultAuthor(YamlMap map, IReadOnlyList<Author> authors)
    {
        var key = map.String("defaultAuthor");
        if (key is not null && authors.All(a => a.Key != key))
        {
            map.Diagnostics.Error(map.At(map.Node("defaultAuthor")!), DiagnosticCode.UnknownAuthor, $"the default author '{key}' is not declared in 'authors'", ValidKeys(authors));
            return null;
        }

        return key;
    }

    /// <summary>The hint of an unknown author key: the keys that are declared.</summary>
    public static string ValidKeys(IReadOnlyList<Author> authors) =>
        authors.Count == 0 ? $"declare it under 'authors:' in {InputLayout.ConfigFile}" : $"use one of: {string.Join(", ", authors.Select(a => a.Key))}";

    private static Author? Author(YamlMap fields, string key, IReadOnlyList<string> languages, SourceLocation at)
    {
        foreach (var unknown in fields.Keys.Where(k => !KnownKeys.Contains(k)))
        {
            fields.Diagnostics.Warning(fields.KeyLocation(unknown), DiagnosticCode.UnknownKey, $"unknown key '{unknown}' in the author '{key}'", $"known keys: {string.Join(", ", KnownKeys)}");
        }

        var name = fields.Node("name") switch
        {
            null => Missing(fields, key, at),
            YamlMappingNode names => LocalizedTextReader.PerLanguage(fields.Child(names), $"authors.{key}.name", languages, fields.KeyLocation("name")),
            _ => fields.String("name", required: true) is { } same ? new LocalizedText(languages.ToDictionary(l => l, _ => same.Trim())) : null,
        };
        var bio = Bio(fields, key, languages);
        var organization = fields.Boolean("organization") ?? false;
        return name is null ? null : new Author(key, name, bio, organization);
    }

    private static LocalizedText? Missing(YamlMap fields, string key, SourceLocation at)
    {
        fields.Diagnostics.Error(at, DiagnosticCode.MissingKey, $"the author '{key}' has no 'name'", $"add 'name: \"…\"' (or one per language) under '{key}:'");
        return null;
    }

    /// <summary>A bio for all languages, or one per language; a language may have none.</summary>
    private static LocalizedText Bio(YamlMap fields, string key, IReadOnlyList<string> languages)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (fields.Node("bio") is YamlMappingNode)
        {
            var bios = fields.Map("bio")!;
            foreach (var (language, value) in bios.Entries())
            {
                var code = language.Value ?? string.Empty;
                if (!languages.Contains(code))
                {
                    bios.Diagnostics.Error(bios.At(language), DiagnosticCode.UnknownLanguage, $"'{code}' in 'authors.{key}.bio' is not a declared language", $"use one of: {string.Join(", ", languages)}");
                }
                else if (bios.String(code) is { } text && text.Trim().Length > 0)
                {
                    texts[code] = text.Trim();
                }
            }
        }
        else if (fields.String("bio") is { } same && same.Trim().Length > 0)
        {
            foreach (var language in languages)
            {
                texts[language] = same.Trim();
            }
        }

        return new LocalizedText(texts);
    }

    // A key is part of the author page's URL, matched whole ('$' would also let "x\n" through).
    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex AuthorKey();
}
