using System.CommandLine;
using Extractor.Cli;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

public class UsageTests
{
    [Theory]
    [InlineData("extract", "--no-such-option", "x.txt")]
    [InlineData("extract", "--format", "xml", "x.txt")]
    [InlineData("extract")]
    [InlineData("unknown-command")]
    [InlineData("extract", "x.txt", "--max-input-mb", "0")]
    [InlineData("extract", "x.txt", "--timeout", "abc")]
    public async Task Usage_errors_exit_2_with_a_message_and_a_pointer_to_help(params string[] args)
    {
        var run = await CliRunner.RunAsync(args);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("extractor: ", run.Stderr);
        Assert.Contains("--help", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task Json_output_into_a_folder_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var run = await CliRunner.RunAsync("extract", RepoPaths.Kctv, "--output", temp.Path);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("folder", run.Stderr);
    }

    [Fact]
    public async Task Root_help_names_the_extract_command_with_an_example()
    {
        var run = await CliRunner.RunAsync("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("extract", run.Stdout);
        Assert.Contains("extractor extract samples/kctv-2020-06-03.txt", run.Stdout);
    }

    [Fact]
    public async Task Extract_help_explains_every_option_with_an_example()
    {
        var run = await CliRunner.RunAsync("extract", "--help");
        Assert.Equal(0, run.ExitCode);
        var command = ExtractCommand.Create(new CliConsole(Stream.Null, TextWriter.Null, () => Stream.Null));
        foreach (var option in command.Options.Where(o => o.Name != "--help" && o.Name != "-?"))
        {
            Assert.Contains(option.Name, run.Stdout);
            Assert.Contains("E.g.", option.Description);
        }
        Assert.Contains("E.g.", command.Arguments.Single().Description);
        Assert.Contains("Exit codes", run.Stdout);
    }
}
