using System.Text.Json;
using Extractor.Cli;
using Extractor.Model;
using Extractor.Tests.Support;

namespace Extractor.Tests.Sources;

/// <summary>Issue 15, items 4, 5 and 7: folder walks that end, go on past what they cannot read, and never read their own output.</summary>
public class FolderWalkTests
{
    private const string Story = "The council met on Monday and asked the mayor to resign.";

    private static List<JsonElement> Records(string jsonl) => File.ReadAllLines(jsonl).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public async Task A_folder_with_a_link_loop_is_walked_once()
    {
        using var temp = new TempFolder();
        temp.File("a/story.txt", Story);
        File.CreateSymbolicLink(Path.Combine(temp.Path, "a", "loop"), ".");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "a", "up"), "..");

        var run = await CliRunner.RunAsync("extract", temp.Path, "--format", "jsonl");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Single(run.JsonLines());
    }

    [Fact]
    public async Task A_link_to_a_file_in_the_same_folder_is_read_once_under_the_file_s_own_name()
    {
        using var temp = new TempFolder();
        var real = temp.File("story.txt", Story);
        File.CreateSymbolicLink(Path.Combine(temp.Path, "alias.txt"), real);

        var run = await CliRunner.RunAsync("extract", temp.Path, "--format", "jsonl");

        Assert.Equal(real, Assert.Single(run.JsonLines()).GetProperty("source").GetString());
    }

    [Fact]
    public async Task A_dangling_link_is_not_found_in_a_folder_and_on_the_command_line()
    {
        using var temp = new TempFolder();
        temp.File("story.txt", Story);
        var dangling = Path.Combine(temp.Path, "gone.txt");
        File.CreateSymbolicLink(dangling, Path.Combine(temp.Path, "no-such-file.txt"));

        var folder = await CliRunner.RunAsync("extract", temp.Path, "--format", "jsonl");
        var named = await CliRunner.RunAsync("extract", dangling, "--format", "jsonl");

        var broken = folder.JsonLines().Single(r => r.GetProperty("source").GetString() == dangling);
        Assert.Equal(ErrorCodes.NotFound, broken.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(ErrorCodes.NotFound, named.JsonLines().Single().GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Contains("link", named.Stderr);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task An_unreadable_subfolder_is_a_failed_record_and_the_folders_after_it_are_read()
    {
        // As root every folder is readable: the CLI then runs as the unprivileged user "nobody", as a user would.
        var root = Environment.UserName == "root";
        Assert.True(!root || File.Exists("/usr/bin/setpriv"), "setpriv (util-linux) runs the CLI without root");
        var temp = Directory.CreateTempSubdirectory("extractor-walk-").FullName;
        try
        {
            foreach (var folder in new[] { "a", "b-locked", "c" })
                Directory.CreateDirectory(Path.Combine(temp, folder));
            File.WriteAllText(Path.Combine(temp, "a", "one.txt"), Story);
            File.WriteAllText(Path.Combine(temp, "b-locked", "two.txt"), Story);
            File.WriteAllText(Path.Combine(temp, "c", "three.txt"), Story);
            foreach (var path in Directory.EnumerateFileSystemEntries(temp, "*", SearchOption.AllDirectories).Append(temp))
                File.SetUnixFileMode(path, Directory.Exists(path) ? (UnixFileMode)0b111_101_101 : (UnixFileMode)0b110_100_100);
            File.SetUnixFileMode(Path.Combine(temp, "b-locked"), UnixFileMode.None);

            var (exit, stdout, stderr) = await CliProcess.RunAsync(["extract", temp, "--format", "jsonl"], asNobody: root);

            var records = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(3, records.Count);
            var locked = records.Single(r => r.GetProperty("source").GetString()!.EndsWith("b-locked", StringComparison.Ordinal));
            Assert.Equal(ErrorCodes.Unreadable, locked.GetProperty("errors")[0].GetProperty("code").GetString());
            Assert.Contains(records, r => r.GetProperty("source").GetString()!.EndsWith("three.txt", StringComparison.Ordinal));
            Assert.Contains("1 failed", stderr);
            Assert.Equal(ExitCodes.SomeDocumentsNotOk, exit);
        }
        finally
        {
            File.SetUnixFileMode(Path.Combine(temp, "b-locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            Directory.Delete(temp, recursive: true);
        }
    }

    [Fact]
    public async Task The_output_file_inside_an_input_folder_is_not_read_back()
    {
        using var temp = new TempFolder();
        temp.File("one.txt", Story);
        temp.File("two.txt", Story.Replace("Monday", "Tuesday"));
        var output = Path.Combine(temp.Path, "out.jsonl");

        for (var run = 0; run < 3; run++)
            await CliRunner.RunAsync("extract", temp.Path, "--format", "jsonl", "--output", output, "--resume");

        Assert.Equal(2, Records(output).Count);
    }
}
