using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;
using MedDocs.Core.Tests.Providers;
using MedDocs.Simulator;
using static MedDocs.Core.Tests.Providers.ProviderTestKit;

namespace MedDocs.Core.Tests.Security;

/// <summary>
/// Issue 18, items 5 and 10: no redirect is followed (a 307/308 could lead off loopback, and health must not call the
/// server it points to healthy), and on the chat path a redirect or an HTTP 200 carrying an error is a server error —
/// never "the answer was not valid JSON, try a stronger model", and never sent again.
/// </summary>
public sealed class RedirectAndErrorAnswerTests
{
    [Fact]
    public async Task HealthDoesNotFollowARedirectNorCallTheServerItPointsToHealthy()
    {
        await using var elsewhere = await SimulatorServer.StartAsync(new SimulatorOptions());
        await using var proxy = await SimulatorServer.StartAsync(new SimulatorOptions());
        proxy.Faults.RedirectTo = elsewhere.BaseUrl.ToString();

        var status = await HealthCheck.RunAsync(new MedDocsSettings { Endpoint = proxy.V1 }, new ProbeOptions(), CancellationToken.None);

        Assert.False(status.Healthy);
        Assert.Contains("redirect", status.Message, StringComparison.Ordinal);
        Assert.Empty(elsewhere.Requests);
    }

    [Fact]
    public async Task ARedirectOffLoopbackIsNeitherFollowedNorConnected()
    {
        await using var proxy = await SimulatorServer.StartAsync(new SimulatorOptions());
        proxy.Faults.RedirectTo = "http://10.0.0.1:8080";
        var counter = new ConnectionCounter();

        var status = await HealthCheck.RunAsync(new MedDocsSettings { Endpoint = proxy.V1 }, new ProbeOptions(), counter.Observer, CancellationToken.None);

        Assert.False(status.Healthy);
        Assert.Contains("http://10.0.0.1:8080", status.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(counter.Attempts, a => a.StartsWith("10.0.0.1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ARedirectOnTheChatPathIsAServerErrorAndIsNotSentAgain(bool structured)
    {
        await using var elsewhere = await SimulatorServer.StartAsync(new SimulatorOptions());
        await using var server = await StartAsync();
        server.Faults.RedirectTo = elsewhere.BaseUrl.ToString();
        var client = ClientFor(server);

        var error = await Assert.ThrowsAsync<LlmException>(() => structured
            ? StructuredChat.AskAsync(client, Ask("Synthetic note") with { Schema = new JsonSchemaFormat("c", CategorySchema) }, _ => new object(), CancellationToken.None)
            : client.CompleteAsync(Ask("Synthetic note"), CancellationToken.None));

        Assert.Equal(LlmErrorKind.NotAnApiServer, error.Kind);
        Assert.Contains("redirect", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("stronger", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, Received(server, ChatPath));
        Assert.Empty(elsewhere.Requests);
    }

    [Fact]
    public async Task TwoHundredWithAnErrorIsAServerErrorAndIsNotSentAgain()
    {
        await using var server = await StartAsync();
        server.Faults.ErrorWithOkNext = 1;

        var error = await Assert.ThrowsAsync<LlmException>(() =>
            StructuredChat.AskAsync(ClientFor(server), Ask("Synthetic note") with { Schema = new JsonSchemaFormat("c", CategorySchema) }, _ => new object(), CancellationToken.None));

        Assert.Equal(LlmErrorKind.ServerError, error.Kind);
        Assert.Contains("HTTP 200", error.Message, StringComparison.Ordinal);
        Assert.Contains("not repeated", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("stronger", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, Received(server, ChatPath));
    }
}
