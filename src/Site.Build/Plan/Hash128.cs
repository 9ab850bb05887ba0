using System.Buffers.Binary;
using System.IO.Hashing;

namespace Site.Build.Plan;

/// <summary>
/// A 128-bit hash (XxHash128's value, as <see cref="UInt128"/> would hold it). Not <see cref="UInt128"/> itself: a
/// ReadyToRun image compiled apart from the .NET framework precompiles no method that touches that type, whose
/// layout the framework may change, so every method of the build cache was JIT-compiled at each start
/// (docs/performance.md, ninth pass).
/// </summary>
internal readonly record struct Hash128(ulong Low, ulong High)
{
    /// <summary>XxHash128 of <paramref name="bytes"/>.</summary>
    public static Hash128 Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(bytes, hash);
        return FromBigEndian(hash);
    }

    /// <summary>The hash of what <paramref name="hash"/> was given so far.</summary>
    public static Hash128 Of(XxHash128 hash)
    {
        Span<byte> bytes = stackalloc byte[16];
        hash.GetCurrentHash(bytes);
        return FromBigEndian(bytes);
    }

    /// <summary>The hash as <see cref="WriteLittleEndian"/> wrote it (the low half first).</summary>
    public static Hash128 ReadLittleEndian(ReadOnlySpan<byte> bytes) =>
        new(BinaryPrimitives.ReadUInt64LittleEndian(bytes), BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]));

    public void WriteLittleEndian(Span<byte> bytes)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, Low);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], High);
    }

    /// <summary>32 lower-case hexadecimal digits, the high half first.</summary>
    public string ToHex() => $"{High:x16}{Low:x16}";

    // XxHash128 writes its hash in the canonical order of the algorithm: the high half first, each big-endian.
    private static Hash128 FromBigEndian(ReadOnlySpan<byte> bytes) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]), BinaryPrimitives.ReadUInt64BigEndian(bytes));
}
