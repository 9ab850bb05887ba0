using System.Collections.Frozen;
using System.Text;

using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace Site.Checks.Scanning;

/// <summary>Scans a page from AngleSharp's tokenizer alone, without building its tree: the same scan as
/// <see cref="TreeScanner"/> for a page whose tags are nested as written, and no scan (null) for one whose tree the
/// HTML5 tree builder would rearrange.</summary>
/// <remarks>
/// What the tree builder decides and a scan depends on: which elements are HTML and which SVG or MathML (and so
/// whether a title is RCDATA, a CDATA section is one), what is inside a template (not in the page's tree), the
/// parent of a source (a picture's is an image), the attributes a second html or body tag adds, the order of the
/// elements. <see cref="OpenElements"/> tracks these while the tags follow the tree, and gives up as soon as they
/// would not.
/// </remarks>
internal sealed class TokenScanner
{
    private readonly ReferenceCollector _references;
    private readonly HeadCollector _head;
    private readonly OpenElements _open = new();
    private readonly TokenElement _element = new();
    private FixedElement? _root;
    private bool _afterRoot;
    private bool _afterFirstElement;
    private bool _bodyHasId;
    private bool _titleSeen;
    private int _titlePosition;
    private StringBuilder? _titleText;

    private TokenScanner(SourceLines lines, ScanStrings strings)
    {
        _references = new ReferenceCollector(lines, strings);
        _head = new HeadCollector(lines, strings);
    }

    /// <summary>The page's scan, or null when the tree builder would rearrange its tags (then only it can say).</summary>
    public static PageScan? Scan(string path, string html, SourceLines lines, ScanStrings? strings = null)
    {
        var scanner = new TokenScanner(lines, strings ?? new ScanStrings());
        using HtmlTokenizer tokenizer = NewTokenizer(html);
        return scanner.Read(tokenizer) ? scanner._references.ToScan(path, scanner._head.ToHead()) : null;
    }

    private static HtmlTokenizer NewTokenizer(string html)
    {
        // The same settings as the parser gives its own tokenizer, so that both read the same tokens.
        HtmlParserOptions options = TreeScanner.Options;
        return new HtmlTokenizer(new TextSource(new ReadOnlyMemoryTextSource(html)), HtmlEntityProvider.ResolverExtended)
        {
            IsStrictMode = options.IsStrictMode,
            IsSupportingProcessingInstructions = options.IsSupportingProcessingInstructions,
            IsNotConsumingCharacterReferences = options.IsNotConsumingCharacterReferences,
            IsPreservingAttributeNames = options.IsPreservingAttributeNames,
            SkipRawText = options.SkipRawText,
            SkipScriptText = options.SkipScriptText,
            SkipDataText = options.SkipDataText,
            SkipComments = options.SkipComments,
            SkipPlaintext = options.SkipPlaintext,
            SkipRCDataText = options.SkipRCDataText,
            SkipCDATA = options.SkipCDATA,
            SkipProcessingInstructions = options.SkipProcessingInstructions,
            ShouldEmitAttribute = TreeScanner.EmitsReadAttributes,
        };
    }

    private bool Read(HtmlTokenizer tokenizer)
    {
        while (true)
        {
            ref StructHtmlToken token = ref tokenizer.GetStructToken();
            if (token.Type == HtmlTokenType.Character)
            {
                _titleText?.Append(token.Data.Memory.Span);
                continue;
            }

            EndTitle();
            switch (token.Type)
            {
                case HtmlTokenType.StartTag:
                    if (!Start(ref token, tokenizer))
                    {
                        return false;
                    }

                    break;
                case HtmlTokenType.EndTag:
                    _afterFirstElement = true;
                    if (!_afterRoot || !_open.End(token.Name.Memory.Span))
                    {
                        return false;
                    }

                    break;
                case HtmlTokenType.EndOfFile:
                    VisitRoot(_root ?? new FixedElement("html", 0));
                    return true;
            }

            // As the tree builder does: a CDATA section is one only in SVG or MathML.
            tokenizer.IsAcceptingCharacterData = _open.InForeignContent;
        }
    }

    private bool Start(ref StructHtmlToken tag, HtmlTokenizer tokenizer)
    {
        string name = TagName.Of(tag.Name.Memory.Span);
        if (!_afterRoot)
        {
            _afterRoot = true;
            if (name is "html")
            {
                _root = new FixedElement("html", tag.Position.Position);
                MergeIntoRoot(ref tag);
                return true;
            }
        }

        switch (name)
        {
            case "html":
                // A later html tag adds the attributes the html element lacks.
                if (!_open.IsPlainBody)
                {
                    return false;
                }

                _root ??= new FixedElement("html", 0);
                MergeIntoRoot(ref tag);
                return true;
            case "body":
                // The first body tag, or one that adds an id to the body (which no other attribute of a body matters to).
                if (!_open.IsPlainBody)
                {
                    return false;
                }

                _afterFirstElement = true;
                if (!_bodyHasId)
                {
                    Visit(_element.Of(ref tag, name, isHtml: true, parentName: null));
                    _bodyHasId = _element.HasAttribute("id");
                }

                return true;
            case "head":
                // A head tag makes the head element only before any other tag; later ones are ignored.
                if (_open.InForeignContent)
                {
                    return false;
                }

                if (!_afterFirstElement)
                {
                    _afterFirstElement = true;
                    Visit(_element.Of(ref tag, name, isHtml: true, parentName: null));
                }

                return true;
            case "image" when !_open.InForeignContent:
                name = "img";
                break;
        }

        _afterFirstElement = true;
        bool visible = _open.TemplateDepth == 0;
        string? parentName = _open.CurrentName;
        if (!_open.Start(name, tag.IsSelfClosing, out bool isHtml))
        {
            return false;
        }

        if (visible)
        {
            Visit(_element.Of(ref tag, name, isHtml, parentName));
            if (isHtml && name is "title" && !_titleSeen)
            {
                _titleSeen = true;
                _titlePosition = tag.Position.Position;
                _titleText = new StringBuilder();
            }
        }

        if (isHtml)
        {
            SwitchTokenizer(name, tokenizer);
        }

        return true;
    }

    private static void SwitchTokenizer(string name, HtmlTokenizer tokenizer)
    {
        tokenizer.State = name switch
        {
            "title" or "textarea" => HtmlParseMode.RCData,
            "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
            "script" => HtmlParseMode.Script,
            "plaintext" => HtmlParseMode.Plaintext,
            _ => tokenizer.State,
        };
    }

    private void Visit(ScannedElement element)
    {
        _references.Visit(element);
        if (element.LocalName is not "title")
        {
            _head.Visit(element);
        }
    }

    private void EndTitle()
    {
        if (_titleText is not null)
        {
            _head.Visit(new FixedElement("title", _titlePosition, _titleText.ToString()));
            _titleText = null;
        }
    }

    private void MergeIntoRoot(ref StructHtmlToken tag)
    {
        _element.Of(ref tag, "html", isHtml: true, parentName: null);
        _root!.AddIfAbsent("id", _element.GetAttribute("id"));
        _root.AddIfAbsent("lang", _element.GetAttribute("lang"));
    }

    private void VisitRoot(FixedElement root)
    {
        _references.Visit(root);
        _head.Visit(root);
    }
}
