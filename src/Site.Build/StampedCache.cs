namespace Site.Build;

/// <summary>A value made from files, kept until one of them changes (by path, size or modification time).</summary>
internal sealed class StampedCache<T>
{
    private string? _stamp;
    private T? _value;

    public T Get(IEnumerable<string> files, Func<T> make)
    {
        var stamp = string.Join('|', files.Order(StringComparer.Ordinal).Select(f =>
            File.Exists(f) ? $"{f}:{new FileInfo(f).Length}:{File.GetLastWriteTimeUtc(f).Ticks}" : f));
        if (stamp != _stamp || _value is null)
        {
            _value = make();
            _stamp = stamp;
        }

        return _value;
    }

    /// <summary>Forgets the value, so that it is made again next time (after it reported errors, for example).</summary>
    public void Clear() => _stamp = null;
}
