namespace Site.Rendering.Views;

/// <summary>What <c>search.liquid</c> needs besides the page: where Pagefind's files are, and the no-JavaScript form.</summary>
/// <param name="Indexed">Whether Pagefind's index is built for this site (false in a preview without <c>--search</c>).</param>
/// <param name="BundleUrl">The folder of Pagefind's files (<c>/pagefind/</c> under the base path).</param>
/// <param name="SiteUrl">The base path, which Pagefind's result URLs are prefixed with.</param>
/// <param name="ScriptUrl">The theme's script that starts Pagefind's UI.</param>
/// <param name="SiteFilter">The base URL without its scheme, which the web search engine is restricted to.</param>
public sealed record SearchView(bool Indexed, string BundleUrl, string SiteUrl, string ScriptUrl, string SiteFilter);
