namespace Extractor.Text;

/// <summary>Binary search in a list of spans that are in text order and do not overlap (sentences, quotes).</summary>
public static class SpanSearch
{
    /// <summary>The index of the span holding <paramref name="position"/> (start inclusive, end exclusive), or -1.</summary>
    public static int IndexAt<T>(IReadOnlyList<T> spans, int position, Func<T, int> start, Func<T, int> end)
    {
        int low = 0, high = spans.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (end(spans[mid]) <= position)
                low = mid + 1;
            else if (start(spans[mid]) > position)
                high = mid - 1;
            else
                return mid;
        }
        return -1;
    }
}
