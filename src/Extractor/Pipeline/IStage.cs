using Extractor.Model;

namespace Extractor.Pipeline;

/// <summary>
/// One step of the pipeline. A stage reads what it <see cref="Needs"/> from the article and adds what it
/// <see cref="Gives"/>. Expected problems are reported by throwing <see cref="StageException"/>; the pipeline
/// records them and stops work on that document only.
/// </summary>
public interface IStage
{
    /// <summary>Short lowercase name, used in <c>errors[].stage</c> and in timings.</summary>
    string Name { get; }

    Capability Needs { get; }

    Capability Gives { get; }

    void Run(Article article, CancellationToken ct);
}
