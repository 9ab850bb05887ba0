namespace Site.Build.Tests.Hardening;

/// <summary>A test that needs a case-insensitive file system for temporary files (macOS, Windows); skipped elsewhere.</summary>
public sealed class CaseInsensitiveFileSystemFactAttribute : FactAttribute
{
    public CaseInsensitiveFileSystemFactAttribute()
    {
        var name = $"case-probe-{Guid.NewGuid():N}";
        var probe = Path.Combine(Path.GetTempPath(), name);
        Directory.CreateDirectory(probe);
        try
        {
            if (!Directory.Exists(Path.Combine(Path.GetTempPath(), name.ToUpperInvariant())))
            {
                Skip = "the temporary folder is on a case-sensitive file system (no Linux CI image offers another)";
            }
        }
        finally
        {
            Directory.Delete(probe);
        }
    }
}
