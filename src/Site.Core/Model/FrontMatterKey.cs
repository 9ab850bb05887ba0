namespace Site.Core.Model;

/// <summary>A key of the front matter of an article or page, by its name as written in the file (<c>image_alt</c>).</summary>
public sealed class FrontMatterKey
{
    public static readonly FrontMatterKey Title = new("title");
    public static readonly FrontMatterKey Date = new("date");
    public static readonly FrontMatterKey Updated = new("updated");
    public static readonly FrontMatterKey Category = new("category", articlesOnly: true);
    public static readonly FrontMatterKey Tags = new("tags", articlesOnly: true);
    public static readonly FrontMatterKey Summary = new("summary");
    public static readonly FrontMatterKey Image = new("image");
    public static readonly FrontMatterKey ImageAlt = new("image_alt");
    public static readonly FrontMatterKey Author = new("author");
    public static readonly FrontMatterKey Slug = new("slug");
    public static readonly FrontMatterKey TranslationKey = new("translationKey");
    public static readonly FrontMatterKey Draft = new("draft");
    public static readonly FrontMatterKey Footer = new("footer", pagesOnly: true);
    public static readonly FrontMatterKey Aliases = new("aliases");
    public static readonly FrontMatterKey ImageCaption = new("image_caption");
    public static readonly FrontMatterKey ImageCredit = new("image_credit");
    public static readonly FrontMatterKey Featured = new("featured", articlesOnly: true);

    private FrontMatterKey(string name, bool articlesOnly = false, bool pagesOnly = false)
    {
        Name = name;
        ArticlesOnly = articlesOnly;
        PagesOnly = pagesOnly;
    }

    /// <summary>Every key, in the order messages list them.</summary>
    public static IReadOnlyList<FrontMatterKey> All { get; } =
        [Title, Date, Updated, Category, Tags, Summary, Image, ImageAlt, Author, Slug, TranslationKey, Draft, Footer, Aliases, ImageCaption, ImageCredit, Featured];

    /// <summary>The name written in the file.</summary>
    public string Name { get; }

    /// <summary>Whether only articles may have it: stand-alone pages have no category or tags and are never on the front page.</summary>
    public bool ArticlesOnly { get; }

    /// <summary>Whether only stand-alone pages may have it: articles are not linked from the footer.</summary>
    public bool PagesOnly { get; }

    /// <summary>The keys a file of <paramref name="kind"/> may have.</summary>
    public static IReadOnlyList<FrontMatterKey> Of(ContentKind kind) =>
        All.Where(key => kind == ContentKind.Article ? !key.PagesOnly : !key.ArticlesOnly).ToList();

    /// <summary>The key written <paramref name="name"/>, or null when there is none (the name is case-sensitive).</summary>
    public static FrontMatterKey? Find(string name) => All.FirstOrDefault(key => key.Name == name);

    public override string ToString() => Name;
}
