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

    // Each thread hands the hash state of a finished builder to its next one: what a builder made before, or makes
    // meanwhile inside another, must not leak into its fingerprint.
    [Fact]
    public void AStateHandedOnStartsAfresh()
    {
        var fresh = System.IO.Hashing.XxHash128.Hash("\u0001\0\0\0\0\0\0\0a\0"u8);
        _ = new FingerprintBuilder().Add("something else entirely").Add(42L).ToFingerprint();
        var outer = new FingerprintBuilder().Add("a");
        var inner = new FingerprintBuilder().Add("a").ToFingerprint();

        Assert.Equal(inner, outer.ToFingerprint());
        Assert.Equal(inner, new FingerprintBuilder().Add("a").ToFingerprint());
        Assert.Equal(Hash128Of(fresh), inner.Value);
    }

    [Fact]
    public void AFinishedBuilderTakesNothingMore()
    {
        var builder = new FingerprintBuilder().Add("a");
        _ = builder.ToFingerprint();

        Assert.Throws<InvalidOperationException>(() => builder.Add("b"));
        Assert.Throws<InvalidOperationException>(builder.ToFingerprint);
    }

    private static Hash128 Hash128Of(byte[] bigEndian) =>
        new(System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bigEndian.AsSpan(8)), System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bigEndian));
}
