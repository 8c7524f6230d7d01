using System.Text;
using AngleSharp.Dom;

namespace Extractor.Html;

/// <summary>
/// The text a reader sees in the page body: no script, style or other non-rendered elements; one line per
/// block element, white space inside a line collapsed. The main-text stage will narrow this to the article.
/// </summary>
public static class VisibleText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "embed",
        "canvas", "select", "option", "datalist", "audio", "video", "map",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4",
        "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table",
        "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "form", "fieldset", "legend", "hr", "br",
        "address", "details", "summary", "body", "center",
    };

    public static string Of(INode? root)
    {
        if (root is null)
            return "";
        var builder = new LineBuilder();
        Walk(root, builder);
        return builder.ToString();
    }

    private static void Walk(INode node, LineBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when Skipped.Contains(e.LocalName) || e.HasAttribute("hidden"):
                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    text.EndLine();
                    Walk(e, text);
                    text.EndLine();
                    break;
                case IElement e:
                    Walk(e, text);
                    break;
            }
        }
    }

    /// <summary>Collects text into trimmed, non-empty lines with single spaces.</summary>
    private sealed class LineBuilder
    {
        private readonly StringBuilder _text = new();
        private bool _pendingSpace;
        private bool _lineHasText;

        public void Append(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = _lineHasText;
                    continue;
                }
                if (_pendingSpace)
                    _text.Append(' ');
                _pendingSpace = false;
                _text.Append(c);
                _lineHasText = true;
            }
        }

        public void EndLine()
        {
            if (_lineHasText)
                _text.Append('\n');
            _lineHasText = false;
            _pendingSpace = false;
        }

        public override string ToString() => _text.ToString().TrimEnd('\n');
    }
}
