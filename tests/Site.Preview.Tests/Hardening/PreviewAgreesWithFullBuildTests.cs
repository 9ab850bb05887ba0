using System.Text;
using Site.Build;
using Site.TestSupport;

namespace Site.Preview.Tests.Hardening;

/// <summary>
/// After any sequence of edits, the pages a preview session has updated in place are the pages a clean build makes,
/// byte for byte.
/// </summary>
public sealed class PreviewAgreesWithFullBuildTests : IDisposable
{
    private const int Steps = 30;

    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private readonly TestSite _site = new();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void GivenRandomEditsWhenThePreviewRebuildsAfterEachThenItsOutputIsTheCleanBuildsOutput(int seed)
    {
        var edits = new SiteEdits(_site, seed);
        edits.Create();
        var session = new BuildSession();
        session.TrackChanges();
        var preview = Options(_site.Output);
        Assert.Equal(BuildOutcome.Success, new SiteBuilder(TextWriter.Null).Build(preview, session).Outcome);

        var history = new StringBuilder();
        for (var step = 0; step < Steps; step++)
        {
            var (what, touched) = edits.Next();
            history.AppendLine(what);
            foreach (var path in touched)
            {
                session.NoteChanged(path);
            }

            var incremental = new SiteBuilder(TextWriter.Null).Build(preview, session);
            if (!incremental.Steps.Any(s => s.Step == "assemble site"))
            {
                // The preview's short way for an edit of an article's text alone (TextEdits).
                history.Append("  (short way)\n");
            }
            var cleanFolder = Path.Combine(_site.Root, $"clean-{step}");
            var clean = new SiteBuilder(TextWriter.Null).Build(Options(cleanFolder));

            Assert.True(clean.Outcome == incremental.Outcome, $"exit codes differ (clean {clean.Outcome}, preview {incremental.Outcome}) after:\n{history}");
            if (clean.Outcome == BuildOutcome.Success)
            {
                AssertSameFiles(cleanFolder, _site.Output, history.ToString());
            }

            if (Directory.Exists(cleanFolder))
            {
                Directory.Delete(cleanFolder, recursive: true);
            }
        }
    }

    public void Dispose() => _site.Dispose();

    private BuildOptions Options(string output) => new() { InputDirectory = _site.Input, ThemeDirectory = _site.Theme, OutputDirectory = output, Now = Now };

    private static void AssertSameFiles(string expected, string actual, string history)
    {
        var want = Files(expected);
        var have = Files(actual);
        Assert.True(want.SetEquals(have), $"files differ: missing {string.Join(", ", want.Except(have))}; extra {string.Join(", ", have.Except(want))}; after:\n{history}");
        foreach (var file in want)
        {
            var bytes = File.ReadAllBytes(Path.Combine(expected, file));
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{file} differs after:\n{history}");
        }
    }

    private static HashSet<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).ToHashSet(StringComparer.Ordinal);
}
