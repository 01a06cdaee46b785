using MedDocs.Core.Providers;
using static MedDocs.Core.Tests.Providers.ProviderTestKit;

namespace MedDocs.Core.Tests.Providers;

/// <summary>Streamed completions: the text is reassembled, timed and counted.</summary>
public sealed class LlmClientStreamTests
{
    private const string Answer = "The synthetic patient is stable, afebrile, and was discharged home with follow-up in two weeks.";

    [Fact]
    public async Task StreamReassemblesTheContentAndTimesIt()
    {
        await using var server = await StartAsync();
        server.Responder = _ => Answer;
        server.Faults.FirstTokenDelayMs = 50;

        var result = await ClientFor(server).StreamAsync(Ask("Summarise"), CancellationToken.None);

        Assert.Equal(Answer, result.Content);
        Assert.True(result.TimeToFirstToken > TimeSpan.Zero);
        Assert.True(result.TimeToFirstToken <= result.Total);
        Assert.True(result.CompletionTokens > 1, $"tokens {result.CompletionTokens}");
        Assert.Equal("qwen2.5-7b-instruct", result.Model);
        Assert.Equal(1, server.Stats.Snapshot().ChatStream);
        Assert.True(LastChatBody(server).GetProperty("stream").GetBoolean());
    }

    [Fact]
    public async Task StreamErrorAnswerIsClassified()
    {
        await using var server = await StartAsync();
        server.Faults.NoModelLoaded = true;

        var error = await Assert.ThrowsAsync<LlmException>(() => ClientFor(server).StreamAsync(Ask("Summarise"), CancellationToken.None));

        Assert.Equal(LlmErrorKind.NoModelLoaded, error.Kind);
    }

    [Fact]
    public async Task TwoHundredWithErrorInsteadOfAStreamIsNotAnApiServer()
    {
        await using var server = await StartAsync();
        server.Faults.UnknownRouteEverywhere = true;

        var error = await Assert.ThrowsAsync<LlmException>(() => ClientFor(server).StreamAsync(Ask("Summarise"), CancellationToken.None));

        Assert.Equal(LlmErrorKind.NotAnApiServer, error.Kind);
    }

    [Fact]
    public async Task MalformedStreamChunkIsProtocolError()
    {
        await using var server = await StartAsync();
        server.Responder = _ => Answer;
        server.Faults.MalformedJsonNext = 1;

        var error = await Assert.ThrowsAsync<LlmException>(() => ClientFor(server).StreamAsync(Ask("Summarise"), CancellationToken.None));

        Assert.Equal(LlmErrorKind.ProtocolError, error.Kind);
    }

    [Fact]
    public async Task DroppedStreamIsConnectionDropped()
    {
        await using var server = await StartAsync();
        server.Faults.DropConnection = 1;

        var error = await Assert.ThrowsAsync<LlmException>(() => ClientFor(server).StreamAsync(Ask("Summarise"), CancellationToken.None));

        Assert.Equal(LlmErrorKind.ConnectionDropped, error.Kind);
        Assert.Equal(1, Received(server, ChatPath));
    }
}
