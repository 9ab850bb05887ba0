using System.Collections.Concurrent;
using Site.Core.Threading;

namespace Site.Build.Output;

/// <summary>
/// Puts the files a build carried over from the previous output into its staging folder, when the staging folder is
/// to become the whole output (swapped in, or indexed by Pagefind first): each is hard-linked, so no byte is copied.
/// </summary>
internal static class CarriedFiles
{
    public static void Link(ReusedWrite made, string staging, string output, CancellationToken cancellationToken)
    {
        var folders = new OutputFolders(staging);
        var copied = new ConcurrentBag<string>();
        Parallel.ForEach(made.Carried, OnePerCore.Options(cancellationToken), destination =>
        {
            var path = folders.For(destination);
            var linked = false;
            OutputWriteException.Around(path, () => linked = HardLink.LinkOrCopy(Path.Combine(output, destination), path));
            if (!linked)
            {
                copied.Add(destination);
            }
        });

        // A linked file keeps its stamp; a copied one is looked at again once published (OutputReuse.Remember).
        foreach (var destination in copied)
        {
            made.Rows[destination] = made.Rows[destination] with { Stamp = default };
        }
    }
}
