using System.Diagnostics;

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

    /// <summary>
    /// Java running the Nu HTML checker on <paramref name="paths"/> (files or folders), errors only, output redirected.
    /// The JVM compiles with its quick compiler only: one run of the checker ends before the optimizing compiler would
    /// pay for itself (about 2.5 s of CPU instead of 6 on the sample site), and the quick compiler's larger frames need
    /// a bigger stack for the schema's deep recursion (it overflows the default one).
    /// </summary>
    public static ProcessStartInfo NuChecker(params string[] paths)
    {
        var start = new ProcessStartInfo("java")
        {
            ArgumentList = { "-XX:TieredStopAtLevel=1", "-Xss4m", "-jar", VnuJar, "--errors-only", "--skip-non-html" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var path in paths)
        {
            start.ArgumentList.Add(path);
        }

        return start;
    }

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
