using Site.Build;
using Site.TestSupport;
using SkiaSharp;

namespace Site.Preview.Tests.Hardening;

/// <summary>
/// A file the watcher reports as changed is read again, even when its size and modification time are the ones the
/// session saw (an editor that keeps times, two saves within the clock's resolution).
/// </summary>
public sealed class ReportedChangesTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly BuildSession _session = new();

    public ReportedChangesTests()
    {
        _site.Article("articles/2021/sommet.fr.md", "Le sommet", "2021-06-16T18:00:00+02:00", body: "Texte 111.\n", extra: "image: /media/carte.png\nimage_alt: Une carte\n");
        _site.WriteInputBytes("media/carte.png", Image(40, 30));
        _session.TrackChanges();
    }

    [Theory]
    [InlineData("input/articles/2021/sommet.fr.md", "Texte 111.", "Texte 222.", "fr/2021/06/sommet/index.html")]
    [InlineData("input/site.yml", "Le Journal", "Le Jurnal2", "fr/index.html")]
    [InlineData("theme/i18n/fr.yml", "\"Accueil\"", "\"Maisons\"", "fr/index.html")]
    public void GivenAnEditThatKeepsSizeAndTimeWhenTheWatcherReportsItThenThePreviewShowsIt(string file, string before, string after, string page)
    {
        Assert.Equal(BuildOutcome.Success, Build().Outcome);
        var path = Path.Combine(_site.Root, file);
        var time = File.GetLastWriteTimeUtc(path);
        var text = File.ReadAllText(path);
        Assert.Contains(before, text, StringComparison.Ordinal);
        Assert.Equal(before.Length, after.Length);

        File.WriteAllText(path, text.Replace(before, after, StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, time);
        _session.NoteChanged(path);

        Assert.Equal(BuildOutcome.Success, Build().Outcome);
        Assert.Contains(after.Trim('"'), _site.ReadOutput(page), StringComparison.Ordinal);
    }

    [Fact]
    public void GivenALeadImageResizedWhenThePreviewRebuildsThenTheArticleAndTheListingsShowTheNewSize()
    {
        Assert.Equal(BuildOutcome.Success, Build().Outcome);
        Assert.Contains("width=\"40\" height=\"30\"", _site.ReadOutput("fr/2021/06/sommet/index.html"), StringComparison.Ordinal);

        var image = Path.Combine(_site.Input, "media", "carte.png");
        File.WriteAllBytes(image, Image(80, 20));
        _session.NoteChanged(image);

        Assert.Equal(BuildOutcome.Success, Build().Outcome);
        Assert.Contains("width=\"80\" height=\"20\"", _site.ReadOutput("fr/2021/06/sommet/index.html"), StringComparison.Ordinal);
        Assert.Contains("width=\"80\" height=\"20\"", _site.ReadOutput("fr/index.html"), StringComparison.Ordinal);
        Assert.Contains("width=\"80\" height=\"20\"", _site.ReadOutput("fr/2021/06/sommet/print/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void GivenAMediaFileReplacedWithTheSameSizeAndTimeWhenTheWatcherReportsItThenThePreviewCopiesIt()
    {
        var path = Path.Combine(_site.Input, "media", "notes.txt");
        File.WriteAllText(path, "version 1");
        Assert.Equal(BuildOutcome.Success, Build().Outcome);
        var time = File.GetLastWriteTimeUtc(path);

        File.WriteAllText(path, "version 2");
        File.SetLastWriteTimeUtc(path, time);
        _session.NoteChanged(path);

        Assert.Equal(BuildOutcome.Success, Build().Outcome);
        Assert.Equal("version 2", _site.ReadOutput("media/notes.txt"));
    }

    public void Dispose() => _site.Dispose();

    private static byte[] Image(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.Teal);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private BuildResult Build() => new SiteBuilder(TextWriter.Null).Build(
        new BuildOptions { InputDirectory = _site.Input, ThemeDirectory = _site.Theme, OutputDirectory = _site.Output, Now = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture) },
        _session);
}
