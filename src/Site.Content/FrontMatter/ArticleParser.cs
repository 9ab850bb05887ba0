using System.Globalization;
using System.Text.RegularExpressions;

using Site.Content.Config;
using Site.Content.Markdown.Typography;
using Site.Content.Yaml;
using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Core.Model;
using Site.Core.Slugs;

using YamlDotNet.RepresentationModel;

namespace Site.Content.FrontMatter;

/// <summary>Turns one source file (front matter and Markdown) into a validated <see cref="Article"/>.</summary>
public static partial class ArticleParser
{
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
        var known = FrontMatterKey.Of(kind);
        foreach (var key in map.Keys.Where(k => FrontMatterKey.Find(k) is not { } found || !known.Contains(found)))
        {
            if (FrontMatterKey.Find(key) is { PagesOnly: true })
            {
                map.Diagnostics.Error(map.KeyLocation(key), DiagnosticCode.PageOnlyKey, $"'{key}' is for stand-alone pages, not articles", $"remove the line, or move the file to {InputLayout.Pages}/ if it is a page such as the legal notice");
                continue;
            }

            var hint = FrontMatterKey.Find(key) is not null ? "stand-alone pages have no category or tags and are not on the front page"
                : Suggestion.Closest(key, known.Select(k => k.Name)) is { } near ? $"did you mean '{near}'?"
                : $"known keys: {string.Join(", ", known)}";
            map.Diagnostics.Error(map.KeyLocation(key), DiagnosticCode.UnknownKey, $"unknown front matter key '{key}'", hint);
        }

        var title = map.String(FrontMatterKey.Title.Name, required: true, hint: "add a line 'title: …' with the headline");
        var date = ReadDate(map, FrontMatterKey.Date, config, required: true);
        var updated = ReadDate(map, FrontMatterKey.Updated, config, required: false);
        var category = kind == ContentKind.Article ? ReadCategory(map, config) : null;
        var tags = kind == ContentKind.Article ? map.LocatedStringList(FrontMatterKey.Tags.Name) ?? [] : [];
        var image = map.String(FrontMatterKey.Image.Name);
        var imageAlt = map.String(FrontMatterKey.ImageAlt.Name);
        if (image is not null && string.IsNullOrWhiteSpace(imageAlt) && !map.IsRefused(FrontMatterKey.ImageAlt.Name))
        {
            map.Diagnostics.Error(map.KeyLocation(FrontMatterKey.Image.Name), DiagnosticCode.MissingImageAlt, "'image' needs an 'image_alt' describing it", "add a line 'image_alt: …' (what the image shows, for readers who cannot see it)");
        }

