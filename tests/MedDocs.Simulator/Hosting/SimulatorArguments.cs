using System.Globalization;

namespace MedDocs.Simulator;

/// <summary>Command line of the standalone simulator:
/// <c>--port 5199 [--kind lmstudio|ollama|openai|llamacpp|vllm] [--slots 4] [--context-size N] [--embeddings] [--full-answers] [--latency-ms 0] [--lmstudio-api v0|v1] [--api-key KEY] [--exit-with PID]</c>.</summary>
internal static class SimulatorArguments
{
    public const string Usage =
        "Usage: dotnet run --project tests/MedDocs.Simulator -- [--port 5199] [--kind lmstudio|ollama|openai|llamacpp|vllm] [--slots 4] [--context-size N] [--embeddings] [--full-answers] [--latency-ms 0] [--lmstudio-api v0|v1] [--api-key KEY] [--exit-with PID]";

    /// <summary>Options, or an error text naming the bad argument.</summary>
    public static (SimulatorOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        SimulatorOptions options = new() { Port = 1234, Standalone = true };
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            if (name is "-h" or "--help" or "-?")
            {
                return (null, Usage);
            }

            if (name == "--full-answers")
            {
                options = options with { FullAnswers = true };
                continue;
            }

            if (name == "--embeddings")
            {
                // llama-server's own flag: the one model it serves is an embedding model (chat is refused).
                options = options with { Models = DefaultCatalogs.LlamaCppEmbeddings() };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                return (null, $"Argument '{name}' needs a value. {Usage}");
            }

            string value = args[++i];
            (SimulatorOptions? next, string? error) = Apply(options, name, value);
            if (next is null)
            {
                return (null, error);
            }

            options = next;
        }

        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            return (null, ex.Message);
        }

        return (options, null);
    }

    private static (SimulatorOptions?, string?) Apply(SimulatorOptions options, string name, string value) => name switch
    {
        "--port" => Int(value, name) is { } port ? (options with { Port = port }, null) : (null, BadNumber(name, value)),
        "--slots" => Int(value, name) is { } slots ? (options with { Slots = slots }, null) : (null, BadNumber(name, value)),
        "--context-size" => Int(value, name) is { } size ? (options with { ContextSize = size }, null) : (null, BadNumber(name, value)),
        "--latency-ms" => Int(value, name) is { } latency ? (options with { LatencyMs = latency }, null) : (null, BadNumber(name, value)),
        "--kind" => value.ToUpperInvariant() switch
        {
            "LMSTUDIO" => (options with { Kind = SimulatorKind.LMStudio }, null),
            "OLLAMA" => (options with { Kind = SimulatorKind.Ollama }, null),
            "OPENAI" => (options with { Kind = SimulatorKind.OpenAI }, null),
            "LLAMACPP" or "LLAMA.CPP" => (options with { Kind = SimulatorKind.LlamaCpp, Port = options.Port == 1234 ? 8080 : options.Port }, null),
            "VLLM" => (options with { Kind = SimulatorKind.Vllm, Port = options.Port == 1234 ? 8000 : options.Port }, null),
            _ => (null, $"Unknown --kind '{value}': use lmstudio, ollama, openai, llamacpp or vllm."),
        },
        "--lmstudio-api" => value.ToUpperInvariant() switch
        {
            "V0" => (options with { LmStudioApiVersion = LmStudioApiVersion.V0 }, null),
            "V1" => (options with { LmStudioApiVersion = LmStudioApiVersion.V1 }, null),
            _ => (null, $"Unknown --lmstudio-api '{value}': use v0 (LM Studio 0.3) or v1 (0.4)."),
        },
        "--api-key" => (options with { ApiKey = value }, null),
        "--exit-with" => Int(value, name) is { } pid ? (options with { ExitWithProcessId = pid }, null) : (null, BadNumber(name, value)),
        _ => (null, $"Unknown argument '{name}'. {Usage}"),
    };

    private static int? Int(string value, string name) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && name.Length > 0 ? n : null;

    private static string BadNumber(string name, string value) => $"Argument {name} expects a whole number, got '{value}'.";
}
