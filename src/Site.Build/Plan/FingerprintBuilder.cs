using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Site.Build.Plan;

/// <summary>
/// Hashes the parts of a fingerprint as they come, without building the string they would make: a preview of a
/// large site fingerprints some 24,000 pages on every edit, and long strings kept that many times made every
/// rebuild pay for garbage collections.
/// </summary>
internal sealed class FingerprintBuilder
{
    private readonly XxHash128 _hash = new();

    /// <summary>A text, preceded by its length so that ("ab", "c") and ("a", "bc") differ.</summary>
    public FingerprintBuilder Add(string? text)
    {
        text ??= string.Empty;
        Add(text.Length);
        _hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    public FingerprintBuilder Add(long value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        _hash.Append(bytes);
        return this;
    }

    public FingerprintBuilder Add(Hash128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        value.WriteLittleEndian(bytes);
        _hash.Append(bytes);
        return this;
    }

    public Fingerprint ToFingerprint() => new(Hash128.Of(_hash));
}
