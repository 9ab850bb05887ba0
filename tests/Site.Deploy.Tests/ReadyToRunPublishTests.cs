using System.Diagnostics;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using Site.TestSupport;

namespace Site.Deploy.Tests;

/// <summary>
/// Issue #11: the published <c>site</c> command is compiled ahead of time (ReadyToRun), so that a small site builds
/// without waiting for the JIT. The CLI is really published, once for the class, into a temporary folder with its own
/// artifacts path: the obj/ and bin/ folders under src/ that other tests build into are never touched. No duration is
/// asserted: speed is measured by benchmarks (docs/performance.md).
/// </summary>
public sealed class ReadyToRunPublishTests(ReadyToRunPublishTests.PublishedCli cli) : IClassFixture<ReadyToRunPublishTests.PublishedCli>
{
    [Theory]
    [InlineData("site.dll")]
    [InlineData("Site.Core.dll")]
    [InlineData("Site.Content.dll")]
    [InlineData("Site.Rendering.dll")]
    [InlineData("Site.Checks.dll")]
    [InlineData("Site.Build.dll")]
    [InlineData("Site.Preview.dll")]
    [InlineData("Fluid.dll")]
    [InlineData("Markdig.dll")]
    [InlineData("YamlDotNet.dll")]
    [InlineData("AngleSharp.dll")]
    public void PublishedAssemblyIsAReadyToRunImage(string assembly)
    {
        using var reader = new PEReader(File.OpenRead(Path.Combine(cli.Folder, assembly)));

        // A ReadyToRun image carries its precompiled code in the "managed native header"; IL-only images have none.
        Assert.True(reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0, $"{assembly} holds IL only");
    }

    [Fact]
    public async Task PublishedCommandBuildsTheSampleSite()
    {
        var output = Path.Combine(cli.Root, "site");

        var (exitCode, log) = await PublishedCli.RunAsync(
            cli.Command,
            // The sample's baseUrl is the placeholder example.org, which a build refuses under CI unless it is given.
            ["build", "--input", RepositoryPaths.Input, "--output", output, "--theme", RepositoryPaths.Theme, "--base-url", "https://example.org/"],
            TimeSpan.FromMinutes(2));

        Assert.True(exitCode == 0, $"exit code {exitCode}:\n{log}");
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "fr", "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "en", "index.html")));
    }

    /// <summary>The CLI published for this machine's runtime identifier into a temporary folder, deleted afterwards.</summary>
    public sealed class PublishedCli : IAsyncLifetime
    {
        public string Root { get; } = Path.Combine(Path.GetTempPath(), "site-tests", "r2r-" + Guid.NewGuid().ToString("N"));

        public string Folder => Path.Combine(Root, "out");

        public string Command => Path.Combine(Folder, OperatingSystem.IsWindows() ? "site.exe" : "site");

        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(Root);
            var project = Path.Combine(RepositoryPaths.Root, "src", "Site.Cli", "Site.Cli.csproj");
            var (exitCode, log) = await RunAsync(
                DotnetHost,
                ["publish", project, "-c", "Release", "-r", RuntimeIdentifier(), "--artifacts-path", Path.Combine(Root, "artifacts"), "-o", Folder, "--disable-build-servers"],
                TimeSpan.FromMinutes(10));
            Assert.True(exitCode == 0, $"dotnet publish failed with exit code {exitCode}:\n{log}");
        }

        public Task DisposeAsync()
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }

            return Task.CompletedTask;
        }

        /// <summary>Runs a program to its end and returns its exit code with its standard output and error together.</summary>
        public static async Task<(int ExitCode, string Log)> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout)
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // The apphost finds the runtime through DOTNET_ROOT when .NET is not installed in the system's usual place.
            if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is null && Path.GetDirectoryName(DotnetHost) is { Length: > 0 } dotnetRoot)
            {
                start.Environment["DOTNET_ROOT"] = dotnetRoot;
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                Assert.Fail($"{Path.GetFileName(program)} {string.Join(' ', start.ArgumentList)} took more than {timeout}:\n{await output}{await errors}");
            }

            return (process.ExitCode, await output + await errors);
        }

        private static string DotnetHost =>
            Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

        /// <summary>linux-x64, osx-arm64, win-x64…: the portable identifier of this machine.</summary>
        private static string RuntimeIdentifier()
        {
            var system = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
            return $"{system}-{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";
        }
    }
}
