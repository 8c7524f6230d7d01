using System.Text;

namespace Extractor.Tests.Support;

/// <summary>Encodes characters that a legacy charset lacks as HTML numeric references (&amp;#12354;), as old sites do.</summary>
public sealed class NumericReferenceFallback : EncoderFallback
{
    public override int MaxCharCount => 12;

    public override EncoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

    private sealed class Buffer : EncoderFallbackBuffer
    {
        private string _pending = "";
        private int _index;

        public override bool Fallback(char charUnknown, int index) => Set(charUnknown);

        public override bool Fallback(char charUnknownHigh, char charUnknownLow, int index) =>
            Set(char.ConvertToUtf32(charUnknownHigh, charUnknownLow));

        private bool Set(int codePoint)
        {
            _pending = $"&#{codePoint};";
            _index = 0;
            return true;
        }

        public override char GetNextChar() => _index < _pending.Length ? _pending[_index++] : '\0';

        public override bool MovePrevious()
        {
            if (_index == 0)
                return false;
            _index--;
            return true;
        }

        public override int Remaining => _pending.Length - _index;

        public override void Reset()
        {
            _pending = "";
            _index = 0;
        }
    }
}
