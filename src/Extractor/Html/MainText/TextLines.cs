using System.Text;
using AngleSharp.Dom;

namespace Extractor.Html.MainText;

/// <summary>
/// Writes the text of chosen elements as lines (one per block element), skipping what is never article text,
/// and keeps for each line how much of it was link text, so that link lists can be dropped afterwards.
/// </summary>
internal sealed class TextLines
{
    public readonly record struct Line(string Text, int LinkChars, string Tag)
    {
        public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
    }

    private readonly Func<IElement, bool> _dropped;
    private readonly List<Line> _lines = [];
    private readonly StringBuilder _current = new();
    private int _currentLinkChars;
    private string _currentTag = "";
    private bool _pendingSpace;

    public IReadOnlyList<Line> Lines => _lines;

    private TextLines(Func<IElement, bool> dropped)
    {
        _dropped = dropped;
    }

    /// <summary>The lines of the roots, leaving out the elements <paramref name="dropped"/> says are never article text.</summary>
    public static IReadOnlyList<Line> Of(IEnumerable<IElement> roots, Func<IElement, bool> dropped)
    {
        var writer = new TextLines(dropped);
        foreach (var root in roots)
        {
            writer._currentTag = root.LocalName;
            writer.Walk(root, insideLink: false);
            writer.EndLine();
        }
        return writer._lines;
    }

    private void Walk(INode node, bool insideLink)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    Append(t.Data, insideLink);
                    break;
                case IElement e when _dropped(e):
                    break;
                case IElement e when MainTextHints.BlockTags.Contains(e.LocalName):
                    EndLine();
                    _currentTag = e.LocalName;
                    Walk(e, insideLink);
                    EndLine();
                    break;
                case IElement e:
                    Walk(e, insideLink || e.LocalName == "a");
                    break;
            }
        }
    }

    private void Append(string data, bool insideLink)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = _current.Length > 0;
                continue;
            }
            if (_pendingSpace)
            {
                _current.Append(' ');
                if (insideLink)
                    _currentLinkChars++;
            }
            _pendingSpace = false;
            _current.Append(c);
            if (insideLink)
                _currentLinkChars++;
        }
    }

    private void EndLine()
    {
        if (_current.Length > 0)
            _lines.Add(new Line(_current.ToString(), _currentLinkChars, _currentTag));
        _current.Clear();
        _currentLinkChars = 0;
        _pendingSpace = false;
    }
}
