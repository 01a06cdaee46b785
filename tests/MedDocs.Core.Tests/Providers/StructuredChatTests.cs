using System.Text.Json;
using MedDocs.Core.Providers;
using static MedDocs.Core.Tests.Providers.ProviderTestKit;

namespace MedDocs.Core.Tests.Providers;

/// <summary>Schema-checked answers: first try, one retry, then InvalidAnswer.</summary>
public sealed class StructuredChatTests
{
    private sealed record CategoryAnswer(string Category, double Confidence);

    /// <summary>A strict validator, as callers write them: JsonElement accessors, enum check, range check.</summary>
    private static CategoryAnswer? Parse(JsonElement e)
    {
        var category = e.GetProperty("category").GetString();
        var confidence = e.GetProperty("confidence").GetDouble();
        return category is not null && Categories.Contains(category) && confidence is >= 0 and <= 1 ? new CategoryAnswer(category, confidence) : null;
    }

    private static ChatRequest Request() =>
        Ask("Synthetic lab report: potassium 4.1 mmol/L") with { Schema = new JsonSchemaFormat("category_answer", CategorySchema) };

    [Fact]
    public async Task ValidAnswerOnTheFirstTry()
    {
        await using var server = await StartAsync();

        var answer = await StructuredChat.AskAsync(ClientFor(server), Request(), Parse, CancellationToken.None);

        Assert.Contains(answer.Value.Category, Categories);
        Assert.Equal(1, answer.Attempts);
        Assert.Equal(1, Received(server, ChatPath));
        Assert.True(answer.PromptTokens > 0);
    }

    [Fact]
    public async Task InvalidAnswerIsAskedForOnceMore()
    {
        await using var server = await StartAsync();
        server.Faults.InvalidContentNext = 1;

        var answer = await StructuredChat.AskAsync(ClientFor(server), Request(), Parse, CancellationToken.None);

        Assert.Contains(answer.Value.Category, Categories);
        Assert.Equal(2, answer.Attempts);
        Assert.Equal(2, Received(server, ChatPath));
    }

    [Fact]
    public async Task InvalidTwiceIsInvalidAnswer()
    {
        await using var server = await StartAsync();
        server.Faults.InvalidContentNext = 2;

        var error = await Assert.ThrowsAsync<LlmException>(() => StructuredChat.AskAsync(ClientFor(server), Request(), Parse, CancellationToken.None));

        Assert.Equal(LlmErrorKind.InvalidAnswer, error.Kind);
        Assert.Contains("schema", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, Received(server, ChatPath));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"category\":42,\"confidence\":0.5}")]
    [InlineData("{\"category\":\"Invoice\",\"confidence\":\"high\"}")]
    [InlineData("[1,2]")]
    [InlineData("Sure! The category is Invoice.")]
    public async Task AnswersTheValidatorRejectsBecomeInvalidAnswer(string content)
    {
        await using var server = await StartAsync();
        server.Responder = _ => content;

        var error = await Assert.ThrowsAsync<LlmException>(() => StructuredChat.AskAsync(ClientFor(server), Request(), Parse, CancellationToken.None));

        Assert.Equal(LlmErrorKind.InvalidAnswer, error.Kind);
        Assert.Equal(2, Received(server, ChatPath));
    }

    [Theory]
    [InlineData("```json\n{\"category\":\"Invoice\",\"confidence\":0.9}\n```")]
    [InlineData("```\n{\"category\":\"Invoice\",\"confidence\":0.9}\n```\n")]
    [InlineData("  {\"category\":\"Invoice\",\"confidence\":0.9}  ")]
    public async Task CodeFencedJsonIsAccepted(string content)
    {
        await using var server = await StartAsync();
        server.Responder = _ => content;

        var answer = await StructuredChat.AskAsync(ClientFor(server), Request(), Parse, CancellationToken.None);

        Assert.Equal(new CategoryAnswer("Invoice", 0.9), answer.Value);
        Assert.Equal(1, answer.Attempts);
    }

    [Fact]
    public async Task AnswerCutOffAtTheTokenLimitSaysSo()
    {
        await using var server = await StartAsync();
        server.Responder = _ => "{\"category\":\"Invoice\",\"confidence\":0.9,\"note\":\"" + new string('x', 400) + "\"}";

        var error = await Assert.ThrowsAsync<LlmException>(() =>
            StructuredChat.AskAsync(ClientFor(server), Request() with { MaxTokens = 20 }, Parse, CancellationToken.None));

        // Cut by the request's own limit (not the context): the cause is named and the same request is not sent again.
        Assert.Equal(LlmErrorKind.AnswerCutOff, error.Kind);
        Assert.Contains("MEDDOCS_MAX_TOKENS", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, Received(server, ChatPath));
    }

    [Fact]
    public async Task ServerErrorsAreNotSwallowedAsInvalidAnswers()
    {
        await using var server = await StartAsync();
        server.Faults.NoModelLoaded = true;

        var error = await Assert.ThrowsAsync<LlmException>(() => StructuredChat.AskAsync(ClientFor(server), Request(), Parse, CancellationToken.None));

        Assert.Equal(LlmErrorKind.NoModelLoaded, error.Kind);
        Assert.Equal(1, Received(server, ChatPath));
    }
}
