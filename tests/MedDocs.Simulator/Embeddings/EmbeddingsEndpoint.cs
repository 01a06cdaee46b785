using System.Runtime.InteropServices;
using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace MedDocs.Simulator;

/// <summary><c>POST /v1/embeddings</c>: deterministic unit vectors, one per input.</summary>
internal static class EmbeddingsEndpoint
{
    public static async Task HandleAsync(HttpContext context, SimulatorState state)
    {
        CancellationToken ct = context.RequestAborted;
        (EmbeddingsRequest? request, string? parseError) = EmbeddingsRequestParser.Parse(RequestBody.Get(context));
        state.Stats.CountEmbeddings(request?.Inputs.Count ?? 0);

        if (!await TransportFaultGate.PassAsync(context, state, ct))
        {
            return;
        }

        if (request is null)
        {
            SimulatedError invalid = parseError is null ? state.Errors.EmbeddingInputNotStrings() : state.Errors.InvalidBody(parseError);
            await state.ErrorWriter.WriteAsync(context, invalid, ct);
            return;
        }

        if (!await EchoFaultGate.PassAsync(context, state, string.Join("\n", request.Inputs), ct))
        {
            return;
        }

        (SimulatedModel? model, SimulatedError? error) = ModelResolver.ForEmbeddings(state, request.Model);
        if (model is null)
        {
            await state.ErrorWriter.WriteAsync(context, error ?? state.Errors.NoModelsLoaded(), ct);
            return;
        }

        if (state.Faults.MaxEmbeddingBatch is > 0 and int max && request.Inputs.Count > max)
        {
            await state.ErrorWriter.WriteAsync(context, ErrorCatalog.BatchTooLarge(request.Inputs.Count, max), ct);
            return;
        }

        if (TooLarge(state, model, request) is { } tooLarge)
        {
            await state.ErrorWriter.WriteAsync(context, tooLarge, ct);
            return;
        }

        using IDisposable slot = await state.Slots.AcquireAsync(ct);
        if (state.Faults.LatencyMs is > 0 and int latency)
        {
            await Task.Delay(latency, ct);
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(Response(state, model, request), ct);
    }

    /// <summary>
    /// An input longer than the model can take. llama.cpp does not split or truncate: the first such input fails the
    /// whole request (every other input in it is lost too). vLLM rejects it with its context message. LM Studio,
    /// Ollama and OpenAI are not simulated here: inputs within their large contexts always pass.
    /// </summary>
    private static SimulatedError? TooLarge(SimulatorState state, SimulatedModel model, EmbeddingsRequest request)
    {
        int context = state.RequestContext(model);
        foreach (string input in request.Inputs)
        {
            int tokens = state.Tokens.FromChars(input.Length);
            if (state.Kind == SimulatorKind.LlamaCpp && (tokens > state.Options.PhysicalBatchSize || tokens > context))
            {
                return ErrorCatalog.LlamaCppEmbeddingTooLarge(tokens, state.Options.PhysicalBatchSize, context);
            }

            if (state.Kind == SimulatorKind.Vllm && tokens > context)
            {
                return ErrorCatalog.VllmContext(tokens, 0, context);
            }
        }

        return null;
    }

    // Written with Utf8JsonWriter rather than JsonNode: a batch of 768-float vectors would be tens of thousands of nodes.
    private static byte[] Response(SimulatorState state, SimulatedModel model, EmbeddingsRequest request)
    {
        SimulatorKind kind = state.Kind;
        // LM Studio ignores encoding_format and dimensions; OpenAI honours both, Ollama honours base64.
        bool base64 = request.Base64 && kind != SimulatorKind.LMStudio;
        int? dimensions = kind == SimulatorKind.OpenAI ? request.Dimensions : null;

        Span<byte> text = stackalloc byte[FixedDecimalFormatter.MaxLength];
        ArrayBufferWriter<byte> buffer = new();
        using (Utf8JsonWriter json = new(buffer, SimulatorJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("object", "list");
            json.WriteStartArray("data");
            long chars = 0;
            for (int i = 0; i < request.Inputs.Count; i++)
            {
                string input = request.Inputs[i];
                chars += input.Length;
                float[] vector = DeterministicEmbedding.Create(input, model.EmbeddingDimensions);
                if (dimensions is > 0 and int d && d < vector.Length)
                {
                    vector = DeterministicEmbedding.Truncate(vector, d);
                }

                json.WriteStartObject();
                json.WriteString("object", "embedding");
                json.WriteNumber("index", i);
                if (base64)
                {
                    json.WriteString("embedding", Convert.ToBase64String(MemoryMarshal.AsBytes(vector.AsSpan())));
                }
                else
                {
                    json.WriteStartArray("embedding");
                    foreach (float value in vector)
                    {
                        json.WriteRawValue(text[..FixedDecimalFormatter.Format(value, text)], skipInputValidation: true);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("model", model.Id);
            int tokens = state.Tokens.FromChars(chars);
            json.WriteStartObject("usage");
            json.WriteNumber("prompt_tokens", tokens);
            json.WriteNumber("total_tokens", tokens);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
