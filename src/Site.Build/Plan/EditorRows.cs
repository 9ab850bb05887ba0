using Site.Rendering.Pages;

namespace Site.Build.Plan;

/// <summary>The web editor (Decap CMS) at <c>/admin/</c>: its page and its configuration, made from site.yml and the theme's strings.</summary>
internal static class EditorRows
{
    public const string Folder = "admin/";

    public static IEnumerable<PlannedPage> Make(PageRenderer renderer, PageFingerprints fingerprints)
    {
        yield return new PlannedPage(PageKind.Editor, Folder + "index.html", new TextContent(renderer.EditorPage)) { Path = Folder, MakeFingerprint = () => fingerprints.Global };
        yield return new PlannedPage(PageKind.Editor, Folder + "config.yml", new TextContent(renderer.EditorConfig)) { MakeFingerprint = () => fingerprints.Global };
    }
}
