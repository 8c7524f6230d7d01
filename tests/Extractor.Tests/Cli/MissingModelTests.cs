using Extractor.Cli;
using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

/// <summary>Issue 15, item 8: without its model the tool says so and stops, instead of leaving four stages out silently.</summary>
public class MissingModelTests
{
    [Fact]
    public async Task A_missing_model_is_exit_4_with_the_places_looked_in()
    {
        using var empty = new TempFolder();
        var run = await CliProcess.RunAsync(["extract", RepoPaths.Kctv, "--format", "jsonl"],
            new Dictionary<string, string> { ["EXTRACTOR_MODELS"] = empty.Path });

        Assert.Equal(ExitCodes.ModelError, run.ExitCode);
        Assert.Contains("no NER model found", run.Stderr);
        Assert.Contains(Path.Combine(empty.Path, "ner.bin"), run.Stderr);
        Assert.Contains("--without-model", run.Stderr);
        Assert.Equal("", run.Stdout);
        Assert.DoesNotContain("Unhandled exception", run.Stderr);
    }

    [Fact]
    public async Task Without_model_runs_the_stages_that_need_none()
    {
        using var empty = new TempFolder();
        var run = await CliProcess.RunAsync(["extract", RepoPaths.Kctv, "--format", "jsonl", "--without-model"],
            new Dictionary<string, string> { ["EXTRACTOR_MODELS"] = empty.Path });

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var record = System.Text.Json.JsonDocument.Parse(run.Stdout).RootElement;
        Assert.NotEmpty(record.GetProperty("dates").EnumerateArray());
        Assert.Empty(record.GetProperty("organizations").EnumerateArray());
    }

    [Fact]
    public void The_library_pipeline_without_model_has_no_model_stages()
    {
        var pipeline = ExtractionPipeline.CreateDefault(new PipelineOptions { WithoutModel = true });
        Assert.DoesNotContain(pipeline.Stages, s => s.Name is "entities" or "quotes" or "officials" or "demands");
    }

    [Fact]
    public void The_model_is_looked_for_beside_the_tool_and_in_its_clone_only()
    {
        // It walked every parent folder: a models/ner.bin anywhere above the tool was taken.
        var places = global::Extractor.Ner.NerModelFiles.Places();
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "models", "ner.bin"), places[0]);
        Assert.All(places.Skip(1), place => Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(place))!, "Extractor.sln")), place));
        Assert.True(places.Count <= 2);
    }
}
