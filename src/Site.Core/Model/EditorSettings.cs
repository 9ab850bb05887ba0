namespace Site.Core.Model;

/// <summary>
/// Where the web editor (<c>/admin/</c>, Decap CMS) commits: <c>site.yml</c>'s optional <c>editor:</c>. The default is
/// Netlify's Git Gateway, which needs nothing more; GitHub's backend needs the repository.
/// </summary>
public sealed record EditorSettings
{
    public const string GitGateway = "git-gateway";

    public const string GitHub = "github";

    /// <summary><see cref="GitGateway"/> or <see cref="GitHub"/>.</summary>
    public string Backend { get; init; } = GitGateway;

    /// <summary>The repository as <c>owner/name</c>; required by <see cref="GitHub"/>.</summary>
    public string? Repository { get; init; }

    /// <summary>The branch the editor commits to.</summary>
    public string Branch { get; init; } = "main";
}
