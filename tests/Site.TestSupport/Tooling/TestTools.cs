namespace Site.TestSupport.Tooling;

/// <summary>
/// The tools some tests need beyond .NET: Debian's Chromium (never a browser Playwright would download) and Java.
/// Outside CI a missing tool skips those tests with the reason; in CI (any non-empty <c>$CI</c>: GitHub sets
/// <c>true</c>, <c>.ci/run</c> sets <c>1</c>) they always run, so a missing tool fails them instead of hiding them.
/// </summary>
public static class TestTools
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

    public static bool InCi => IsCi(Environment.GetEnvironmentVariable("CI"));

    public static bool HasChromium => File.Exists(ChromiumPath);

    public static bool HasJava => OnPath("java");

    /// <summary>Pagefind as <c>npm ci</c> installs it at the repository root (package.json).</summary>
    public static string PagefindPath => Path.Combine(RepositoryPaths.Root, "node_modules", ".bin", OperatingSystem.IsWindows() ? "pagefind.cmd" : "pagefind");

    public static bool HasPagefind => File.Exists(PagefindPath);

    /// <summary>Why search tests can't run here; null when they can, and always null in CI.</summary>
    public static string? PagefindSkipReason => SkipReason(HasPagefind, $"Pagefind is not installed ({PagefindPath}): run `npm ci` at the repository root to run the search tests; CI always runs them");

    /// <summary>Why browser tests can't run here; null when they can, and always null in CI.</summary>
    public static string? BrowserSkipReason => SkipReason(
        HasChromium,
        $"{ChromiumPath} is missing: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH to run the browser tests; CI always runs them");

    /// <summary>Whether <paramref name="ci"/>, the value of <c>$CI</c>, says the tests run in CI: any non-empty value does.</summary>
    public static bool IsCi(string? ci) => !string.IsNullOrEmpty(ci);

    /// <summary>Null (run the test) when the tool is there or in CI; otherwise <paramref name="reason"/>.</summary>
    public static string? SkipReason(bool present, string reason) => SkipReason(present, Environment.GetEnvironmentVariable("CI"), reason);

    public static string? SkipReason(bool present, string? ci, string reason) => present || IsCi(ci) ? null : reason;

    /// <summary>Fails the running test, with how to install it, when a tool it needs is missing (in CI, where nothing skips).</summary>
    public static void Require(bool present, string what)
    {
        if (!present)
        {
            throw new InvalidOperationException($"{what} is missing, and tests that need it do not skip in CI ($CI is set): install it (see the README, \"Which tests need which tools\")");
        }
    }

    private static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, command)));
}
