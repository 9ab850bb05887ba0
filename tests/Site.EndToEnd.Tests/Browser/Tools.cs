using Site.TestSupport;
using Site.TestSupport.Tooling;

namespace Site.EndToEnd.Tests.Browser;

/// <summary>
/// What the end-to-end tests run on: the system's Chromium (see <see cref="TestTools"/>), and the npm packages that
/// <c>.ci/run</c> installs next to this project (axe-core, vnu-jar), run by the system's Java.
/// </summary>
internal static class Tools
{
    private const string Install = "run `npm ci --ignore-scripts --prefix tests/Site.EndToEnd.Tests` (as .ci/run does)";

    public static string NodeModules => Path.Combine(RepositoryPaths.Root, "tests", "Site.EndToEnd.Tests", "node_modules");

    public static string AxeScript => Path.Combine(NodeModules, "axe-core", "axe.min.js");

    public static string VnuJar => Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>The folder of Decap CMS's bundle, which the web editor's page loads from its CDN.</summary>
    public static string DecapDist => Path.Combine(NodeModules, "decap-cms", "dist");

    public static string? DecapSkipReason => TestTools.BrowserSkipReason ?? TestTools.SkipReason(File.Exists(Path.Combine(DecapDist, "decap-cms.js")), $"decap-cms is not installed: {Install}");

    public static string? AxeSkipReason => TestTools.BrowserSkipReason ?? TestTools.SkipReason(File.Exists(AxeScript), $"axe-core is not installed: {Install}");

    public static string? VnuSkipReason =>
        TestTools.SkipReason(TestTools.HasJava, "java is missing: install a Java runtime (apt-get install -y default-jre-headless) to run the Nu HTML checker")
        ?? TestTools.SkipReason(File.Exists(VnuJar), $"vnu-jar is not installed: {Install}");

    /// <summary>Where screenshots go: <c>$SCREENSHOTS_DIR</c>, else the git-ignored <c>screenshots/</c> of the repository.</summary>
    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("SCREENSHOTS_DIR") is { Length: > 0 } folder ? folder : Path.Combine(RepositoryPaths.Root, "screenshots");
}
