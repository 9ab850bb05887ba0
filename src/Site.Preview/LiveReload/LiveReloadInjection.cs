using System.Text;

namespace Site.Preview.LiveReload;

/// <summary>Adds the live-reload script to an HTML response, just before <c>&lt;/body&gt;</c> (or at the end).</summary>
public static class LiveReloadInjection
{
    private static readonly byte[] Tag = Encoding.UTF8.GetBytes($"<script src=\"{PreviewServer.ScriptPath}\" defer></script>\n");

    public static byte[] Inject(byte[] html)
    {
        var end = html.AsSpan().LastIndexOf("</body>"u8);
        var at = end < 0 ? html.Length : end;
        var result = new byte[html.Length + Tag.Length];
        html.AsSpan(0, at).CopyTo(result);
        Tag.CopyTo(result, at);
        html.AsSpan(at).CopyTo(result.AsSpan(at + Tag.Length));
        return result;
    }
}
