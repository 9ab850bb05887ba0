namespace Site.Checks;

/// <summary>One hreflang alternate, in a page (link) or in a sitemap (xhtml:link).</summary>
public sealed record HreflangLink(string Hreflang, PageReference Link);
