using Site.Core.Model;

namespace Site.Rendering.Pages;

/// <summary>
/// For the preview only: which articles are not public yet, so that their pages carry a banner ("Brouillon",
/// "Programmé"). A build for publishing has none, and its pages never show one.
/// </summary>
/// <param name="Now">The moment that decides which articles are in the future, as the build's publish filter has it.</param>
public sealed record PreviewMarks(DateTimeOffset Now)
{
    /// <summary><c>draft</c>, <c>scheduled</c> (dated in the future), or null for an article the site publishes.</summary>
    public string? StatusOf(Article article) =>
        article.Draft ? "draft" : article.Date > Now ? "scheduled" : null;
}
