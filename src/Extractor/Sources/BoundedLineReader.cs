using System.Text;

namespace Extractor.Sources;

/// <summary>
/// Reads lines like <see cref="TextReader.ReadLineAsync(CancellationToken)"/> (ending at \n, \r\n or \r), but
/// keeps at most <paramref name="maxChars"/> of one line: a longer line is read to its end and dropped, and only
/// its length is returned, so one enormous JSON Lines record cannot fill memory and the lines after it still count.
/// </summary>
public sealed class BoundedLineReader(TextReader reader, long maxChars)
{
    /// <summary>A line; <see cref="Text"/> is null when it was longer than the limit (<see cref="Length"/> says how long).</summary>
    public readonly record struct Line(string? Text, long Length);

    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _line = new();
    private int _start;
    private int _end;

    /// <summary>The next line, or null at the end of the input.</summary>
    public async ValueTask<Line?> ReadLineAsync(CancellationToken ct)
    {
        _line.Clear();
        long length = 0;
        var tooLong = false;
        var readAny = false;
        while (true)
        {
            if (_start == _end && !await FillAsync(ct))
            {
                if (!readAny)
                    return null;
                break;
            }
            readAny = true;
            var chunk = _buffer.AsSpan(_start, _end - _start);
            var lineEnd = chunk.IndexOfAny('\n', '\r');
            var take = lineEnd < 0 ? chunk.Length : lineEnd;
            length += take;
            if (!tooLong && length > maxChars)
            {
                tooLong = true;
                _line.Clear();
            }
            if (!tooLong)
                _line.Append(chunk[..take]);
            _start += take;
            if (lineEnd < 0)
                continue;
            var ending = _buffer[_start++];
            if (ending == '\r' && (_start < _end || await FillAsync(ct)) && _buffer[_start] == '\n')
                _start++;
            break;
        }
        return new Line(tooLong ? null : _line.ToString(), length);
    }

    private async ValueTask<bool> FillAsync(CancellationToken ct)
    {
        _start = 0;
        _end = await reader.ReadAsync(_buffer.AsMemory(), ct);
        return _end > 0;
    }
}
