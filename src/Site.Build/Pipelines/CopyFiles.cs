using Site.Core.Files;
using Site.Core.Pipeline;

namespace Site.Build.Pipelines;

/// <summary>Copies every file of a folder of the input to a folder of the site, unchanged (hidden files and folders left out).</summary>
internal sealed class CopyFiles(SourceTree tree, string sourceFolder, string destinationFolder) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var files = tree.Files(sourceFolder, context.Diagnostics, skipHidden: true);
        return inputs.Concat(files.Select(relative =>
            new Document($"{destinationFolder}/{relative[(sourceFolder.Length + 1)..]}", new FileContent(tree.FullPath(relative))).With(new PageKind("file"))))
            .ToList();
    }
}
