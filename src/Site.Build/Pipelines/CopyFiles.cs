using Site.Core.Pipeline;

namespace Site.Build.Pipelines;

/// <summary>Copies every file of a folder to a folder of the site, unchanged (hidden files and folders left out).</summary>
internal sealed class CopyFiles(string sourceFolder, string destinationFolder) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (!Directory.Exists(sourceFolder))
        {
            return inputs;
        }

        var files = Directory.EnumerateFiles(sourceFolder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(sourceFolder, path).Replace('\\', '/'))
            .Where(relative => !relative.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
        return inputs.Concat(files.Select(relative =>
            new Document($"{destinationFolder}/{relative}", new FileContent(Path.Combine(sourceFolder, relative))).With(new PageKind("file"))))
            .ToList();
    }
}
