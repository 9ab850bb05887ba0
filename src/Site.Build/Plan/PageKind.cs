namespace Site.Build.Plan;

/// <summary>What a row of the page plan is; the kind decides whether the sitemap lists it and how the summary counts it.</summary>
internal enum PageKind
{
    /// <summary>An article (<c>fr/2021/09/slug/</c>).</summary>
    Article,

    /// <summary>The print version of an article (<c>fr/2021/09/slug/print/</c>), <c>noindex</c>.</summary>
    Print,

    /// <summary>A stand-alone page (<c>fr/about/</c>).</summary>
    Page,

    /// <summary>A page of a language's home listing.</summary>
    Home,

    /// <summary>A page of a category's listing.</summary>
    Category,

    /// <summary>A page of a tag's listing.</summary>
    Tag,

    /// <summary>The list of a language's tags.</summary>
    TagIndex,

    /// <summary>A page of a person's listing (<c>fr/authors/key/</c>): their name, bio and articles.</summary>
    Author,

    /// <summary>A 404 page (one per language, and the root's).</summary>
    NotFound,

    /// <summary>The site root, which sends readers to their language.</summary>
    Root,

    /// <summary>An Atom feed.</summary>
    Feed,

    /// <summary>The sitemap, or one of its parts.</summary>
    Sitemap,

    /// <summary><c>robots.txt</c>.</summary>
    Robots,

    /// <summary>A language's search page (<c>fr/recherche/</c>), <c>noindex</c>; only when the site has search.</summary>
    Search,

    /// <summary>A file of the input's media folder, copied as it is.</summary>
    Media,

    /// <summary>A file of the theme's assets, copied under its fingerprinted name.</summary>
    Asset,

    /// <summary>A page of a month's archive (<c>fr/2021/09/</c>).</summary>
    Archive,

    /// <summary>A language's list of years (<c>fr/archives/</c>) or a year's list of months (<c>fr/2021/</c>).</summary>
    ArchiveIndex,
    /// <summary>A page left at an old address of an entry (front matter <c>aliases</c>) that redirects to it, <c>noindex</c>.</summary>
    Redirect,

    /// <summary>The host's list of redirects (<c>_redirects</c>, Netlify), one line per alias.</summary>
    RedirectList,

    /// <summary>A file of the web editor (<c>/admin/index.html</c>, <c>/admin/config.yml</c>), <c>noindex</c>.</summary>
    Editor,

    /// <summary>A responsive copy of a picture (a WebP width or the social-card JPEG), copied from the image cache.</summary>
    ImageVariant,
}
