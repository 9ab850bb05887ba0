using System.Text.RegularExpressions;

using Site.Content.Yaml;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Slugs;

using YamlDotNet.RepresentationModel;

namespace Site.Content.FrontMatter;

/// <summary>Turns one source file (front matter and Markdown) into a validated <see cref="Article"/>.</summary>
public static partial class ArticleParser
{
    private static readonly string[] ArticleKeys =
        ["title", "date", "updated", "category", "tags", "summary", "image", "image_alt", "author", "slug", "translationKey", "draft"];

    private static readonly string[] PageKeys = ArticleKeys.Except(["category", "tags"]).ToArray();

    /// <param name="sourcePath">Path relative to the input folder, with forward slashes.</param>
    public static Article? Parse(string sourcePath, ContentKind kind, string text, SiteConfig config, DiagnosticBag diagnostics)
    {
        var name = SourceFileName.Parse(sourcePath, config, diagnostics);
        var block = FrontMatterSplitter.Split(text, sourcePath, diagnostics);
        if (block is null)
        {
            return null;
        }

        var local = new DiagnosticBag();
        var root = YamlDocumentReader.Read(block.Yaml, sourcePath, block.YamlLine, local);
        if (root is not YamlMappingNode mapping)
        {
            if (!local.HasErrors)
            {
                local.Error(new SourceLocation(sourcePath, block.YamlLine, 1), DiagnosticCode.ExpectedMapping, "the front matter must be a mapping of keys to values", "write one 'key: value' per line (title, date, category)");
            }

            Report(local, diagnostics);
            return null;
        }

        var map = new YamlMap(mapping, sourcePath, block.YamlLine, local);
        var article = Read(map, sourcePath, kind, name, block, config);
        Report(local, diagnostics);
        return local.HasErrors ? null : article;
    }

    private static Article? Read(YamlMap map, string sourcePath, ContentKind kind, (string Name, string Language)? name, FrontMatterBlock block, SiteConfig config)
    {
        var known = kind == ContentKind.Article ? ArticleKeys : PageKeys;
        foreach (var key in map.Keys.Where(k => !known.Contains(k)))
        {
            var hint = ArticleKeys.Contains(key) ? "stand-alone pages have no category or tags" : $"known keys: {string.Join(", ", known)}";
            map.Diagnostics.Error(map.KeyLocation(key), DiagnosticCode.UnknownKey, $"unknown front matter key '{key}'", hint);
        }

        var title = map.String("title", required: true, hint: "add a line 'title: …' with the headline");
        var date = ReadDate(map, "date", config, required: true);
        var updated = ReadDate(map, "updated", config, required: false);
        var category = kind == ContentKind.Article ? ReadCategory(map, config) : null;
        var tags = kind == ContentKind.Article ? map.LocatedStringList("tags") ?? [] : [];
        var image = map.String("image");
        var imageAlt = map.String("image_alt");
        if (image is not null && string.IsNullOrWhiteSpace(imageAlt) && !map.IsRefused("image_alt"))
        {
            map.Diagnostics.Error(map.KeyLocation("image"), DiagnosticCode.MissingImageAlt, "'image' needs an 'image_alt' describing it", "add a line 'image_alt: …' (what the image shows, for readers who cannot see it)");
        }

        var slug = ReadSlug(map, name?.Name);
        var translationKey = ReadTranslationKey(map);
        if (name is null || title is null || date is null || slug is null || map.Diagnostics.HasErrors)
        {
            return null;
        }

        return new Article
        {
            SourcePath = sourcePath,
            Kind = kind,
            Language = name.Value.Language,
            Name = name.Value.Name,
            Title = title.Trim(),
            Date = date.Value,
            Updated = updated,
            CategoryKey = category,
            Tags = [.. tags.Select(tag => tag.Value)],
            TagLocations = [.. tags.Select(tag => tag.At)],
            Summary = map.String("summary")?.Trim(),
            Image = image?.Trim(),
            ImageAlt = imageAlt?.Trim(),
            Author = map.String("author")?.Trim() ?? config.Author,
            Slug = slug,
            TranslationKey = translationKey,
            Draft = map.Boolean("draft") ?? false,
            Body = block.Body,
            BodyLine = block.BodyLine,
            KeyLocations = map.Keys.ToDictionary(k => k, map.KeyLocation, StringComparer.Ordinal),
        };
    }

    private static DateTimeOffset? ReadDate(YamlMap map, string key, SiteConfig config, bool required)
    {
        var text = map.String(key, required, hint: $"add a line '{key}: 2024-05-17T09:30:00+02:00'");
        if (text is null)
        {
            return null;
        }

        var date = DateParser.Parse(text, config.TimeZone);
        if (date is null)
        {
            map.Diagnostics.Error(map.At(map.Node(key)!), DiagnosticCode.InvalidDate, $"'{text}' is not a valid date", "write it in ISO 8601, such as 2024-05-17T09:30:00+02:00 (a real day of the month)");
        }

        return date;
    }

    private static string? ReadCategory(YamlMap map, SiteConfig config)
    {
        var key = map.String("category", required: true, hint: $"add a line 'category: …' with one of: {string.Join(", ", config.Categories.Select(c => c.Key))}");
        if (key is not null && config.FindCategory(key) is null)
        {
            map.Diagnostics.Error(map.At(map.Node("category")!), DiagnosticCode.UnknownCategory, $"'{key}' is not a category of site.yml", $"use one of: {string.Join(", ", config.Categories.Select(c => c.Key))}");
            return null;
        }

        return key;
    }

    private static string? ReadSlug(YamlMap map, string? fileName)
    {
        var written = map.String("slug");
        if (written is null)
        {
            var slug = fileName is null ? null : Slugifier.Slugify(fileName);
            if (slug is { Length: 0 })
            {
                map.Diagnostics.Error(map.Location, DiagnosticCode.NoLetterOrDigit, "the file name has no letter or digit to make a URL from", "rename the file or add a 'slug: …' line");
            }

            return slug;
        }

        if (!SafeSlug().IsMatch(written))
        {
            var suggestion = Slugifier.Slugify(written);
            map.Diagnostics.Error(
                map.At(map.Node("slug")!),
                DiagnosticCode.InvalidSlug, $"the slug '{written}' can't be a URL segment",
                suggestion.Length > 0 ? $"use lower-case letters, digits and dashes, such as '{suggestion}'" : "use lower-case letters, digits and dashes");
            return null;
        }

        return written;
    }

    private static string? ReadTranslationKey(YamlMap map)
    {
        var key = map.String("translationKey");
        if (key is not null && !SafeKey().IsMatch(key))
        {
            map.Diagnostics.Error(map.At(map.Node("translationKey")!), DiagnosticCode.InvalidTranslationKey, $"the translationKey '{key}' has characters that are not allowed", "use letters, digits, dashes and underscores only");
            return null;
        }

        return key;
    }

    private static void Report(DiagnosticBag local, DiagnosticBag diagnostics)
    {
        diagnostics.AddRange(local.ToSortedList());
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex SafeSlug();

    [GeneratedRegex(@"^[\p{L}\p{N}_-]+\z")]
    private static partial Regex SafeKey();
}
