using System.CommandLine;
using MedDocs.Core.Providers;

namespace MedDocs.Cli.Commands;

/// <summary>`meddocs health`: is the server up, which models, loaded or not (Test-LMStudio's twin).</summary>
public static class HealthCommand
{
    public static Command Create(GlobalOptions options)
    {
        var required = new Option<string[]>("--required-model") { Description = "A model that must be present and loaded (repeatable)", AllowMultipleArgumentsPerToken = true };
        var detailed = new Option<bool>("--detailed") { Description = "Time one tiny generation: time to first token, tokens/s" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing; exit 0 when ready, 1 when not" };
        var command = new Command("health", "Test whether the model server is up and which models it has, loaded or not.") { required, detailed, quiet };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var cli = CliContext.From(parse, options);
            if (cli.TryLoadSettings() is not { } effective)
            {
                return CliRunner.UsageError;
            }
            var settings = effective.Settings;
            var status = await HealthCheck.RunAsync(settings, new ProbeOptions
            {
                RequiredModels = parse.GetValue(required) ?? Array.Empty<string>(),
                Detailed = parse.GetValue(detailed),
                ClientOptions = LlmClientOptions.From(settings),
            }, cancellationToken).ConfigureAwait(false);
            if (!parse.GetValue(quiet))
            {
                Write(cli, status);
            }
            return status.Healthy ? CliRunner.Success : CliRunner.SomeFailed;
        });
        return command;
    }

    private static void Write(CliContext cli, ServerStatus status)
    {
        if (!status.Healthy)
        {
            cli.ItemError(null, status.Message);
        }
        if (cli.Format != OutputFormat.Table)
        {
            using var records = cli.Records();
            records.Write(status);
            return;
        }
        cli.Out.WriteLine($"{status.Endpoint}  {(status.Healthy ? "healthy" : "NOT healthy")}  {status.Message}");
        if (status.TimeToFirstTokenMs is { } ttft)
        {
            cli.Out.WriteLine($"Test generation with {status.DetailedModel}: first token after {ttft:0} ms, {status.TokensPerSecond:0.0} tokens/s");
        }
        if (status.Models.Count > 0)
        {
            cli.Out.WriteLine();
            RecordWriter.WriteTable(cli.Out, status.Models.Select(m => (object)new
            {
                Model = m.Id,
                m.Type,
                Loaded = m.Loaded switch { true => "loaded", false => "not loaded", null => "unknown" },
                m.Format,
                m.Quantization,
                Context = m.EffectiveContextLength,
            }).ToList());
        }
    }
}
