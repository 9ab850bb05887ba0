namespace Site.Checks.Tests.Support;

/// <summary>A folder under the system temp folder, deleted with everything in it.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("site-checks-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
