using System.Diagnostics;
using Extractor.Model;
using Extractor.Ner;
using Extractor.Sources;
using Extractor.Stages;

namespace Extractor.Pipeline;

/// <summary>
/// The ordered list of stages, in this one file. Adding a stage is one class and one line in <see cref="CreateDefault"/>.
/// Each document is processed in isolation: whatever goes wrong is recorded on that article and the batch goes on.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly IReadOnlyList<IStage> _stages;
    private readonly PipelineOptions _options;

    public ExtractionPipeline(IReadOnlyList<IStage> stages, PipelineOptions options)
    {
        Validate(stages);
        _stages = stages;
        _options = options;
        Timings = new StageTimings(stages.Select(s => s.Name));
    }

    public static ExtractionPipeline CreateDefault(PipelineOptions? options = null)
    {
        options ??= new PipelineOptions();
        var ner = options.WithoutModel ? null : options.NerModel ?? SharedModels.Ner ?? throw ModelLoadException.Missing(NerModelFiles.Places());
        return new ExtractionPipeline(
        [
            new DecodeStage(options.Encoding),
            new HtmlStage(),
            new MetadataStage(),
            new MainTextStage(),
            new PlainTextStage(),
            new TextStage(options.MaxAnalysisChars),
            new DatelineStage(options.ReferenceDate),
            new SentenceStage(),
            new DatesStage(options.ReferenceDate),
            .. ner is null ? Array.Empty<IStage>() : [new EntitiesStage(ner), new QuotesStage(), new OfficialsStage(), new DemandsStage()],
        ], options);
    }

    public IReadOnlyList<IStage> Stages => _stages;

    /// <summary>" (at Namespace.Type.Method)": the method that threw, without file paths, so that a bug report can name it.</summary>
    private static string Where(Exception e)
    {
        var frame = e.StackTrace?.Split('\n', StringSplitOptions.TrimEntries).FirstOrDefault();
        if (string.IsNullOrEmpty(frame))
            return "";
        var cut = frame.IndexOf('(');
        return $" ({(cut > 0 ? frame[..cut] : frame)})";
    }

    /// <summary>Time spent and documents seen per stage, summed over every call to <see cref="Process"/>.</summary>
    public StageTimings Timings { get; }

    public Article Process(SourceDocument input, CancellationToken ct = default)
    {
        var article = new Article(input);
        if (input.LoadError is { } loadError)
        {
            article.Fail(loadError.Stage, loadError.Code, loadError.Message,
                loadError.Code is ErrorCodes.Blocked or ErrorCodes.RobotsDisallowed ? ArticleStatus.Blocked : ArticleStatus.Failed);
            return article;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(_options.DocumentTimeout);
        var started = Stopwatch.GetTimestamp();
        var languageChecked = false;
        ExtractionError? languageNote = null;
        foreach (var stage in _stages)
        {
            if (article.IsFinished)
                break;
            if (stage is IEnglishOnlyStage && !_options.AnyLanguage)
            {
                // Checked once, when the first English-only stage is due: by then the main text is known.
                if (!languageChecked)
                {
                    languageChecked = true;
                    languageNote = LanguageGate.Check(article.AnalysisText, article.Language);
                    if (languageNote is not null)
                        article.Errors.Add(languageNote);
                }
                if (languageNote is not null)
                    continue;
            }
            RunStage(stage, article, deadline, started, ct);
        }
        return article;
    }

    private void RunStage(IStage stage, Article article, CancellationTokenSource deadline, long documentStarted, CancellationToken userToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            stage.Run(article, deadline.Token);
            // A stage that checks the deadline only between its steps can finish past it: the time ran out in
            // this stage, not in the next one, which would otherwise be the one to notice. The clock is read too,
            // since the timer that cancels the token may run late on a busy machine.
            if (Stopwatch.GetElapsedTime(documentStarted) > _options.DocumentTimeout)
                deadline.Cancel();
            deadline.Token.ThrowIfCancellationRequested();
        }
        catch (StageException e)
        {
            article.Fail(stage.Name, e.Code, e.Message, e.Status);
        }
        catch (OperationCanceledException) when (!userToken.IsCancellationRequested)
        {
            article.Fail(stage.Name, ErrorCodes.Timeout,
                $"document took longer than {_options.DocumentTimeout.TotalSeconds:0} s (--timeout)");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in a stage must cost one document, not the batch; the type and message make it reportable.
            article.Fail(stage.Name, ErrorCodes.Internal, $"{e.GetType().Name}: {e.Message}{Where(e)}");
        }
        finally
        {
            Timings.Add(stage.Name, Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>Fails at start-up, not mid-batch, when a stage needs something no earlier stage gives.</summary>
    private static void Validate(IReadOnlyList<IStage> stages)
    {
        var available = Capability.Input;
        foreach (var stage in stages)
        {
            var missing = stage.Needs & ~available;
            if (missing != Capability.None)
                throw new InvalidOperationException($"stage '{stage.Name}' needs {missing}, which no earlier stage gives");
            available |= stage.Gives;
        }
    }
}
