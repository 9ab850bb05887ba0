using Site.TestSupport;

namespace Site.Build.Tests;

/// <summary>
/// The sample site (<c>input/</c>, default theme) built once, with every check, into a temporary folder, for the
/// tests that only read its output: building it (105 image variants) is the slow part, not what they assert.
/// </summary>
public sealed class BuiltSampleSite : IDisposable
{
    /// <summary>The moment that decides which articles are in the future, fixed so that the site does not change with the day.</summary>
    public static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-01-01T00:00:00+00:00", System.Globalization.CultureInfo.InvariantCulture);

    private readonly string _folder = Directory.CreateTempSubdirectory("site-sample-").FullName;

    public BuiltSampleSite() =>
        Result = new SiteBuilder(TextWriter.Null).Build(new BuildOptions
        {
            InputDirectory = RepositoryPaths.Input,
            ThemeDirectory = RepositoryPaths.Theme,
            OutputDirectory = Output,
            Now = Now,
        });

    /// <summary>The result of the build, with the findings of its own check.</summary>
    public BuildResult Result { get; }

    public string Output => Path.Combine(_folder, "site");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
