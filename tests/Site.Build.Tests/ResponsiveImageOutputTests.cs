using System.Text.RegularExpressions;

using Site.Content.Media;
using Site.TestSupport;

namespace Site.Build.Tests;

/// <summary>
/// The sample site's pages offer responsive pictures that exist: every <c>srcset</c> candidate and every social crop
/// is a variant of a picture of <c>input/media/</c>, named as <see cref="ImageVariantNames"/> names it, and a file of
/// the output; print pages and feeds name none.
/// </summary>
[Collection(BuiltSampleSiteCollection.Name)]
public sealed partial class ResponsiveImageOutputTests(BuiltSampleSite sample)
{
    private static readonly string[] SourceExtensions = [".jpg", ".jpeg", ".png", ".webp"];

    private readonly ImageSizes _images = new(Path.Combine(RepositoryPaths.Input, "media"));

    private string Output => sample.Output;

    [Fact]
    public void EverySrcsetCandidateIsAVariantOfAPictureOfTheSampleSite()
    {
        var candidates = Candidates().ToList();

        Assert.Contains(candidates, c => c.Page.EndsWith("index.html", StringComparison.Ordinal) && c.Url.Contains(".800.", StringComparison.Ordinal));
        Assert.All(candidates, c => Assert.True(IsVariantOfASource(c.Url), $"{c.Page}: {c.Url} is no variant of a picture of input/media"));
        Assert.All(Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Where(IsPrintPageOrFeed), file => Assert.DoesNotContain("srcset", File.ReadAllText(file)));
    }

    /// <summary>Needs the files the "make images" step writes (img-engine's branch): the full check of the build.</summary>
    [Fact]
    public void EverySrcsetCandidateAndSocialCropOfTheSampleSiteIsAFileOfTheOutput()
    {
        Assert.Equal(BuildOutcome.Success, sample.Result.Outcome);
        var missing = Candidates().Where(c => !File.Exists(Path.Combine(Output, c.Url.TrimStart('/')))).Select(c => $"{c.Page}: {c.Url}").Distinct().ToList();
        Assert.Empty(missing);
    }

    /// <summary>Every srcset candidate and og:image crop of the output's pages, as site paths.</summary>
    private IEnumerable<(string Page, string Url)> Candidates()
    {
        foreach (var file in Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories))
        {
            var page = Path.GetRelativePath(Output, file).Replace('\\', '/');
            var html = File.ReadAllText(file);
            foreach (Match srcset in Srcset().Matches(html))
            {
                foreach (var candidate in srcset.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return (page, Uri.UnescapeDataString(candidate.Split(' ')[0]));
                }
            }

            foreach (Match crop in SocialCrop().Matches(html))
            {
                yield return (page, Uri.UnescapeDataString(crop.Groups[1].Value));
            }
        }
    }

    private bool IsVariantOfASource(string url)
    {
        var name = VariantName().Match(url);
        if (!name.Success)
        {
            return false;
        }

        return SourceExtensions
            .Select(extension => _images.Responsive(name.Groups["stem"].Value + extension))
            .Any(variants => variants is not null
                && (variants.Variants.Any(v => v.SitePath == url) || variants.Social.SitePath == url));
    }

    private static bool IsPrintPageOrFeed(string file) =>
        file.EndsWith(Path.Combine("print", "index.html"), StringComparison.Ordinal) || file.EndsWith(".xml", StringComparison.Ordinal);

    [GeneratedRegex("\\ssrcset=\"([^\"]*)\"")]
    private static partial Regex Srcset();

    [GeneratedRegex("""<meta property="og:image" content="https://example\.org(/media/[^"]+\.og\.[^"]+)">""")]
    private static partial Regex SocialCrop();

    [GeneratedRegex("""^(?<stem>/media/.+)\.(?:\d+|og)\.[0-9a-f]{12}\.(?:webp|jpg)$""")]
    private static partial Regex VariantName();
}
