using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Tests.Providers;

/// <summary>Document text goes to loopback servers only, unless remote endpoints are allowed explicitly.</summary>
public sealed class EndpointPolicyTests
{
    [Theory]
    [InlineData("http://localhost:1234/v1")]
    [InlineData("http://LOCALHOST:1234/v1")]
    [InlineData("http://127.0.0.1:1234/v1")]
    [InlineData("http://127.8.9.10:11434/v1")]
    [InlineData("http://[::1]:1234/v1")]
    public void LoopbackIsAllowedWithoutAllowRemote(string endpoint)
    {
        Assert.True(EndpointPolicy.IsLoopback(new Uri(endpoint)));
        EndpointPolicy.EnsureAllowed(new Uri(endpoint), allowRemote: false);
    }

    [Theory]
    [InlineData("http://10.0.0.5:1234/v1")]
    [InlineData("http://192.168.1.20:1234/v1")]
    [InlineData("http://gpu-box.lan:1234/v1")]
    [InlineData("https://api.openai.com/v1")]
    [InlineData("http://localhost.example.com:1234/v1")]
    [InlineData("http://127.0.0.1.nip.io:1234/v1")]
    [InlineData("http://[::ffff:10.0.0.5]:1234/v1")]
    public void RemoteIsRefusedWithAMessageSayingWhyAndHowToAllow(string endpoint)
    {
        var uri = new Uri(endpoint);
        Assert.False(EndpointPolicy.IsLoopback(uri));

        var error = Assert.Throws<LlmException>(() => EndpointPolicy.EnsureAllowed(uri, allowRemote: false));

        Assert.Equal(LlmErrorKind.RemoteNotAllowed, error.Kind);
        Assert.Contains("patient data local", error.Message, StringComparison.Ordinal);
        Assert.Contains("the AllowRemote setting", error.Message, StringComparison.Ordinal);
        Assert.Contains("MEDDOCS_ALLOW_REMOTE", error.Message, StringComparison.Ordinal);
        Assert.Contains(uri.Host, error.Message, StringComparison.OrdinalIgnoreCase);
        EndpointPolicy.EnsureAllowed(uri, allowRemote: true);
    }

    [Fact]
    public void ClientConstructionEnforcesThePolicy()
    {
        var remote = new ServerTarget(ProviderKind.OpenAI, new Uri("https://api.openai.com/v1"), "sk-test") { ChatModel = "gpt-4o-mini" };

        var error = Assert.Throws<LlmException>(() => new LlmClient(remote, new LlmClientOptions()));
        Assert.Equal(LlmErrorKind.RemoteNotAllowed, error.Kind);

        var allowed = new LlmClient(remote, new LlmClientOptions { AllowRemote = true });
        Assert.Same(remote, allowed.Target);
        _ = new LlmClient(remote with { Endpoint = new Uri("http://127.0.0.1:1234/v1") }, new LlmClientOptions());
    }

    [Fact]
    public void SettingsAllowRemoteFlowsIntoClientOptions()
    {
        Assert.True(LlmClientOptions.From(new MedDocsSettings { AllowRemote = true }).AllowRemote);
        Assert.False(LlmClientOptions.From(new MedDocsSettings()).AllowRemote);
    }
}
