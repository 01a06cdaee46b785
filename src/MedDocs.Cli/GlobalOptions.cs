using System.CommandLine;
using System.Globalization;

namespace MedDocs.Cli;

/// <summary>Options every command takes: the provider settings and the output format.</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Provider = new("--provider") { Description = "auto, lmstudio, ollama, openai, openai-compatible or builtin", Recursive = true };
    public static readonly Option<string?> Endpoint = new("--endpoint") { Description = "Server base URL, e.g. http://localhost:1234/v1", Recursive = true };
    public static readonly Option<string?> Model = new("--model") { Description = "Model id as the server lists it", Recursive = true };
    public static readonly Option<int?> TimeoutSec = new("--timeout-sec") { Description = "Network timeout for generation, seconds", Recursive = true };
    public static readonly Option<bool> AllowRemote = new("--allow-remote") { Description = "Allow sending document text to a non-loopback server", Recursive = true };
    public static readonly Option<string?> Format = new("--format") { Description = "jsonl (default when piped), json, csv or table (default on a terminal)", Recursive = true };

    public static void AddTo(RootCommand root)
    {
        Format.AcceptOnlyFromAmong("jsonl", "json", "csv", "table");
        foreach (var option in new Option[] { Provider, Endpoint, Model, TimeoutSec, AllowRemote, Format })
        {
            root.Add(option);
        }
    }

    /// <summary>The options the user gave, as setting overrides (same parsing and validation as any source).</summary>
    public static Dictionary<string, string?> Overrides(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (parse.GetValue(Provider) is { } provider)
        {
            overrides["Provider"] = provider;
        }
        if (parse.GetValue(Endpoint) is { } endpoint)
        {
            overrides["Endpoint"] = endpoint;
        }
        if (parse.GetValue(Model) is { } model)
        {
            overrides["Model"] = model;
        }
        if (parse.GetValue(TimeoutSec) is { } timeout)
        {
            overrides["TimeoutSec"] = timeout.ToString(CultureInfo.InvariantCulture);
        }
        if (parse.GetValue(AllowRemote))
        {
            overrides["AllowRemote"] = "true";
        }
        return overrides;
    }

    public static OutputFormat FormatOf(ParseResult parse) => parse.GetValue(Format) switch
    {
        "json" => OutputFormat.Json,
        "csv" => OutputFormat.Csv,
        "table" => OutputFormat.Table,
        "jsonl" => OutputFormat.JsonLines,
        _ => Console.IsOutputRedirected ? OutputFormat.JsonLines : OutputFormat.Table,
    };
}
