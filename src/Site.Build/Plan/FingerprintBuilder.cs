using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Site.Build.Plan;

/// <summary>
/// Hashes the parts of a fingerprint as they come, without building the string they would make: a preview of a
/// large site fingerprints some 24,000 pages on every edit, and long strings kept that many times made every
/// rebuild pay for garbage collections.
/// </summary>
/// <remarks>
/// A build makes some 100,000 fingerprints, and each hash state is 300 bytes of a fresh heap page: each thread
/// keeps the states of finished builders for its next ones. A builder is finished by <see cref="ToFingerprint"/>.
/// </remarks>
internal sealed class FingerprintBuilder
{
    // A few per thread: a builder can be under way while the parts it adds are fingerprinted by others. A thread that
    // finishes builders another one started keeps no more than this.
    private const int KeptPerThread = 16;

    [ThreadStatic]
    private static Stack<XxHash128>? t_finished;

    private XxHash128? _hash = t_finished is { Count: > 0 } finished ? finished.Pop() : new XxHash128();

    private XxHash128 Hash => _hash ?? throw new InvalidOperationException("the fingerprint was made already");

    /// <summary>A text, preceded by its length so that ("ab", "c") and ("a", "bc") differ.</summary>
    public FingerprintBuilder Add(string? text)
    {
        text ??= string.Empty;
        Add(text.Length);
        Hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    public FingerprintBuilder Add(long value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        Hash.Append(bytes);
        return this;
    }

    public FingerprintBuilder Add(Hash128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        value.WriteLittleEndian(bytes);
        Hash.Append(bytes);
        return this;
    }

    /// <summary>The fingerprint of what was added; the builder cannot be used again.</summary>
    public Fingerprint ToFingerprint()
    {
        var hash = Hash;
        var value = Hash128.Of(hash);
        hash.Reset();
        _hash = null;
        var finished = t_finished ??= new Stack<XxHash128>();
        if (finished.Count < KeptPerThread)
        {
            finished.Push(hash);
        }

        return new Fingerprint(value);
    }
}
