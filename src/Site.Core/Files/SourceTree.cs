using System.Collections.Concurrent;

using Site.Core.Diagnostics;

namespace Site.Core.Files;

/// <summary>
/// A folder the build reads (<c>input/</c> or <c>theme/</c>), and the one way to list and read its files: only regular
/// files whose real path stays inside the folder are listed or read. Any other entry a reader would take (a symbolic
/// link that leaves the folder, dangles or loops; a named pipe, socket or device, which could block the build for
/// ever) is a located error instead, found before the file is opened. Paths are relative to the folder, with '/'.
/// </summary>
public sealed class SourceTree
{
    private readonly string _name;
    private readonly string _prefix;
    private readonly string? _realRoot;
    private readonly ConcurrentDictionary<string, Located> _folders = new(StringComparer.Ordinal);

    private SourceTree(string root, string name, string prefix)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _name = name;
        _prefix = prefix;
        _realRoot = RealPath.Resolve(Root) is { } real && Directory.Exists(real) ? real : null;
    }

    /// <summary>The full path of the folder, as given (the folder itself may be a link).</summary>
    public string Root { get; }

    /// <summary>The input folder; its files are named in diagnostics as they are under it (<c>articles/…</c>).</summary>
    public static SourceTree Input(string directory) => new(directory, InputLayout.Folder, string.Empty);

    /// <summary>The theme folder; its files are named in diagnostics as <c>theme/…</c>.</summary>
    public static SourceTree Theme(string directory) => new(directory, ThemeLayout.Folder, ThemeLayout.Folder + "/");

    public string FullPath(string relative) => Path.Combine(Root, relative);

    /// <summary>Whether anything is at <paramref name="relative"/>, even a link that leads nowhere (reading it says what is wrong).</summary>
    public bool Has(string relative)
    {
        var path = FullPath(relative);
        return Path.Exists(path) || new FileInfo(path).LinkTarget is not null;
    }

    public string DisplayPath(string relative) => _prefix + relative;

    /// <summary>The files under <paramref name="folder"/> whose names match <paramref name="pattern"/>, in ordinal order; nothing when it does not exist.</summary>
    /// <param name="skipHidden">Leave out files and folders whose names start with '.'.</param>
    public IReadOnlyList<string> Files(string folder, DiagnosticBag diagnostics, string pattern = "*", bool recursive = true, bool skipHidden = false)
    {
        var start = Folder(folder, diagnostics);
        if (start is null)
        {
            return [];
        }

        var files = new List<string>();
        var walk = new SourceTreeWalk(this, pattern, recursive, skipHidden, files, diagnostics);
        walk.Visit(folder, start, [start]);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>Whether the file can be read safely; when not, the reason is reported.</summary>
    public bool IsReadable(string relative, DiagnosticBag diagnostics)
    {
        var cut = relative.LastIndexOf('/');
        var folder = cut < 0 ? null : Folder(relative[..cut], diagnostics);
        if (_realRoot is null || (cut >= 0 && folder is null))
        {
            return false;
        }

        var real = Entry(folder ?? _realRoot, relative, diagnostics);
        return real is not null && IsRegular(relative, real, diagnostics);
    }

    public byte[]? ReadBytes(string relative, DiagnosticBag diagnostics)
    {
        if (!IsReadable(relative, diagnostics))
        {
            return null;
        }

        try
        {
            return File.ReadAllBytes(FullPath(relative));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(new SourceLocation(DisplayPath(relative)), DiagnosticCode.FileUnreadable, $"the file could not be read: {e.Message}", "check that it exists and that you may read it, then build again");
            return null;
        }
    }

    /// <summary>The file as strict UTF-8 (see <see cref="SourceText"/>).</summary>
    public string? ReadText(string relative, DiagnosticBag diagnostics) =>
        ReadBytes(relative, diagnostics) is { } bytes ? SourceText.Decode(bytes, DisplayPath(relative), diagnostics) : null;

    /// <summary>The real path of an entry of a folder whose real path is known: a link is followed if it stays inside.</summary>
    private string? Entry(string realFolder, string relative, DiagnosticBag diagnostics)
    {
        var path = Path.Join(realFolder, Path.GetFileName(relative));
        switch (FileKinds.Of(path))
        {
            case FileKind.Missing:
                diagnostics.Error(new SourceLocation(DisplayPath(relative)), DiagnosticCode.FileUnreadable, "the file disappeared while the site was built", "build again");
                return null;
            case FileKind.Link:
                return Follow(relative, path, diagnostics);
            default:
                return path;
        }
    }

    internal bool IsRegular(string relative, string real, DiagnosticBag diagnostics) => IsRegular(relative, FileKinds.Of(real), diagnostics);

    /// <summary>Whether a file of <paramref name="kind"/> (known already) can be read; when not, the reason is reported.</summary>
    internal bool IsRegular(string relative, FileKind kind, DiagnosticBag diagnostics)
    {
        if (kind == FileKind.Regular)
        {
            return true;
        }

        diagnostics.Error(
            new SourceLocation(DisplayPath(relative)),
            DiagnosticCode.NotARegularFile, kind == FileKind.Directory ? "this is a folder, not a file" : "this is not a regular file (a named pipe, a socket or a device)",
            $"only ordinary files are read from {_name}/: remove it or replace it with a file");
        return false;
    }

    /// <summary>Where a link leads, when it leads somewhere inside the folder; otherwise the link and its target are reported.</summary>
    internal string? Follow(string relative, string link, DiagnosticBag diagnostics)
    {
        var target = new FileInfo(link).LinkTarget ?? string.Empty;
        var real = RealPath.Resolve(link);
        var at = new SourceLocation(DisplayPath(relative));
        if (real is null || !Path.Exists(real))
        {
            diagnostics.Error(
                at,
                real is null ? DiagnosticCode.SymbolicLinkLoop : DiagnosticCode.BrokenSymbolicLink, real is null ? $"the symbolic link to '{target}' leads back to itself" : $"the symbolic link to '{target}' leads to nothing",
                "remove the link, or make it point to a file that exists");
            return null;
        }

        if (_realRoot is null || !RealPath.IsWithin(real, _realRoot))
        {
            diagnostics.Error(at, DiagnosticCode.SymbolicLinkOutside, $"the symbolic link to '{target}' leads outside {_name}/", $"copy the file into {_name}/ instead of linking to it");
            return null;
        }

        return real;
    }

    internal void LoopError(string relative, string link, DiagnosticBag diagnostics) =>
        diagnostics.Error(
            new SourceLocation(DisplayPath(relative)),
            DiagnosticCode.SymbolicLinkLoop, $"the symbolic link to '{new FileInfo(link).LinkTarget}' leads to a folder that holds it, without end",
            "remove the link");

    /// <summary>The real path of a folder of the tree (memoized: every file of a folder asks), or null when it does not exist or is reported.</summary>
    private string? Folder(string relative, DiagnosticBag diagnostics)
    {
        if (_realRoot is null)
        {
            return null;
        }

        var located = _folders.GetOrAdd(relative, key =>
        {
            var local = new DiagnosticBag();
            var cut = key.LastIndexOf('/');
            var parent = cut < 0 ? _realRoot : Folder(key[..cut], local);
            if (parent is null)
            {
                return new Located(null, local.ToSortedList());
            }

            var path = Path.Join(parent, key[(cut + 1)..]);
            var real = FileKinds.Of(path) switch
            {
                FileKind.Directory => path,
                FileKind.Link => Follow(key, path, local),
                _ => null,
            };
            return new Located(real is not null && FileKinds.Of(real) == FileKind.Directory ? real : null, local.ToSortedList());
        });
        diagnostics.AddRange(located.Diagnostics);
        return located.Real;
    }

    private sealed record Located(string? Real, IReadOnlyList<Diagnostic> Diagnostics);
}
