using System.Globalization;
using Site.Content.FrontMatter;
using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Core.Model;
using Site.Core.Slugs;
using YamlDotNet.Serialization;

namespace Site.Content.Authoring;

/// <summary>Starts an article, or the translation of one, with its front matter filled in (<c>site new</c>).</summary>
public static class ArticleScaffold
{
    private static readonly ISerializer Yaml = new SerializerBuilder().Build();

    /// <summary>Where an archetype puts the front matter that <c>site new</c> fills in (title, date, category, tags, draft).</summary>
    public const string FrontMatterSlot = "{{ front_matter }}";

    /// <summary>A draft at <c>articles/&lt;year&gt;/&lt;slug of the title&gt;.&lt;lang&gt;.md</c>, dated now in the site's time zone.</summary>
    /// <param name="archetype">
    /// The theme's <c>archetypes/article.&lt;lang&gt;.md</c>: the file as it is, with <see cref="FrontMatterSlot"/>
    /// replaced by the front matter; null for a file with the front matter alone.
    /// </param>
    public static NewArticle? Create(string title, string language, string? category, SiteConfig config, DateTimeOffset now, string? archetype, DiagnosticBag diagnostics)
    {
        if (!CheckLanguage(language, config, diagnostics) || !CheckCategory(category, config, diagnostics))
        {
            return null;
        }

        var slug = Slugifier.Slugify(title);
        if (slug.Length == 0)
        {
            diagnostics.Error(new SourceLocation("title"), DiagnosticCode.NoLetterOrDigit, $"the title '{title}' has no letter or digit to make a file name from", "give a title with words in it");
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(now, config.TimeZone);
        var frontMatter = new Dictionary<string, object>
        {
            [FrontMatterKey.Title.Name] = title,
            [FrontMatterKey.Date.Name] = Date(local),
            [FrontMatterKey.Category.Name] = category ?? config.Categories[0].Key,
            [FrontMatterKey.Tags.Name] = Array.Empty<string>(),
            [FrontMatterKey.Draft.Name] = true,
        };
        var path = $"{InputLayout.Articles}/{local.Year:D4}/{slug}.{language}.md";
        return archetype is not null && archetype.Contains(FrontMatterSlot, StringComparison.Ordinal)
            ? new NewArticle(path, archetype.Replace(FrontMatterSlot, Yaml.Serialize(frontMatter).TrimEnd('\n'), StringComparison.Ordinal).Replace("{{ year }}", local.Year.ToString("D4", CultureInfo.InvariantCulture), StringComparison.Ordinal))
            : new NewArticle(path, Document(frontMatter, "\n"));
    }

    /// <summary>The twin of <paramref name="sourcePath"/> in another language: same name and folder, same date, category, image and pairing.</summary>
    public static NewArticle? Translate(string sourcePath, string text, string title, string language, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (!CheckLanguage(language, config, diagnostics))
        {
            return null;
        }

        var original = ArticleParser.Parse(sourcePath, ContentKind.Article, text, config, diagnostics);
        if (original is null)
        {
            return null;
        }

        if (original.Language == language)
        {
            diagnostics.Error(new SourceLocation(sourcePath), DiagnosticCode.AlreadyInLanguage, $"'{sourcePath}' is already in '{language}'", "give --lang the language of the translation");
            return null;
        }

        var frontMatter = new Dictionary<string, object>
        {
            [FrontMatterKey.Title.Name] = title,
            [FrontMatterKey.Date.Name] = Date(original.Date),
            [FrontMatterKey.Category.Name] = original.CategoryKey!,
            [FrontMatterKey.Tags.Name] = Array.Empty<string>(),
        };
        if (original.Image is not null)
        {
            frontMatter[FrontMatterKey.Image.Name] = original.Image;
            frontMatter[FrontMatterKey.ImageAlt.Name] = original.ImageAlt!;
        }

        if (original.TranslationKey is not null)
        {
            frontMatter[FrontMatterKey.TranslationKey.Name] = original.TranslationKey;
        }

        frontMatter[FrontMatterKey.Draft.Name] = true;
        var folder = Path.GetDirectoryName(sourcePath)!.Replace('\\', '/');
        return new NewArticle($"{folder}/{original.Name}.{language}.md", Document(frontMatter, "\n"));
    }

    /// <summary>Writes the file, refusing to overwrite one that exists.</summary>
    public static bool Write(string inputDirectory, NewArticle article, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDirectory, article.RelativePath);
        if (File.Exists(path))
        {
            diagnostics.Error(new SourceLocation(article.RelativePath), DiagnosticCode.FileExists, "this file exists already; nothing was written", "edit it, or choose another title");
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.CreateNew);
        using var writer = new StreamWriter(stream);
        writer.Write(article.Text);
        return true;
    }

    /// <summary>Reads an existing source file given on the command line, relative to the input folder or not.</summary>
    public static (string RelativePath, string Text)? ReadSource(string inputDirectory, string file, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(File.Exists(file) ? file : Path.Combine(inputDirectory, file));
        var relative = Path.GetRelativePath(Path.GetFullPath(inputDirectory), full).Replace('\\', '/');
        if (!File.Exists(full) || relative.StartsWith("..", StringComparison.Ordinal) || !relative.StartsWith(InputLayout.Articles + "/", StringComparison.Ordinal))
        {
            diagnostics.Error(new SourceLocation(file), DiagnosticCode.NoSuchArticle, "there is no such article in the input folder", $"give the path of an {InputLayout.Articles}/<yyyy>/<name>.<lang>.md file");
            return null;
        }

        var text = SourceTree.Input(inputDirectory).ReadText(relative, diagnostics);
        return text is null ? null : (relative, text);
    }

    private static string Document(Dictionary<string, object> frontMatter, string body) => "---\n" + Yaml.Serialize(frontMatter) + "---\n" + body;

    private static string Date(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static bool CheckLanguage(string language, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (config.FindLanguage(language) is not null)
        {
            return true;
        }

        diagnostics.Error(new SourceLocation("--lang"), DiagnosticCode.UnknownLanguage, $"'{language}' is not a language of the site", $"use one of: {string.Join(", ", config.Languages.Select(l => l.Code))}");
        return false;
    }

    private static bool CheckCategory(string? category, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (category is null || config.FindCategory(category) is not null)
        {
            return true;
        }

        diagnostics.Error(new SourceLocation("--category"), DiagnosticCode.UnknownCategory, $"'{category}' is not a category of {InputLayout.ConfigFile}", $"use one of: {string.Join(", ", config.Categories.Select(c => c.Key))}");
        return false;
    }
}
