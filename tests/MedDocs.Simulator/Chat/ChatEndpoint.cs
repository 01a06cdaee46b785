using Microsoft.AspNetCore.Http;

namespace MedDocs.Simulator;

/// <summary><c>POST /v1/chat/completions</c>: validates like the real server, waits for a slot, answers.</summary>
internal static class ChatEndpoint
{
    public static async Task HandleAsync(HttpContext context, SimulatorState state)
    {
        CancellationToken ct = context.RequestAborted;
        (ParsedChatBody? body, string? parseError) = ChatRequestParser.Parse(RequestBody.Get(context));
        state.Stats.CountChat(body?.Stream == true);

        if (!await TransportFaultGate.PassAsync(context, state, ct))
        {
            return;
        }

        if (body is null)
        {
            await state.ErrorWriter.WriteAsync(context, state.Errors.InvalidBody(parseError ?? "Invalid request body."), ct);
            return;
        }

        if (!await EchoFaultGate.PassAsync(context, state, body.Messages.LastOrDefault(m => m.Role == "user")?.Text ?? string.Empty, ct))
        {
            return;
        }

        if (state.Faults.TakeErrorWithOk())
        {
            // LM Studio reports a crashed model with HTTP 200 and an error body.
            await state.ErrorWriter.WriteAsync(context, new SimulatedError(200, "The model has crashed without additional information. (Exit code: 18446744072635812000)", PlainString: true), ct);
            return;
        }

        (SimulatedModel? model, SimulatedError? error, int requestContext) = Validate(state, body);
        if (error is not null || model is null)
        {
            await state.ErrorWriter.WriteAsync(context, error ?? state.Errors.NoModelsLoaded(), ct);
            return;
        }

        using IDisposable slot = await state.Slots.AcquireAsync(ct);
        if (state.Faults.LatencyMs is > 0 and int latency)
        {
            await Task.Delay(latency, ct);
        }

        SimulatedChatRequest request = new(
            model.Id, body.Messages, RequestBody.Get(context), body.Schema, body.ResponseFormatType, body.MaxTokens, body.Temperature, body.Stream)
        {
            SchemaName = body.SchemaName,
            IncludeUsageInStream = body.IncludeUsage,
            // llama.cpp's json-schema-to-grammar enforces integer ranges but not number ones (its TODO "support minimum,
            // maximum, exclusiveMinimum, exclusiveMaximum"), so a model may write any number there.
            NumberRangesEnforced = state.Kind != SimulatorKind.LlamaCpp,
            FullAnswers = state.Options.FullAnswers,
        };

        string content;
        try
        {
            content = (state.Responder ?? DefaultResponder.Respond)(request);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failing test responder should show up as a server error, not a hung client.
            await state.ErrorWriter.WriteAsync(context, new SimulatedError(500, $"Simulator responder threw {ex.GetType().Name}: {ex.Message}", Type: "server_error"), ct);
            return;
        }

        ChatReply reply = BuildReply(state, request, content, requestContext);
        if (body.Stream)
        {
            await ChatCompletionWriter.StreamAsync(context, reply, state.Faults.FirstTokenDelayMs, body.IncludeUsage, ct);
        }
        else
        {
            await ChatCompletionWriter.WriteAsync(context, reply, ct);
        }
    }

    private static (SimulatedModel?, SimulatedError?, int Context) Validate(SimulatorState state, ParsedChatBody body)
    {
        if (body.ResponseFormatType is { } format && state.Errors.UnsupportedResponseFormat(format) is { } formatError)
        {
            return (null, formatError, 0);
        }

        (SimulatedModel? model, SimulatedError? error) = ModelResolver.ForChat(state, body.Model);
        if (model is null)
        {
            return (null, error, 0);
        }

        if (body.Messages.Any(m => m.ImageCount > 0) && model.Type != SimulatedModelType.Vlm)
        {
            return (null, state.Errors.ImagesNotSupported(model.Id), 0);
        }

        int context = state.RequestContext(model);
        int promptTokens = state.Tokens.Prompt(body.Messages);
        if (state.Kind == SimulatorKind.Vllm)
        {
            // vLLM: prompt + max_tokens must fit max_model_len; no max_tokens means "what is left".
            int requested = body.MaxTokens ?? Math.Max(0, context - promptTokens);
            return promptTokens + requested > context ? (null, ErrorCatalog.VllmContext(promptTokens, requested, context), context) : (model, null, context);
        }

        // llama.cpp refuses a prompt that fills its slot (n_tokens >= n_ctx); LM Studio and OpenAI one that exceeds it.
        bool overflow = state.Kind == SimulatorKind.LlamaCpp ? promptTokens >= context : promptTokens > context;
        if (overflow && state.Errors.ContextOverflow(promptTokens, context) is { } contextError)
        {
            return (null, contextError, context);
        }

        return (model, null, context);
    }

    private static ChatReply BuildReply(SimulatorState state, SimulatedChatRequest request, string content, int context)
    {
        if (state.Faults.TakeInvalidContent())
        {
            content = SchemaViolation.Corrupt(request.Schema, request.LastUserText);
        }

        int promptTokens = state.Tokens.Prompt(request.Messages);
        // Generation stops at max_tokens; llama.cpp also stops when the slot's context is full ("truncated").
        int? limit = request.MaxTokens;
        if (state.Kind == SimulatorKind.LlamaCpp)
        {
            limit = Math.Min(limit ?? int.MaxValue, Math.Max(0, context - promptTokens));
        }

        string finish = "stop";
        if (limit is { } tokens && state.Tokens.FromChars(content.Length) > tokens)
        {
            content = content[..Math.Min(content.Length, state.Tokens.CharsOf(tokens))];
            finish = "length";
        }

        (_, string? finishReason) = state.Faults.TakeFinishReason(finish);
        return new ChatReply(
            $"chatcmpl-{Guid.NewGuid():N}"[..29],
            DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            request.Model,
            content,
            finishReason,
            promptTokens,
            state.Tokens.FromChars(content.Length),
            state.Faults.TakeMalformedJson());
    }
}
