using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedDocs.Simulator;

/// <summary>Reads and writes <see cref="SimulatorFaults"/> as JSON for <c>/simulator/faults</c>
/// (property names as in C#, case-insensitive), so a person can flip faults with curl.</summary>
internal static class FaultsJsonBinder
{
    private static readonly Dictionary<string, Action<SimulatorFaults, JsonElement>> Setters =
        new(StringComparer.OrdinalIgnoreCase)
        {
            [nameof(SimulatorFaults.LatencyMs)] = (f, v) => f.LatencyMs = v.GetInt32(),
            [nameof(SimulatorFaults.FirstTokenDelayMs)] = (f, v) => f.FirstTokenDelayMs = v.GetInt32(),
            [nameof(SimulatorFaults.FailNextRequests)] = (f, v) => f.FailNextRequests = v.GetInt32(),
            [nameof(SimulatorFaults.FailStatus)] = (f, v) => f.FailStatus = v.GetInt32(),
            [nameof(SimulatorFaults.FailEveryNth)] = (f, v) => f.FailEveryNth = v.GetInt32(),
            [nameof(SimulatorFaults.RetryAfterSeconds)] = (f, v) => f.RetryAfterSeconds = v.ValueKind == JsonValueKind.Null ? null : v.GetInt32(),
            [nameof(SimulatorFaults.DropConnection)] = (f, v) => f.DropConnection = v.GetInt32(),
            [nameof(SimulatorFaults.MalformedJsonNext)] = (f, v) => f.MalformedJsonNext = v.GetInt32(),
            [nameof(SimulatorFaults.InvalidContentNext)] = (f, v) => f.InvalidContentNext = v.GetInt32(),
            [nameof(SimulatorFaults.PlainStringErrorNext)] = (f, v) => f.PlainStringErrorNext = v.GetInt32(),
            [nameof(SimulatorFaults.EmptyFinishReasonNext)] = (f, v) => f.EmptyFinishReasonNext = v.GetInt32(),
            [nameof(SimulatorFaults.NullFinishReasonNext)] = (f, v) => f.NullFinishReasonNext = v.GetInt32(),
            [nameof(SimulatorFaults.FinishReasonOverride)] = (f, v) => f.FinishReasonOverride = v.ValueKind == JsonValueKind.Null ? null : v.GetString(),
            [nameof(SimulatorFaults.NoModelLoaded)] = (f, v) => f.NoModelLoaded = v.GetBoolean(),
            [nameof(SimulatorFaults.UnknownRouteEverywhere)] = (f, v) => f.UnknownRouteEverywhere = v.GetBoolean(),
            [nameof(SimulatorFaults.HangMs)] = (f, v) => f.HangMs = v.GetInt32(),
            [nameof(SimulatorFaults.JitLoading)] = (f, v) => f.JitLoading = v.GetBoolean(),
            [nameof(SimulatorFaults.MaxEmbeddingBatch)] = (f, v) => f.MaxEmbeddingBatch = v.GetInt32(),
            [nameof(SimulatorFaults.EchoErrorNext)] = (f, v) => f.EchoErrorNext = v.GetInt32(),
            [nameof(SimulatorFaults.EchoErrorStyle)] = (f, v) => f.EchoErrorStyle = Enum.Parse<EchoStyle>(v.GetString() ?? "", ignoreCase: true),
            [nameof(SimulatorFaults.RedirectTo)] = (f, v) => f.RedirectTo = v.ValueKind == JsonValueKind.Null ? null : v.GetString(),
            [nameof(SimulatorFaults.ErrorWithOkNext)] = (f, v) => f.ErrorWithOkNext = v.GetInt32(),
        };

    /// <summary>Applies every property of <paramref name="body"/>; <c>"reset": true</c> first restores defaults.
    /// Returns an error text naming the offending property, or null when all applied.</summary>
    public static string? Apply(SimulatorFaults faults, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return "Fault body must be a JSON object, e.g. {\"FailNextRequests\":2,\"FailStatus\":503}.";
        }

        List<(Action<SimulatorFaults, JsonElement> Set, JsonElement Value, string Name)> pending = [];
        foreach (JsonProperty property in body.EnumerateObject())
        {
            if (string.Equals(property.Name, "reset", StringComparison.OrdinalIgnoreCase))
            {
                if (property.Value.ValueKind == JsonValueKind.True)
                {
                    faults.Reset();
                }

                continue;
            }

            if (!Setters.TryGetValue(property.Name, out Action<SimulatorFaults, JsonElement>? set))
            {
                return $"Unknown fault '{property.Name}'. Known faults: {string.Join(", ", Setters.Keys)}.";
            }

            pending.Add((set, property.Value, property.Name));
        }

        foreach ((Action<SimulatorFaults, JsonElement> set, JsonElement value, string name) in pending)
        {
            try
            {
                set(faults, value);
            }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentOutOfRangeException or ArgumentException)
            {
                return $"Fault '{name}' has an invalid value ({value.GetRawText()}): {ex.Message}";
            }
        }

        return null;
    }

    public static JsonObject ToJson(SimulatorFaults f) => new()
    {
        [nameof(f.LatencyMs)] = f.LatencyMs,
        [nameof(f.FirstTokenDelayMs)] = f.FirstTokenDelayMs,
        [nameof(f.FailNextRequests)] = f.FailNextRequests,
        [nameof(f.FailStatus)] = f.FailStatus,
        [nameof(f.FailEveryNth)] = f.FailEveryNth,
        [nameof(f.RetryAfterSeconds)] = f.RetryAfterSeconds,
        [nameof(f.DropConnection)] = f.DropConnection,
        [nameof(f.MalformedJsonNext)] = f.MalformedJsonNext,
        [nameof(f.InvalidContentNext)] = f.InvalidContentNext,
        [nameof(f.PlainStringErrorNext)] = f.PlainStringErrorNext,
        [nameof(f.EmptyFinishReasonNext)] = f.EmptyFinishReasonNext,
        [nameof(f.NullFinishReasonNext)] = f.NullFinishReasonNext,
        [nameof(f.FinishReasonOverride)] = f.FinishReasonOverride,
        [nameof(f.NoModelLoaded)] = f.NoModelLoaded,
        [nameof(f.UnknownRouteEverywhere)] = f.UnknownRouteEverywhere,
        [nameof(f.HangMs)] = f.HangMs,
        [nameof(f.JitLoading)] = f.JitLoading,
        [nameof(f.MaxEmbeddingBatch)] = f.MaxEmbeddingBatch,
        [nameof(f.EchoErrorNext)] = f.EchoErrorNext,
        [nameof(f.EchoErrorStyle)] = f.EchoErrorStyle.ToString(),
        [nameof(f.RedirectTo)] = f.RedirectTo,
        [nameof(f.ErrorWithOkNext)] = f.ErrorWithOkNext,
    };
}
