using Site.Checks;

namespace Site.Cli.Commands;

/// <summary><c>site check</c> at work: checks a built folder, prints the findings, and tells the exit code.</summary>
internal static class CheckCommand
{
    /// <summary>Checks <paramref name="outputDir"/>; <paramref name="format"/> is "text" or "json".</summary>
    /// <returns>Success without errors (unverified links only warn), site problems with any error, bad usage or input otherwise.</returns>
    public static Task<int> RunAsync(
        string outputDir,
        Uri baseUrl,
        bool external,
        string format,
        TextWriter stdout,
        TextWriter stderr,
        CancellationToken ct) =>
        RunAsync(outputDir, new CheckOptions(baseUrl) { External = external }, format, stdout, stderr, ct);

    /// <param name="sources">Output path → input file, to name the file each finding comes from (null: not known).</param>
    public static async Task<int> RunAsync(
        string outputDir,
        CheckOptions options,
        string format,
        TextWriter stdout,
        TextWriter stderr,
        CancellationToken ct,
        IReadOnlyDictionary<string, string>? sources = null)
    {
        Uri baseUrl = options.BaseUrl;
        bool json = format.Equals("json", StringComparison.OrdinalIgnoreCase);
        if (!json && !format.Equals("text", StringComparison.OrdinalIgnoreCase))
        {
            stderr.WriteLine($"site check: unknown format \"{format}\"; use --format text or --format json.");
            return ExitCodes.BadUsage;
        }

        if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
        {
            stderr.WriteLine($"site check: the base URL \"{baseUrl}\" must be absolute, like https://example.com/.");
            return ExitCodes.BadUsage;
        }

        if (!Directory.Exists(outputDir))
        {
            stderr.WriteLine(
                $"site check: the folder \"{outputDir}\" does not exist; build the site first or pass --output DIR.");
            return ExitCodes.BadUsage;
        }

        IReadOnlyList<Finding> findings;
        try
        {
            findings = await FolderChecker.CheckFolderAsync(outputDir, options, ct);
            if (sources is not null)
            {
                findings = [.. findings.Select(f => sources.TryGetValue(f.Page, out var source) ? f with { SourceFile = source } : f)];
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"site check: cannot read \"{outputDir}\": {exception.Message}");
            return ExitCodes.BadInput;
        }

        if (json)
        {
            FindingReport.WriteJson(findings, stdout);
        }
        else
        {
            FindingReport.WriteText(findings, stdout);
        }

        return findings.Any(finding => finding.IsError) ? ExitCodes.SiteProblems : ExitCodes.Success;
    }
}