        var authorKeys = config.Authors.Count > 0 ? ReadAuthorKeys(map, config) : [];
        var slug = ReadSlug(map, name?.Name);
        var translationKey = ReadTranslationKey(map);
        var aliases = AliasReader.Read(map);
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
            Title = SmartPunctuation.Apply(title.Trim(), name.Value.Language),
            Date = date.Value,
            Updated = updated,
            CategoryKey = category,
            Tags = [.. tags.Select(tag => tag.Value)],
            TagLocations = [.. tags.Select(tag => tag.At)],
            Summary = map.String(FrontMatterKey.Summary.Name)?.Trim() is { } summary ? SmartPunctuation.Apply(summary, name.Value.Language) : null,
            Image = image?.Trim(),
            ImageAlt = imageAlt?.Trim(),
            ImageCaption = NonEmpty(map.String(FrontMatterKey.ImageCaption.Name)),
            ImageCredit = NonEmpty(map.String(FrontMatterKey.ImageCredit.Name)),
            Author = config.Authors.Count > 0 ? null : map.String(FrontMatterKey.Author.Name)?.Trim() ?? config.Author,
            AuthorKeys = authorKeys,
            Footer = kind == ContentKind.Page && (map.Boolean(FrontMatterKey.Footer.Name) ?? false),
            Featured = kind == ContentKind.Article && (map.Boolean(FrontMatterKey.Featured.Name) ?? false),
            Slug = slug,
            TranslationKey = translationKey,
            Draft = map.Boolean(FrontMatterKey.Draft.Name) ?? false,
            Aliases = aliases,
            Body = block.Body,
            BodyLine = block.BodyLine,
            KeyLocations = known.Where(key => map.Node(key.Name) is not null).ToDictionary(key => key, key => map.KeyLocation(key.Name)),
        };
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateTimeOffset? ReadDate(YamlMap map, FrontMatterKey key, SiteConfig config, bool required)
    {
        var text = map.String(key.Name, required, hint: $"add a line '{key}: 2024-05-17T09:30:00+02:00'");
        if (text is null)
        {
            return null;
        }

        var date = DateParser.Parse(text, config.TimeZone);
        if (date is null)
        {
            map.Diagnostics.Error(map.At(map.Node(key.Name)!), DiagnosticCode.InvalidDate, $"'{text}' is not a valid date", DateHint(key, text));
        }

        return date;
    }

    /// <summary>A date written day first (29/11/2026), as French and British authors do, gets its ISO form spelt out.</summary>
    private static string DateHint(FrontMatterKey key, string text)
    {
        var dayFirst = DayFirstDate().Match(text.Trim());
        if (dayFirst.Success && int.Parse(dayFirst.Groups["day"].Value, CultureInfo.InvariantCulture) is >= 1 and <= 31 && int.Parse(dayFirst.Groups["month"].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12)
        {
            var iso = $"{dayFirst.Groups["year"].Value}-{dayFirst.Groups["month"].Value.PadLeft(2, '0')}-{dayFirst.Groups["day"].Value.PadLeft(2, '0')}";
            return $"write the year first, then the month and the day (yyyy-mm-dd): '{key}: {iso}', or with the time, '{key}: {iso}T09:30:00+01:00'";
        }

        return "write it in ISO 8601, such as 2024-05-17T09:30:00+02:00 (a real day of the month)";
    }

    [GeneratedRegex(@"^(?<day>\d{1,2})[/.\-](?<month>\d{1,2})[/.\-](?<year>\d{4})\b")]
    private static partial Regex DayFirstDate();

    private static string? ReadCategory(YamlMap map, SiteConfig config)
    {
        var key = map.String(FrontMatterKey.Category.Name, required: true, hint: $"add a line 'category: …' with one of: {string.Join(", ", config.Categories.Select(c => c.Key))}");
        if (key is not null && config.FindCategory(key) is null)
        {
            var categories = config.Categories.Select(c => c.Key).ToList();
            var hint = Suggestion.Closest(key, categories) is { } near ? $"did you mean '{near}'? The categories are: {string.Join(", ", categories)}" : $"use one of: {string.Join(", ", categories)}";
            map.Diagnostics.Error(map.At(map.Node(FrontMatterKey.Category.Name)!), DiagnosticCode.UnknownCategory, $"'{key}' is not a category of {InputLayout.ConfigFile}", hint);
            return null;
        }

        return key;
    }

    /// <summary>The declared authors named by <c>author</c> (a key or a list of keys), or the default author.</summary>
    private static IReadOnlyList<string> ReadAuthorKeys(YamlMap map, SiteConfig config)
    {
        var name = FrontMatterKey.Author.Name;
        var written = map.Node(name) is YamlSequenceNode
            ? map.LocatedStringList(name) ?? []
            : map.String(name) is { } one ? [(one.Trim(), map.At(map.Node(name)!))] : [];
        if (written.Count == 0)
        {
            return config.DefaultAuthor is { } defaultAuthor ? [defaultAuthor] : [];
        }

        foreach (var (key, at) in written.Where(w => config.FindAuthor(w.Value) is null))
        {
            map.Diagnostics.Error(at, DiagnosticCode.UnknownAuthor, $"'{key}' is not an author of {InputLayout.ConfigFile}", AuthorsReader.ValidKeys(config.Authors));
        }

        return written.Select(w => w.Value).Distinct().ToList();
    }

    private static string? ReadSlug(YamlMap map, string? fileName)
    {
        var written = map.String(FrontMatterKey.Slug.Name);
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
                map.At(map.Node(FrontMatterKey.Slug.Name)!),
                DiagnosticCode.InvalidSlug, $"the slug '{written}' can't be a URL segment",
                suggestion.Length > 0 ? $"use lower-case letters, digits and dashes, such as '{suggestion}'" : "use lower-case letters, digits and dashes");
            return null;
        }

        return written;
    }

    private static string? ReadTranslationKey(YamlMap map)
    {
        var key = map.String(FrontMatterKey.TranslationKey.Name);
        if (key is not null && !SafeKey().IsMatch(key))
        {
            map.Diagnostics.Error(map.At(map.Node(FrontMatterKey.TranslationKey.Name)!), DiagnosticCode.InvalidTranslationKey, $"the translationKey '{key}' has characters that are not allowed", "use letters, digits, dashes and underscores only");
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
