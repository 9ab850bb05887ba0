using System.Diagnostics;

using Site.EndToEnd.Tests.Browser;
using Site.TestSupport.Tooling;

namespace Site.EndToEnd.Tests;

/// <summary>Every page of the sample site is valid HTML for the Nu HTML checker (the W3C's validator), run with Java.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class HtmlValidationTests(SampleSite site)
{
    [HtmlCheckerFact]
    public async Task EveryPageOfTheSamplePassesTheNuHtmlChecker()
    {
        TestTools.Require(TestTools.HasJava, "java");
        TestTools.Require(File.Exists(Tools.VnuJar), Tools.VnuJar);
        using var java = Process.Start(Tools.NuChecker(site.Output))!;
        var output = java.StandardOutput.ReadToEndAsync();
        var errors = java.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));

        await java.WaitForExitAsync(timeout.Token);

        var report = (await output + await errors).Replace("file:" + site.Output + "/", string.Empty, StringComparison.Ordinal).Trim();
        Assert.True(java.ExitCode == 0 && report.Length == 0, $"exit code {java.ExitCode}:\n{report}");
    }
}
