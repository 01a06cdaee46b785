using System.Text;
using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Servers;

/// <summary>
/// Issue 13, items 3 and 6: each server's context-overflow answer is recognised as such, its numbers are read, and the
/// remedy fits the server — never `lms` for llama.cpp or Ollama, never "reload the model" for an input that is too
/// long or an answer that was cut off.
/// </summary>
public sealed class ContextOverflowTests
{
    private static readonly Uri Endpoint = new("http://127.0.0.1:8080/v1");

    public static TheoryData<ServerSoftware, int, string, int?, int?, string> Bodies => new()
    {
        // llama.cpp tools/server: format_error_response + n_prompt_tokens/n_ctx.
        { ServerSoftware.LlamaCpp, 400, """{"error":{"code":400,"message":"request (1712 tokens) exceeds the available context size (512 tokens), try increasing it","type":"exceed_context_size_error","n_prompt_tokens":1712,"n_ctx":512}}""", 512, 1712, "--parallel" },
        // llama.cpp: one embedding input over the physical batch is a 500.
        { ServerSoftware.LlamaCpp, 500, """{"error":{"code":500,"message":"input (700 tokens) is too large to process. increase the physical batch size (current batch size: 512)","type":"server_error"}}""", null, 700, "-c" },
        // vLLM: prompt and max_tokens together over max_model_len.
        { ServerSoftware.Vllm, 400, """{"error":{"message":"This model's maximum context length is 2048 tokens. However, you requested 2048 output tokens and your prompt contains at least 1801 input tokens, for a total of at least 3849 tokens. Please reduce the length of the input prompt or the number of requested output tokens. (parameter=input_tokens, value=1801)","type":"BadRequestError","param":"input_tokens","code":400}}""", 2048, 1801, "--max-model-len" },
        // LM Studio: a plain-string error.
        { ServerSoftware.LMStudio, 400, """{"error":"Trying to keep the first 5000 tokens when context the overflows. However, the model is loaded with context length of only 4096 tokens, which is not enough. Try to load the model with a larger context length, or provide a shorter input"}""", 4096, 5000, "--context-length" },
        // OpenAI.
        { ServerSoftware.OpenAI, 400, """{"error":{"message":"This model's maximum context length is 8192 tokens. However, your messages resulted in 9000 tokens. Please reduce the length of the messages.","type":"invalid_request_error","param":"messages","code":"context_length_exceeded"}}""", 8192, 9000, "larger context window" },
        // A server MedDocs cannot identify: the setting is the remedy.
        { ServerSoftware.Unknown, 400, """{"error":{"message":"This model's maximum context length is 4096 tokens.","type":"invalid_request_error"}}""", 4096, null, "MEDDOCS_CONTEXT_LENGTH" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void EachServersOverflowIsRecognisedWithItsNumbersAndItsRemedy(ServerSoftware software, int status, string body, int? context, int? prompt, string remedy)
    {
        var error = ServerErrorParser.ToException(status, Encoding.UTF8.GetBytes(body), Target(software));

        Assert.Equal(LlmErrorKind.ContextOverflow, error.Kind);
        Assert.Equal(context, error.ReportedContextTokens);
        Assert.Equal(prompt, error.ReportedPromptTokens);
        Assert.Contains(remedy, error.Remedy.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("reload", error.Message, StringComparison.OrdinalIgnoreCase);
        if (software != ServerSoftware.LMStudio)
        {
            Assert.DoesNotContain("lms ", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void LlamaCppUnableToParseACutOffAnswerIsNotReloadTheModel()
    {
        var body = """{"error":{"code":500,"message":"Failed to parse input at pos 412: {\"category\":\"Bill\",\"reason\":\"Itemi","type":"server_error"}}""";

        var error = ServerErrorParser.ToException(500, Encoding.UTF8.GetBytes(body), Target(ServerSoftware.LlamaCpp));

        Assert.Equal(LlmErrorKind.AnswerCutOff, error.Kind);
        Assert.Contains("cut off", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("reload", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("lms ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ServerSoftware.Ollama)]
    [InlineData(ServerSoftware.LlamaCpp)]
    [InlineData(ServerSoftware.Vllm)]
    [InlineData(ServerSoftware.Unknown)]
    public void NoRemedyForAnotherServerSaysLms(ServerSoftware software)
    {
        var target = Target(software);

        foreach (var remedy in new HostMessage[]
        {
            ServerAdvice.Start(target), ServerAdvice.GetModel(target, "m"), ServerAdvice.Load(target, "m"),
            ServerAdvice.LargerContext(target, "m"), ServerAdvice.GetEmbeddingModel(target), ServerAdvice.NotAnEmbeddingModel(target),
        }.Select(r => r.ToString()))
        {
            Assert.DoesNotContain("lms ", remedy, StringComparison.Ordinal);
            Assert.DoesNotContain("-Model", remedy, StringComparison.Ordinal); // PowerShell-only advice stays out of the core
        }
    }

    [Fact]
    public async Task AServerThatRefusesForSizeIsReportedWithItsOwnNumbers()
    {
        // The user told MedDocs the context is 4096 (MEDDOCS_CONTEXT_LENGTH) and no probe corrected it: llama.cpp says 512.
        await using var server = await LlamaCppServer.StartChatAsync();
        var target = new ServerTarget(ProviderKind.OpenAICompatible, server.V1, null) { ChatModel = "any", Software = ServerSoftware.LlamaCpp };
        var client = new LlmClient(target, new LlmClientOptions { ContextLength = 4096, MaxRetries = 0 });

        var error = await Assert.ThrowsAsync<LlmException>(() =>
            client.CompleteAsync(new ChatRequest([ChatMessage.User(new string('a', 3000))]), CancellationToken.None));

        Assert.Equal(LlmErrorKind.ContextOverflow, error.Kind);
        Assert.Equal(512, error.ReportedContextTokens);
        Assert.Contains("exceed_context_size_error", error.Message, StringComparison.Ordinal);
        Assert.Contains("--parallel", error.Remedy.ToString(), StringComparison.Ordinal);
    }

    private static ServerTarget Target(ServerSoftware software) =>
        new(ProviderKind.OpenAICompatible, Endpoint, null) { Software = software };
}
