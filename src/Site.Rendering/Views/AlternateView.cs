namespace Site.Rendering.Views;

/// <summary>One <c>&lt;link rel="alternate" hreflang&gt;</c> of a page's head; <c>Href</c> is absolute.</summary>
public sealed record AlternateView(string Hreflang, string Href);
