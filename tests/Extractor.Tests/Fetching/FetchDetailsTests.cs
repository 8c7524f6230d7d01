using System.Text;
using Extractor.Fetching;
using Extractor.Model;
using Extractor.Tests.Support;

namespace Extractor.Tests.Fetching;

/// <summary>Issue 15, item 11: robots.txt groups, the robots token, refused schemes and addresses, long Retry-After, the fetched address.</summary>
public class FetchDetailsTests
{
    private const string Article = "<html><head><title>T</title><link rel=\"canonical\" href=\"https://news.example/story\"></head><body><article>" +
                                   "<p>The council met on Monday and asked the mayor to resign, saying the city needed a change of course.</p>" +
                                   "<p>The mayor said on Tuesday that he would stay, and that the council had no say in the matter at all.</p></article></body></html>";

    [Theory]
    [InlineData("User-agent: ex\nDisallow: /\n", true)] // a prefix of the token is another crawler
    [InlineData("User-agent: Extractor/1.0\nDisallow: /\n", false)] // a version after the token names it still
    [InlineData("User-agent: EXTRACTOR\nDisallow: /\n", false)]
    [InlineData("User-agent: Extractors\nDisallow: /\n", true)]
    [InlineData("User-agent: *\nDisallow: /\n\nUser-agent: Extractor\nAllow: /\n", true)]
    public void Robots_groups_name_the_whole_product_token(string robots, bool allowed)
    {
        Assert.Equal(allowed, RobotsRules.Parse(robots, "Extractor").Allows("/story"));
    }

    [Fact]
    public void The_robots_token_is_the_user_agent_s_product_token()
    {
        Assert.Equal("Extractor", new FetchOptions().RobotsAgent);
        var mine = new FetchOptions { UserAgent = "MyStudy/1.0 (me@uni.edu)" };
        Assert.Equal("MyStudy", mine.RobotsAgent);
        Assert.False(RobotsRules.Parse("User-agent: MyStudy\nDisallow: /\n", mine.RobotsAgent).Allows("/story"));
    }

    [Fact]
    public void The_default_user_agent_carries_this_build_s_version_and_no_made_up_address()
    {
        Assert.StartsWith($"Extractor/{FetchOptions.ToolVersion} ", FetchOptions.DefaultUserAgent);
        Assert.NotEqual("0.1", FetchOptions.ToolVersion);
        Assert.DoesNotContain("http", FetchOptions.DefaultUserAgent);
    }

    [Fact]
    public async Task A_file_url_is_unsupported_input()
    {
        var run = await CliRunner.RunAsync("extract", new Uri(RepoPaths.Kctv).AbsoluteUri, "--format", "jsonl");
        var error = run.JsonLines().Single().GetProperty("errors")[0];
        Assert.Equal(ErrorCodes.UnsupportedInput, error.GetProperty("code").GetString());
        Assert.Contains(RepoPaths.Kctv, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_private_address_is_refused_with_the_option_that_helps()
    {
        using var server = new LocalHttpServer().Route("/ok", 200, "text/html", Article);
        var run = await CliRunner.RunAsync("extract", server.Url("/ok"), "--format", "jsonl", "--host-delay", "0");
        var error = run.JsonLines().Single().GetProperty("errors")[0];
        Assert.Equal(ErrorCodes.PrivateAddress, error.GetProperty("code").GetString());
        Assert.Contains("--allow-private", error.GetProperty("message").GetString());
        Assert.DoesNotContain("--ignore-robots", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_429_asking_to_wait_longer_than_allowed_says_why_it_was_not_retried()
    {
        using var server = new LocalHttpServer();
        server.Handle("/busy", async (context, _) =>
        {
            context.Response.StatusCode = 429;
            context.Response.AddHeader("Retry-After", "3600");
            var bytes = Encoding.UTF8.GetBytes("slow down");
            await context.Response.OutputStream.WriteAsync(bytes);
        });
        var run = await CliRunner.RunAsync(["extract", server.Url("/busy"), "--format", "jsonl", .. LocalFetch.CliArgs, "--max-retry-wait", "5"]);
        var error = run.JsonLines().Single().GetProperty("errors")[0];
        Assert.Equal(ErrorCodes.HttpError, error.GetProperty("code").GetString());
        Assert.Contains("Retry-After", error.GetProperty("message").GetString());
        Assert.Contains("3600 s", error.GetProperty("message").GetString());
        Assert.Equal(1, server.Hits("/busy"));
    }

    [Fact]
    public async Task The_fetched_address_is_kept_beside_the_canonical_link()
    {
        using var server = new LocalHttpServer().Route("/today/story", 200, "text/html", Article);
        var run = await CliRunner.RunAsync(["extract", server.Url("/today/story"), "--format", "jsonl", .. LocalFetch.CliArgs]);
        var record = run.JsonLines().Single();
        Assert.Equal("https://news.example/story", record.GetProperty("url").GetString());
        Assert.Equal(server.Url("/today/story"), record.GetProperty("fetched_url").GetString());
        Assert.Equal(2, record.GetProperty("schema_version").GetInt32());
    }
}
