namespace Site.Build.Tests.Hardening;

/// <summary>A body cache entry carries its own key and a checksum: one found under another article's name is rendered again, never published.</summary>
public sealed class BodyCacheIntegrityTests
{
    [Fact]
    public void GivenTwoCachedBodiesSwappedWhenBuildingAgainThenEachPageHasItsOwnBody()
    {
        using var site = Builds.Bilingual();
        var cache = Path.Combine(site.Root, ".site-cache");
        Assert.Equal(BuildOutcome.Success, Builds.Run(site, cache: cache).Outcome);
        var before = site.OutputHashes();
        var bodies = Directory.EnumerateFiles(cache, "*.body", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var (first, second) = (File.ReadAllBytes(bodies[0]), File.ReadAllBytes(bodies[1]));
        File.WriteAllBytes(bodies[0], second);
        File.WriteAllBytes(bodies[1], first);

        // Every page is made again (none carried over from the output), so both bodies are printed.
        Directory.Delete(site.Output, recursive: true);
        var result = Builds.Run(site, cache: cache);

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        Assert.Equal(2, result.RenderedBodies);
        Assert.Equal(before, site.OutputHashes());
    }

    [Fact]
    public void GivenACachedBodyAlteredInPlaceWhenBuildingAgainThenItIsRenderedAgain()
    {
        using var site = Builds.Bilingual();
        site.Article("articles/2021/long.fr.md", "Long", "2021-06-17T18:00:00+02:00", body: "Un texte assez long pour être reconnu.\n");
        var cache = Path.Combine(site.Root, ".site-cache");
        Assert.Equal(BuildOutcome.Success, Builds.Run(site, cache: cache).Outcome);
        var before = site.OutputHashes();
        foreach (var body in Directory.EnumerateFiles(cache, "*.body", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(body);
            var at = bytes.AsSpan().IndexOf("reconnu"u8);
            if (at >= 0)
            {
                // Same length, other letters: only a checksum tells.
                "RECONNU"u8.CopyTo(bytes.AsSpan(at));
                File.WriteAllBytes(body, bytes);
            }
        }

        Directory.Delete(site.Output, recursive: true);
        var result = Builds.Run(site, cache: cache);

        Assert.Equal(1, result.RenderedBodies);
        Assert.Equal(before, site.OutputHashes());
    }
}
