using Site.Build.Plan;

namespace Site.Build.Tests;

public sealed class FingerprintBuilderTests
{
    [Fact]
    public void EqualPartsGiveEqualFingerprints() =>
        Assert.Equal(
            new FingerprintBuilder().Add("fr/index.html").Add(7L).ToFingerprint(),
            new FingerprintBuilder().Add("fr/index.html").Add(7L).ToFingerprint());

    [Fact]
    public void PartsAreNotRunTogether() =>
        Assert.NotEqual(
            new FingerprintBuilder().Add("ab").Add("c").ToFingerprint(),
            new FingerprintBuilder().Add("a").Add("bc").ToFingerprint());

    [Fact]
    public void OrderCounts() =>
        Assert.NotEqual(
            new FingerprintBuilder().Add("a").Add("b").ToFingerprint(),
            new FingerprintBuilder().Add("b").Add("a").ToFingerprint());

    [Fact]
    public void ANullTextIsAnEmptyOne() =>
        Assert.Equal(
            new FingerprintBuilder().Add((string?)null).ToFingerprint(),
            new FingerprintBuilder().Add(string.Empty).ToFingerprint());

    // Parts are told apart by position, not by type: each caller adds the same kinds of parts in the same order.
    [Fact]
    public void EveryPartCounts()
    {
        var fingerprints = new[]
        {
            new FingerprintBuilder().ToFingerprint(),
            new FingerprintBuilder().Add(string.Empty).ToFingerprint(),
            new FingerprintBuilder().Add(1L).ToFingerprint(),
            new FingerprintBuilder().Add(new Hash128(1, 0)).ToFingerprint(),
            new FingerprintBuilder().Add("é").ToFingerprint(),
            new FingerprintBuilder().Add("e").ToFingerprint(),
        };

        Assert.Equal(fingerprints.Length, fingerprints.Distinct().Count());
    }
}
