using System.IO.Enumeration;

using Site.Core.Diagnostics;

namespace Site.Core.Files;

/// <summary>One listing: folders are entered depth first; the real folders being listed are kept to see a link lead back into one.</summary>
internal sealed class SourceTreeWalk(SourceTree tree, string pattern, bool recursive, bool skipHidden, List<string> files, DiagnosticBag diagnostics)
{
    public void Visit(string relative, string real, List<string> open)
    {
        List<(string Name, FileKind Kind)> entries;
        try
        {
            entries = FolderEntries.Of(real);
        }
        catch (DirectoryNotFoundException)
        {
            return; // Removed while listed: the preview builds again on that change.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(new SourceLocation(tree.DisplayPath(relative)), DiagnosticCode.FileUnreadable, $"the folder could not be read: {e.Message}", "check that you may read it, then build again");
            return;
        }

        foreach (var (name, kind) in entries)
        {
            if (!skipHidden || !name.StartsWith('.'))
            {
                Take($"{relative}/{name}", Path.Join(real, name), kind, open);
            }
        }
    }

    private void Take(string relative, string path, FileKind kind, List<string> open)
    {
        if (kind == FileKind.BadName)
        {
            diagnostics.Error(
                new SourceLocation(tree.DisplayPath(relative)), DiagnosticCode.FileUnreadable, "this name is not valid UTF-8, so the file or folder cannot be read",
                "rename it (letters, digits and dashes are safest), then build again");
            return;
        }

        var name = Path.GetFileName(relative);
        var matches = FileSystemName.MatchesSimpleExpression(pattern, name);
        if (kind == FileKind.Link)
        {
            // A link is judged only when a reader would take what it leads to; one that leads nowhere (dangling, or
            // looping) could have been a folder as well as a file.
            var followed = FileKinds.Of(path, followLinks: true);
            var taken = followed switch
            {
                FileKind.Directory => recursive,
                FileKind.Missing => recursive || matches,
                _ => matches,
            };
            if (!taken)
            {
                return;
            }

            var target = tree.Follow(relative, path, diagnostics);
            if (target is null)
            {
                return;
            }

            if (followed == FileKind.Directory && open.Any(folder => RealPath.IsWithin(folder, target)))
            {
                tree.LoopError(relative, path, diagnostics);
                return;
            }

            (path, kind) = (target, followed);
        }

        if (kind == FileKind.Directory)
        {
            if (recursive)
            {
                Visit(relative, path, [.. open, path]);
            }
        }
        else if (matches && kind != FileKind.Missing && tree.IsRegular(relative, kind, diagnostics))
        {
            files.Add(relative);
        }
    }
}
