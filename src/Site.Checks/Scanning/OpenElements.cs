namespace Site.Checks.Scanning;

/// <summary>The elements open at a point of a page, as the HTML5 tree builder would hold them, for pages whose tree
/// follows the order of their tags.</summary>
/// <remarks>
/// The tree builder rearranges markup that is not nested as written: it closes elements a tag implies the end of
/// (a p before a div), moves content out of tables, clones formatting elements across misnested tags, ignores tags
/// in some places. <see cref="Start"/> and <see cref="End"/> accept only tags whose effect is to open or close one
/// element where written, and refuse (false) anything else, erring on the side of refusing: the caller then lets the
/// tree builder parse the page. The implied html, head and body are not held; html, head and body tags are the
/// caller's.
/// </remarks>
internal sealed class OpenElements
{
    // The tree builder moves elements nested deeper than its limit (512 levels); far below it, nothing moves.
    private const int MaximumDepth = 400;

    private readonly List<OpenElement> _elements = new(capacity: 32);
    private int _selects;

    /// <summary>How many template elements are open: what is inside one is not part of the page's tree.</summary>
    public int TemplateDepth { get; private set; }

    /// <summary>The innermost open element is SVG or MathML (where CDATA sections are read as such).</summary>
    public bool InForeignContent => _elements.Count > 0 && !_elements[^1].IsHtml;

    /// <summary>The innermost open element's name, or null under the implied html, head or body.</summary>
    public string? CurrentName => _elements.Count > 0 ? _elements[^1].Name : null;

    /// <summary>Where a tag that merges its attributes into the html or body element acts as written.</summary>
    public bool IsPlainBody
    {
        get
        {
            if (TemplateDepth > 0)
            {
                return false;
            }

            foreach (OpenElement element in _elements)
            {
                if (!element.IsHtml || element.Name is "select" || TagNames.TableRows.Contains(element.Name))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Opens the element a start tag makes, if the tree builder would put it where it is written.</summary>
    /// <param name="isHtml">Whether the element is an HTML one (else SVG or MathML, as its parent).</param>
    public bool Start(string name, bool selfClosing, out bool isHtml)
    {
        isHtml = true;
        if (_elements.Count >= MaximumDepth)
        {
            return false;
        }

        if (InForeignContent)
        {
            OpenElement current = _elements[^1];
            if (TagNames.IntegrationPoints.Contains(current.Name) || TagNames.ForeignBreakouts.Contains(name) || name is "script")
            {
                return false;
            }

            isHtml = false;
            if (!selfClosing)
            {
                _elements.Add(new OpenElement(name, IsHtml: false));
            }

            return true;
        }

        if (!IsInPlace(name))
        {
            return false;
        }

        if (name is "svg" or "math")
        {
            isHtml = false;
            if (!selfClosing)
            {
                _elements.Add(new OpenElement(name, IsHtml: false));
            }
        }
        else if (!TagNames.Void.Contains(name))
        {
            _elements.Add(new OpenElement(name, IsHtml: true));
            TemplateDepth += name is "template" ? 1 : 0;
            _selects += name is "select" ? 1 : 0;
        }

        return true;
    }

    /// <summary>Closes the innermost element, if the end tag names it.</summary>
    public bool End(ReadOnlySpan<char> name)
    {
        if (_elements.Count == 0)
        {
            // Closing the implied html, head or body changes nothing that a scan sees.
            return name is "html" or "head" or "body";
        }

        OpenElement current = _elements[^1];
        if (!name.SequenceEqual(current.Name) || (current is { IsHtml: true, Name: "form" } && TemplateDepth > 0))
        {
            return false;
        }

        _elements.RemoveAt(_elements.Count - 1);
        TemplateDepth -= current is { IsHtml: true, Name: "template" } ? 1 : 0;
        _selects -= current is { IsHtml: true, Name: "select" } ? 1 : 0;
        return true;
    }

    private bool IsInPlace(string name)
    {
        string? current = CurrentName;
        if (_selects > 0)
        {
            return (name is "option" && current is not "option") || (name is "optgroup" && current is not ("option" or "optgroup"));
        }

        if (current is not null && TagNames.TableRows.Contains(current))
        {
            return name switch
            {
                "caption" or "colgroup" or "tbody" or "thead" or "tfoot" or "col" => current is "table",
                "tr" or "td" or "th" => name is not "tr" || current is not "tr",
                "script" or "style" or "template" => true,
                _ => false,
            };
        }

        if (current is "colgroup")
        {
            return name is "col" or "template";
        }

        if (TagNames.TableParts.Contains(name) || name is "frameset" or "frame" or "isindex")
        {
            return false;
        }

        if (!TagNames.Phrasing.Contains(name) && HasOpenParagraph())
        {
            return false;
        }

        return name switch
        {
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => current is null || !TagNames.Headings.Contains(current),
            "li" => !IsOpenWithinList("li", "li"),
            "dd" or "dt" => !IsOpenWithinList("dd", "dt"),
            "a" or "nobr" or "button" or "select" or "noscript" => !Contains(name),
            "form" => TemplateDepth == 0 && !Contains("form"),
            "option" or "optgroup" => current is not "option",
            "rb" or "rtc" or "rp" or "rt" => current is null || !TagNames.ImpliedEnds.Contains(current),
            _ => true,
        };
    }

    private bool Contains(string name)
    {
        foreach (OpenElement element in _elements)
        {
            if (element.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasOpenParagraph()
    {
        for (int i = _elements.Count - 1; i >= 0; i--)
        {
            string name = _elements[i].Name;
            if (name is "p")
            {
                return true;
            }

            if (TagNames.ButtonScope.Contains(name))
            {
                return false;
            }
        }

        return false;
    }

    private bool IsOpenWithinList(string item, string otherItem)
    {
        for (int i = _elements.Count - 1; i >= 0; i--)
        {
            string name = _elements[i].Name;
            if (name == item || name == otherItem)
            {
                return true;
            }

            if (TagNames.ListScope.Contains(name))
            {
                return false;
            }
        }

        return false;
    }

    private readonly record struct OpenElement(string Name, bool IsHtml);
}
