namespace Site.Rendering.Editor;

/// <summary>The UI strings the web editor's page and form labels are made from, in the site's default language.</summary>
internal static class EditorStrings
{
    public const string Heading = "editor_heading";
    public const string Articles = "editor_articles";
    public const string Article = "editor_article";
    public const string Pages = "editor_pages";
    public const string Page = "editor_page";
    public const string Title = "editor_title";
    public const string Date = "editor_date";
    public const string Category = "editor_category";
    public const string Tags = "editor_tags";
    public const string Summary = "editor_summary";
    public const string Image = "editor_image";
    public const string ImageAlt = "editor_image_alt";
    public const string Author = "editor_author";
    public const string Draft = "editor_draft";
    public const string Body = "editor_body";
    public const string NoScript = "editor_noscript";
    public const string Featured = "editor_featured";

    /// <summary>Every key, which each language of the theme must define.</summary>
    public static readonly string[] Keys =
        [Heading, Articles, Article, Pages, Page, Title, Date, Category, Tags, Summary, Image, ImageAlt, Author, Draft, Body, NoScript, Featured];
}
