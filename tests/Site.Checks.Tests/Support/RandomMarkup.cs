using System.Text;

namespace Site.Checks.Tests.Support;

/// <summary>Random pages made of the tags whose placement the HTML5 tree builder decides, nested well or not.</summary>
internal static class RandomMarkup
{
    private static readonly string[] Tags =
    [
        "p", "div", "a", "b", "i", "span", "li", "ul", "dl", "dt", "dd", "table", "tbody", "tr", "td", "th", "caption",
        "colgroup", "svg", "math", "mi", "foreignObject", "desc", "title", "template", "picture", "source", "img",
        "select", "option", "optgroup", "form", "button", "noscript", "script", "style", "textarea", "html", "head",
        "body", "base", "meta", "link", "h1", "h2", "nobr", "font", "ruby", "rt", "image", "video", "iframe",
    ];

    private static readonly string[] Attributes =
    [
        "id=\"x{0}\"", "href=\"/h{0}\"", "src=\"/s{0}.png\"", "srcset=\"/a{0}.webp 1x, /b{0}.webp 2x\"", "alt=\"\"",
        "name=\"n{0}\"", "lang=\"l{0}\"", "rel=\"canonical\"", "hreflang=\"en\"", "content=\"0; url=/r{0}\"",
        "http-equiv=\"refresh\"", "property=\"og:image\"", "color=\"red\"", "ID=\"upper{0}\"", "id=\"dup{0}\"",
    ];

    private static readonly HashSet<string> Void = ["img", "source", "base", "meta", "link", "image"];

    public static string Page(Random random)
    {
        // Half the pages close only their innermost element, as a template does; the others close any.
        bool wellNested = random.Next(2) == 0;
        var html = new StringBuilder(random.Next(2) == 0 ? "<!doctype html>" : "");
        var open = new Stack<string>();
        int tags = random.Next(1, 40);
        for (int i = 0; i < tags; i++)
        {
            int roll = random.Next(10);
            if (roll < 4 && open.Count > 0)
            {
                // Mostly the innermost element, sometimes another one.
                string name = !wellNested && random.Next(6) == 0 ? Tags[random.Next(Tags.Length)] : open.Pop();
                html.Append("</").Append(name).Append('>');
            }
            else if (roll < 9)
            {
                string name = Tags[random.Next(Tags.Length)];
                html.Append('<').Append(name);
                for (int a = random.Next(4); a > 0; a--)
                {
                    html.Append(' ').AppendFormat(System.Globalization.CultureInfo.InvariantCulture, Attributes[random.Next(Attributes.Length)], i);
                }

                bool selfClosing = random.Next(8) == 0;
                html.Append(selfClosing ? "/>" : ">");
                if (!selfClosing && !(wellNested && Void.Contains(name)))
                {
                    open.Push(name);
                }
            }
            else
            {
                html.Append(random.Next(3) switch { 0 => "text\r\n", 1 => "<![CDATA[<a href=\"/c\">]]>", _ => "&amp;<!-- c -->" });
            }
        }

        return html.ToString();
    }
}
