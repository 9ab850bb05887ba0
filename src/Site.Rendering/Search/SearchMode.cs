namespace Site.Rendering.Search;

/// <summary>Whether the site has search pages, and whether Pagefind's index will be there for them (docs/search.md).</summary>
public enum SearchMode
{
    /// <summary>No search page and no search link: <c>search</c> is off in site.yml, or Pagefind was not found.</summary>
    Off,

    /// <summary>Search pages that start Pagefind's UI on the index the build writes.</summary>
    Indexed,

    /// <summary>Search pages with a note that the index is made by <c>site build</c> (the preview without <c>--search</c>).</summary>
    NotIndexed,
}
