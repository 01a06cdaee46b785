using System.CommandLine;
using MedDocs.Core.Configuration;

namespace MedDocs.Cli;

/// <summary>
/// Options every command takes: the provider settings and the output format. One instance per
/// root command: options hold their parents and validators, so sharing them between roots (tests
/// build many) would pile up validators and race.
/// </summary>
public sealed class GlobalOptions
{
    public GlobalOptions()
    {
        Format.AcceptOnlyFromAmong("jsonl", "json", "csv", "table");
    }

    /// <summary>Where "-" reads document text from; the console's standard input unless a test gives its own.</summary>
    public Func<Stream> StandardInput { get; init; } = Console.OpenStandardInput;

    public Option<string?> Provider { get; } = new("--provider") { Description = "auto, lmstudio, ollama, openai, openai-compatible or builtin", Recursive = true };
    public Option<string?> Endpoint { get; } = new("--endpoint") { Description = "Server base URL, e.g. http://localhost:1234/v1", Recursive = true };
    public Option<string?> Model { get; } = new("--model") { Description = "Model id as the server lists it", Recursive = true };
    public Option<int?> TimeoutSec { get; } = new("--timeout-sec") { Description = "Network timeout for generation, seconds", Recursive = true };
    public Option<bool> AllowRemote { get; } = new("--allow-remote") { Description = "Allow sending document text to a non-loopback server", Recursive = true };
    public Option<bool> NoCache { get; } = new("--no-cache") { Description = "Send every request: neither read nor write the result cache (MEDDOCS_CACHE=false)", Recursive = true };
    public Option<string?> Format { get; } = new("--format") { Description = "jsonl (default when piped), json, csv or table (default on a terminal)", Recursive = true };

    public void AddTo(RootCommand root)
    {
        foreach (var option in new Option[] { Provider, Endpoint, Model, TimeoutSec, AllowRemote, NoCache, Format })
        {
            root.Add(option);
        }
    }

    /// <summary>The options the user gave, as setting overrides (same parsing and validation as any source).</summary>
    public SettingOverrides Overrides(ParseResult parse) => new()
    {
        Provider = parse.GetValue(Provider),
        Endpoint = parse.GetValue(Endpoint),
        Model = parse.GetValue(Model),
        TimeoutSec = parse.GetValue(TimeoutSec),
        AllowRemote = parse.GetValue(AllowRemote),
        NoCache = parse.GetValue(NoCache),
    };

    public OutputFormat FormatOf(ParseResult parse) => parse.GetValue(Format) switch
    {
        "json" => OutputFormat.Json,
        "csv" => OutputFormat.Csv,
        "table" => OutputFormat.Table,
        "jsonl" => OutputFormat.JsonLines,
        _ => Console.IsOutputRedirected ? OutputFormat.JsonLines : OutputFormat.Table,
    };
}
