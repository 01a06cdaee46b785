using System.CommandLine;
using MedDocs.Core.Batch;
using MedDocs.Core.Documents;
using MedDocs.Core.Embeddings;
using MedDocs.Core.Providers;

namespace MedDocs.Cli.Commands;

/// <summary>`meddocs embed`: embedding vectors per document or chunk, or with --query the top matches (Get-Embedding's twin).</summary>
public static class EmbedCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var inputs = new DocumentInputs();
        var chunk = new Option<bool>("--chunk") { Description = "Split long documents into overlapping passages sized to the model's context" };
        var task = new Option<EmbeddingTask>("--task") { Description = "Task prefix for nomic models: Document (default), Query, Classification, Clustering", DefaultValueFactory = _ => EmbeddingTask.Document };
        var dimensions = new Option<int?>("--dimensions") { Description = "Cut vectors to 768, 512, 256, 128 or 64 dimensions (re-normalised)" };
        dimensions.AcceptOnlyFromAmong("768", "512", "256", "128", "64");
        var includeText = new Option<bool>("--include-text") { Description = "Put the embedded passage in each record (off: no document text in the output)" };
        var query = new Option<string?>("--query") { Description = "Rank the inputs against this text and print the top matches instead of vectors" };
        var top = new Option<int>("--top") { Description = "Matches to print with --query (default 5)", DefaultValueFactory = _ => 5 };
        var command = new Command("embed", "Embedding vectors for documents or text (one record per input or chunk), or with --query the most similar inputs.");
        inputs.AddTo(command);
        foreach (var option in new Option[] { chunk, task, dimensions, includeText, query, top })
        {
            command.Add(option);
        }
        command.SetAction(async (parse, cancellationToken) =>
        {
            var cli = CliContext.From(parse, globals);
            // --model names the embedding model for this command.
            if (cli.TryLoadSettings(inputs.Overrides(cli) with { ModelSetting = "EmbeddingModel" }) is not { } effective)
            {
                return CliRunner.UsageError;
            }
            var settings = effective.Settings;
            var (sources, missing) = inputs.Resolve(cli);
            if (sources.Count == 0 && missing == 0)
            {
                cli.ItemError(null, "no input: give files or folders, '-' for stdin, or --text.");
                return CliRunner.UsageError;
            }
            var request = new EmbeddingRequest
            {
                Chunk = parse.GetValue(chunk),
                Task = parse.GetValue(task),
                Dimensions = parse.GetValue(dimensions),
                IncludeText = parse.GetValue(includeText),
            };
            var (operation, exit) = await CliOperation.CreateAsync(cli, ct => EmbeddingFactory.CreateAsync(settings, request, inputs.Events(cli), ct), cancellationToken).ConfigureAwait(false);
            if (operation is null)
            {
                return exit;
            }
            try
            {
                return await RunAsync(cli, operation, sources, missing, inputs.ThrottleLimit(cli, settings), parse.GetValue(query), parse.GetValue(top), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                inputs.Finish(cli, settings, operation);
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, EmbeddingDocumentOperation inputs, IReadOnlyList<DocumentSource> sources, int missing,
        int throttle, string? query, int top, CancellationToken cancellationToken)
    {
        var operation = inputs.Embedder;
        var failed = missing;
        var collected = new List<EmbeddingRecord>();
        using var writer = cli.Records();
        void Handle(EmbeddingOutcome outcome)
        {
            if (!outcome.Succeeded)
            {
                failed++;
                cli.ItemError(outcome.SourceName, outcome.Error!);
            }
            else if (query is not null)
            {
                collected.Add(outcome.Record!);
            }
            else
            {
                writer.Write(outcome.Record!);
            }
        }

        var prepared = BatchRunner.RunAsync(sources, inputs.RunAsync,
            new BatchOptions { ThrottleLimit = throttle }, cancellationToken);
        await foreach (var result in prepared.ConfigureAwait(false))
        {
            if (result.Succeeded)
            {
                operation.Post(result.Value!);
            }
            else if (!result.Cancelled)
            {
                failed++;
                cli.ItemError(result.Input.Name, result.Error!);
            }
            while (operation.TryRead(out var ready))
            {
                Handle(ready);
            }
        }
        operation.Complete();
        await foreach (var outcome in operation.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            Handle(outcome);
        }
        if (query is not null && collected.Count > 0)
        {
            try
            {
                var vector = await operation.EmbedQueryAsync(query, null, cancellationToken).ConfigureAwait(false);
                foreach (var match in EmbeddingSimilarity.Rank(vector, collected, top))
                {
                    writer.Write(match);
                }
            }
            catch (LlmException ex)
            {
                cli.ItemError("query", ex);
                return CliRunner.SomeFailed;
            }
        }
        return failed == 0 ? CliRunner.Success : CliRunner.SomeFailed;
    }
}
