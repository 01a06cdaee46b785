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

        (SimulatedModel? model, SimulatedError? error) = Validate(state, body);
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

        ChatReply reply = BuildReply(state, request, content);
        if (body.Stream)
        {
            await ChatCompletionWriter.StreamAsync(context, reply, state.Faults.FirstTokenDelayMs, body.IncludeUsage, ct);
        }
        else
        {
            await ChatCompletionWriter.WriteAsync(context, reply, ct);
        }
    }

    private static (SimulatedModel?, SimulatedError?) Validate(SimulatorState state, ParsedChatBody body)
    {
        if (body.ResponseFormatType is { } format && state.Errors.UnsupportedResponseFormat(format) is { } formatError)
        {
            return (null, formatError);
        }

        (SimulatedModel? model, SimulatedError? error) = ModelResolver.ForChat(state, body.Model);
        if (model is null)
        {
            return (null, error);
        }

        if (body.Messages.Any(m => m.ImageCount > 0) && model.Type != SimulatedModelType.Vlm)
        {
            return (null, state.Errors.ImagesNotSupported(model.Id));
        }

        int promptTokens = TokenEstimator.Prompt(body.Messages);
        if (promptTokens > model.EffectiveContextLength && state.Errors.ContextOverflow(promptTokens, model.EffectiveContextLength) is { } overflow)
        {
            return (null, overflow);
        }

        return (model, null);
    }

    private static ChatReply BuildReply(SimulatorState state, SimulatedChatRequest request, string content)
    {
        if (state.Faults.TakeInvalidContent())
        {
            content = SchemaViolation.Corrupt(request.Schema, request.LastUserText);
        }

        string finish = "stop";
        if (request.MaxTokens is { } maxTokens && content.Length > (long)maxTokens * 4)
        {
            content = content[..(maxTokens * 4)];
            finish = "length";
        }

        (_, string? finishReason) = state.Faults.TakeFinishReason(finish);
        return new ChatReply(
            $"chatcmpl-{Guid.NewGuid():N}"[..29],
            DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            request.Model,
            content,
            finishReason,
            TokenEstimator.Prompt(request.Messages),
            TokenEstimator.FromChars(content.Length),
            state.Faults.TakeMalformedJson());
    }
}
