using System.Diagnostics;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Site.Deploy.Tests.Support;
using Site.TestSupport;

namespace Site.Deploy.Tests;

/// <summary>
/// Issue #11: the published <c>site</c> command is compiled ahead of time (ReadyToRun), so that a small site builds
/// without waiting for the JIT. The CLI is really published, once, in the temporary checkout the deployment tests
/// build (<see cref="CheckedOutRepository"/>), whose Release libraries it shares with them: the obj/ and bin/ folders
/// under src/ that other tests build into are never touched. No duration is asserted: speed is measured by
/// benchmarks (docs/performance.md).
/// </summary>
[Collection(CheckoutCollection.Name)]
public sealed class ReadyToRunPublishTests(CheckedOutRepository checkout)
{
    /// <summary>The publish of each checkout, made by the first test that needs it.</summary>
    private static readonly ConditionalWeakTable<CheckedOutRepository, Task<PublishedCli>> Published = new();

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
    public async Task PublishedAssemblyIsAReadyToRunImage(string assembly)
    {
        var cli = await PublishAsync();
        using var reader = new PEReader(File.OpenRead(Path.Combine(cli.Folder, assembly)));

        // A ReadyToRun image carries its precompiled code in the "managed native header"; IL-only images have none.
        Assert.True(reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0, $"{assembly} holds IL only");
    }

    [Fact]
    public async Task PublishedAssembliesShareOneCompositeImage()
    {
        var cli = await PublishAsync();

        // Issue #20: the code of site.dll and of its libraries is compiled together into one image, so that a
        // library's code over another's generic types is precompiled too; each assembly keeps a header naming it.
        var composite = new FileInfo(Path.Combine(cli.Folder, "site.r2r.dll"));
        Assert.True(composite.Exists, "no composite image site.r2r.dll");
        Assert.True(composite.Length > 1 << 20, $"site.r2r.dll holds {composite.Length} bytes");
        using var reader = new PEReader(File.OpenRead(Path.Combine(cli.Folder, "Fluid.dll")));
        Assert.InRange(reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size, 1, 64);
    }

    [Fact]
    public async Task PublishedCommandBuildsTheSampleSite()
    {
        var cli = await PublishAsync();
        // A folder of its own: the build's cache beside it must not stand in for the one the workflows' builds write.
        var output = checkout.Path(Path.Combine("r2r-run", "site"));

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

    private Task<PublishedCli> PublishAsync() => Published.GetValue(checkout, PublishedCli.PublishAsync);

    /// <summary>The CLI published for this machine's runtime identifier into a folder of the checkout.</summary>
    public sealed class PublishedCli
    {
        private PublishedCli(string folder) => Folder = folder;

        public string Folder { get; }

        public string Command => Path.Combine(Folder, OperatingSystem.IsWindows() ? "site.exe" : "site");

        public static async Task<PublishedCli> PublishAsync(CheckedOutRepository checkout)
        {
            var cli = new PublishedCli(checkout.Path("r2r"));
            var (exitCode, log) = await RunAsync(
                DotnetHost,
                ["publish", checkout.Path(Path.Combine("src", "Site.Cli", "Site.Cli.csproj")), "-c", "Release", "-r", RuntimeIdentifier(), "-o", cli.Folder, "--disable-build-servers"],
                TimeSpan.FromMinutes(10));
            Assert.True(exitCode == 0, $"dotnet publish failed with exit code {exitCode}:\n{log}");
            return cli;
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
