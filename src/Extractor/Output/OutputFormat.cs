namespace Extractor.Output;

public enum OutputFormat
{
    Json,
    Jsonl,
    Csv,
}
