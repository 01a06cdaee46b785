using MedDocs.Core.Requests;

namespace MedDocs.Core.Tests.Requests;

/// <summary>Which spellings of a server's URL share one request gate, and which are other servers.</summary>
public sealed class EndpointKeyTests
{
    [Theory]
    [InlineData("http://LOCALHOST/v1/", "http://localhost:80/v1")]
    [InlineData("http://localhost:1234/v1", "http://127.0.0.1:1234/v1")]
    [InlineData("http://localhost:1234/v1", "http://[::1]:1234/v1/")]
    [InlineData("http://user:secret@host.example:8080/v1?x=1", "HTTP://Host.Example:8080/v1")]
    public void Spellings_of_one_server_share_a_key(string first, string second) =>
        Assert.Equal(EndpointKey.Of(new Uri(first)), EndpointKey.Of(new Uri(second)));

    [Theory]
    [InlineData("http://localhost:1234/v1", "http://localhost:11434/v1")]
    [InlineData("http://localhost:8000/v1", "http://localhost:8000/other/v1")]
    [InlineData("http://localhost:1234/v1", "https://localhost:1234/v1")]
    [InlineData("http://127.0.0.1:1234/v1", "http://192.168.1.20:1234/v1")]
    public void Other_ports_paths_schemes_and_hosts_are_other_servers(string first, string second) =>
        Assert.NotEqual(EndpointKey.Of(new Uri(first)), EndpointKey.Of(new Uri(second)));

    [Fact]
    public void The_key_carries_no_user_info() =>
        Assert.DoesNotContain("secret", EndpointKey.Of(new Uri("http://user:secret@localhost:1234/v1")));
}
