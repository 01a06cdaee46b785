using System.Net.Http;
using MedDocs.Core.Categorization;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Embeddings;
using MedDocs.Core.Phi;
using MedDocs.Core.Providers;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Security;

/// <summary>
/// Issue 18, item 3: the endpoint policy decides before any connection, for probes too. Every path a command takes
/// toward a server — health, the model list, auto selection, tab completion, every operation's client — is run
/// against each spelling of a refused host with a connect observer on the transport: not one connection is
/// attempted, no name is resolved first, and so no API key is sent. The positive controls show the observer does see
/// connections, to loopback and (when allowed) to a remote host.
/// </summary>
public sealed class NoConnectionToRefusedHostsTests
{
    private const string Key = "sk-meddocs-secret-0123456789";

    public static TheoryData<string> Remote => RefusedEndpoints.RemoteData();

    [Theory]
    [MemberData(nameof(Remote))]
    public async Task HealthAndTabCompletionProbesConnectToNothing(string endpoint)
    {
        var counter = new ConnectionCounter();
        foreach (var provider in new[] { ProviderKind.Auto, ProviderKind.LMStudio, ProviderKind.Ollama, ProviderKind.OpenAICompatible, ProviderKind.OpenAI })
        {
            var settings = Settings(endpoint, provider);

            var health = await HealthCheck.RunAsync(settings, new ProbeOptions(), counter.Observer, CancellationToken.None);
            // Tab completion probes the provider's target with a short timeout (ModelNameCompleter).
            using var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(2), counter.Observer);
            var completion = await new ServerProbe(http).ProbeAsync(HealthCheck.TargetFor(settings), new ProbeOptions(), CancellationToken.None);

            foreach (var status in new[] { health, completion })
            {
                Assert.False(status.Healthy);
                Assert.False(status.Reachable);
                Assert.Contains("Refusing to contact", status.Message, StringComparison.Ordinal);
                Assert.Contains("MEDDOCS_ALLOW_REMOTE", status.Message, StringComparison.Ordinal);
                Assert.DoesNotContain(Key, status.Message, StringComparison.Ordinal);
            }
        }
        Assert.Empty(counter.Attempts);
    }

    [Theory]
    [MemberData(nameof(Remote))]
    public async Task AutoSelectionAndEveryOperationConnectToNothing(string endpoint)
    {
        var counter = new ConnectionCounter();
        foreach (var provider in new[] { ProviderKind.Auto, ProviderKind.LMStudio, ProviderKind.OpenAICompatible, ProviderKind.OpenAI })
        {
            var settings = Settings(endpoint, provider);
            using var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(2), counter.Observer);

            // Resolving stops at once (auto too: it never quietly falls back to the builtin engine for a configured server).
            var refusal = await Assert.ThrowsAsync<LlmException>(() => new ProviderResolver(new ServerProbe(http)).ResolveAsync(settings, CancellationToken.None));
            Assert.Equal(LlmErrorKind.RemoteNotAllowed, refusal.Kind);
            Assert.DoesNotContain(Key, refusal.Message, StringComparison.Ordinal);

            // A host that skipped the resolver is refused by every operation's client, before it builds a transport.
            var kind = provider == ProviderKind.Auto ? ProviderKind.LMStudio : provider;
            var resolved = new ResolvedProvider(kind, ProviderResolver.TargetFor(settings, kind), "built by hand");
            AssertRefused(() => new LlmClient(resolved.Target!, LlmClientOptions.From(settings) with { ConnectObserver = counter.Observer }));
            AssertRefused(() => new CategorizeOperation(new CategorizeOptions { Engine = CategorizationEngine.Llm }, resolved, settings, new DocumentLoader()));
            AssertRefused(() => FindPhiOperation.Create(settings, resolved, new FindPhiRequest { Engine = PhiEngine.Llm }));
            AssertRefused(() => EmbeddingOperation.Create(resolved, LlmClientOptions.From(settings) with { ConnectObserver = counter.Observer }, new EmbeddingOptions(), CancellationToken.None));
        }
        Assert.Empty(counter.Attempts);
    }

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("evil.localhost")]
    [InlineData("meddocs-test.invalid")]
    public async Task TheTransportItselfRefusesWhateverLedThere(string host)
    {
        // Defence in depth: a request that reaches the guarded handler without being allowed (a redirect, a proxy,
        // a caller that skipped the policy) is refused at the socket, before any name is resolved.
        var counter = new ConnectionCounter();
        using var client = new HttpClient(ServerHttp.CreateHandler(TimeSpan.FromSeconds(2), counter.Observer));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri($"http://{host}:8080/v1/models")));

        Assert.IsType<RemoteHostRefusedException>(error.InnerException);
        Assert.Empty(counter.Attempts);
    }

    [Fact]
    public async Task TheCounterSeesLoopbackConnections()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var counter = new ConnectionCounter();

        var status = await HealthCheck.RunAsync(new MedDocsSettings { Endpoint = server.V1 }, new ProbeOptions(), counter.Observer, CancellationToken.None);

        Assert.True(status.Healthy, status.Message);
        Assert.NotEmpty(counter.Attempts);
    }

    [Fact]
    public async Task WithAllowRemoteTheCounterSeesTheRemoteAttempt()
    {
        // 192.0.2.0/24 is TEST-NET-1: never routed, so the attempt is seen and simply fails.
        var counter = new ConnectionCounter();
        var settings = new MedDocsSettings { Endpoint = new Uri("http://192.0.2.1:8080/v1"), AllowRemote = true, ProbeTimeoutSec = 1 };

        var status = await HealthCheck.RunAsync(settings, new ProbeOptions(), counter.Observer, CancellationToken.None);

        Assert.False(status.Reachable);
        Assert.Contains("192.0.2.1:8080", counter.Attempts);
    }

    private static MedDocsSettings Settings(string endpoint, ProviderKind provider)
    {
        var uri = new Uri(endpoint);
        return new MedDocsSettings
        {
            Provider = provider,
            Endpoint = provider is ProviderKind.Auto or ProviderKind.OpenAICompatible ? uri : null,
            LMStudioEndpoint = uri,
            OllamaEndpoint = uri,
            OpenAIEndpoint = uri,
            ApiKey = Key,
            Model = "some-model",
            EmbeddingModel = "some-embedder",
            ProbeTimeoutSec = 2,
        };
    }

    private static void AssertRefused(Func<object> create)
    {
        var error = Assert.Throws<LlmException>(create);
        Assert.Equal(LlmErrorKind.RemoteNotAllowed, error.Kind);
        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
    }
}
