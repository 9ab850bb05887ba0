namespace Site.TestSupport;

/// <summary>A test that mounts file systems: it runs as root on Linux (as CI does) and is skipped elsewhere.</summary>
public sealed class RootOnLinuxFactAttribute : FactAttribute
{
    public RootOnLinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess)
        {
            Skip = "mounting a small tmpfs needs root on Linux";
        }
    }
}
