namespace Site.EndToEnd.Tests.Browser;

/// <summary>The pages of the sample site that readers see most, in both languages: one of each kind.</summary>
public static class SamplePages
{
    public const string Root = "/";
    public const string FrenchHome = "/fr/";
    public const string EnglishHome = "/en/";
    public const string FrenchArticle = "/fr/2022/02/russie-invasion-ukraine/";
    public const string EnglishArticle = "/en/2022/02/russia-invades-ukraine/";
    public const string FrenchPrint = FrenchArticle + "print/";
    public const string EnglishPrint = EnglishArticle + "print/";
    public const string FrenchTag = "/fr/tags/ukraine/";
    public const string EnglishTag = "/en/tags/ukraine/";
    public const string FrenchTagIndex = "/fr/tags/";
    public const string EnglishTagIndex = "/en/tags/";
    public const string FrenchCategory = "/fr/categories/europe/";
    public const string EnglishCategory = "/en/categories/europe/";
    public const string FrenchAuthor = "/fr/authors/claire-martel/";
    public const string EnglishAuthor = "/en/authors/claire-martel/";
    public const string FrenchLegalNotice = "/fr/mentions-legales/";

    public static readonly string[] All =
    [
        Root, FrenchHome, EnglishHome, FrenchArticle, EnglishArticle, FrenchPrint, EnglishPrint,
        FrenchTag, EnglishTag, FrenchTagIndex, EnglishTagIndex, FrenchCategory, EnglishCategory,
        FrenchAuthor, EnglishAuthor,
    ];

    public static TheoryData<string> Paths => [.. All];
}
