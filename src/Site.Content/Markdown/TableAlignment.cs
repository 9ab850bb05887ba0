using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Site.Content.Markdown;

/// <summary>
/// Moves the column alignment of tables (<c>|--:|</c>) from the <c>style</c> attributes Markdig writes into classes
/// (<c>align-right</c>), which the theme styles: the pages' Content-Security-Policy (<c>style-src 'self'</c>) blocks
/// inline styles. Column widths, also written as inline styles, are dropped: the browser sizes the columns itself.
/// </summary>
internal static class TableAlignment
{
    public static void UseClasses(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            var columns = table.ColumnDefinitions;
            if (columns.Count == 0)
            {
                continue;
            }

            foreach (var row in table.OfType<TableRow>())
            {
                for (var i = 0; i < row.Count; i++)
                {
                    var cell = (TableCell)row[i];
                    var index = Math.Min(cell.ColumnIndex < 0 || cell.ColumnIndex >= columns.Count ? i : cell.ColumnIndex, columns.Count - 1);
                    if (columns[index].Alignment is { } alignment)
                    {
                        cell.GetAttributes().AddClass("align-" + alignment.ToString().ToLowerInvariant());
                    }
                }
            }

            foreach (var column in columns)
            {
                column.Alignment = null;
                column.Width = 0;
            }
        }
    }
}
