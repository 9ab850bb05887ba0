using Site.TestSupport;

namespace Site.EndToEnd.Tests.Browser;

/// <summary>
/// What the end-to-end tests run on: the system's Chromium (never a browser Playwright would download), and the npm
/// packages that <c>.ci/run</c> installs next to this project (axe-core, vnu-jar), run by the system's Java.
/// </summary>
internal static class Tools
{
    /// <summary>Debian's Chromium, unless <c>$CHROMIUM_PATH</c> names another build of it (GitHub's Ubuntu runners).</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Flags for a headless Chromium on a closed network: no background calls home, no GPU, no sandbox (root).</summary>
    public static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-default-apps", "--disable-extensions",
    ];

    private const string Install = "run `npm ci --ignore-scripts --prefix tests/Site.EndToEnd.Tests` (as .ci/run does)";

    public static string NodeModules => Path.Combine(RepositoryPaths.Root, "tests", "Site.EndToEnd.Tests", "node_modules");

    public static string AxeScript => Path.Combine(NodeModules, "axe-core", "axe.min.js");

    public static string VnuJar => Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar");

    public static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static bool HasChromium => File.Exists(ChromiumPath);

    /// <summary>Why browser tests can't run here; null when they can. In CI they always run (and fail if Chromium is missing).</summary>
    public static string? BrowserSkipReason => HasChromium || InCi
        ? null
        : $"{ChromiumPath} is missing: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH to run the browser tests; CI always runs them";

    public static string? AxeSkipReason => BrowserSkipReason ?? (File.Exists(AxeScript) || InCi ? null : $"axe-core is not installed: {Install}");

    public static string? VnuSkipReason => File.Exists(VnuJar) || InCi ? null : $"vnu-jar is not installed: {Install}";

    /// <summary>Where screenshots go: <c>$SCREENSHOTS_DIR</c>, else the git-ignored <c>screenshots/</c> of the repository.</summary>
    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("SCREENSHOTS_DIR") is { Length: > 0 } folder ? folder : Path.Combine(RepositoryPaths.Root, "screenshots");
}
