namespace Site.Checks;

/// <summary>`site check`: checks a built folder, prints the findings, and tells the exit code.</summary>
public static class CheckCommand
{
    public const int Success = 0;
    public const int ProblemsFound = 1;
    public const int BadUsage = 2;

    /// <summary>Checks <paramref name="outputDir"/>; <paramref name="format"/> is "text" or "json".</summary>
    /// <returns>0 without errors (unverified links only warn), 1 with any error, 2 for bad usage.</returns>
    public static Task<int> RunAsync(
        string outputDir,
        Uri baseUrl,
        bool external,
        string format,
        TextWriter stdout,
        TextWriter stderr,
        CancellationToken ct) =>
        RunAsync(outputDir, new CheckOptions(baseUrl) { External = external }, format, stdout, stderr, ct);

    internal static async Task<int> RunAsync(
        string outputDir,
        CheckOptions options,
        string format,
        TextWriter stdout,
        TextWriter stderr,
        CancellationToken ct)
    {
        Uri baseUrl = options.BaseUrl;
        bool json = format.Equals("json", StringComparison.OrdinalIgnoreCase);
        if (!json && !format.Equals("text", StringComparison.OrdinalIgnoreCase))
        {
            stderr.WriteLine($"site check: unknown format \"{format}\"; use --format text or --format json.");
            return BadUsage;
        }

        if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
        {
            stderr.WriteLine($"site check: the base URL \"{baseUrl}\" must be absolute, like https://example.com/.");
            return BadUsage;
        }

        if (!Directory.Exists(outputDir))
        {
            stderr.WriteLine(
                $"site check: the folder \"{outputDir}\" does not exist; build the site first or pass --output DIR.");
            return BadUsage;
        }

        IReadOnlyList<Finding> findings;
        try
        {
            findings = await FolderChecker.CheckFolderAsync(outputDir, options, ct);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"site check: cannot read \"{outputDir}\": {exception.Message}");
            return BadUsage;
        }

        if (json)
        {
            FindingReport.WriteJson(findings, stdout);
        }
        else
        {
            FindingReport.WriteText(findings, stdout);
        }

        return findings.Any(finding => finding.IsError) ? ProblemsFound : Success;
    }
}
