using Site.Core.Model;

namespace Site.Core.Tests.Model;

/// <summary>Makes articles for tests with only the fields that matter to them.</summary>
internal static class Articles
{
    public static Article Make(string sourcePath, string language, string? translationKey = null, string title = "T", string date = "2021-09-26T08:30:00+02:00") => new()
    {
        SourcePath = sourcePath,
        Kind = ContentKind.Article,
        Language = language,
        Name = Path.GetFileName(sourcePath).Split('.')[0],
        Title = title,
        Date = DateTimeOffset.Parse(date),
        Slug = Path.GetFileName(sourcePath).Split('.')[0],
        TranslationKey = translationKey,
        Body = string.Empty,
    };
}
