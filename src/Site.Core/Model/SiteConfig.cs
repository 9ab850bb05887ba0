using Site.Core.Diagnostics;

namespace Site.Core.Model;

/// <summary>The typed content of <c>site.yml</c>.</summary>
public sealed record SiteConfig
{
    public required LocalizedText Title { get; init; }
    public required LocalizedText Description { get; init; }
    public required Uri BaseUrl { get; init; }

    /// <summary>Where <c>site.yml</c> writes <see cref="BaseUrl"/>, for the diagnostics about it.</summary>
    public SourceLocation BaseUrlAt { get; init; }

    public required string DefaultLanguage { get; init; }
    public required IReadOnlyList<Language> Languages { get; init; }
    public int PageSize { get; init; } = 10;
    public ListStyle Lists { get; init; } = ListStyle.Summary;
    public string? Author { get; init; }

    /// <summary>The authors of <c>authors:</c>; when there are none, front matter <c>author</c> is free text.</summary>
    public IReadOnlyList<Author> Authors { get; init; } = [];

    /// <summary>The key of the author of articles that name none (<c>defaultAuthor:</c>).</summary>
    public string? DefaultAuthor { get; init; }
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
    public required IReadOnlyList<Category> Categories { get; init; }

    /// <summary>Tag spellings paired across languages: default-language tag → (language → tag).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> TagPairs { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>Where the web editor (<c>/admin/</c>) commits.</summary>
    public EditorSettings Editor { get; init; } = new();

    /// <summary><c>search: true</c>: a search page per language, indexed by Pagefind after the build (docs/search.md).</summary>
    public bool Search { get; init; }

    public Language? FindLanguage(string code) => Languages.FirstOrDefault(l => l.Code == code);

    public Category? FindCategory(string key) => Categories.FirstOrDefault(c => c.Key == key);

    public Author? FindAuthor(string key) => Authors.FirstOrDefault(a => a.Key == key);
}
