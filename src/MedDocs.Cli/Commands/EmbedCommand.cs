using System.CommandLine;
using MedDocs.Core;
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
        var paths = DocumentInputs.Paths();
        var text = DocumentInputs.Text();
        var chunk = new Option<bool>("--chunk") { Description = "Split long documents into overlapping passages sized to the model's context" };
        var task = new Option<EmbeddingTask>("--task") { Description = "Task prefix for nomic models: Document (default), Query, Classification, Clustering", DefaultValueFactory = _ => EmbeddingTask.Document };
        var dimensions = new Option<int?>("--dimensions") { Description = "Cut vectors to 768, 512, 256, 128 or 64 dimensions (re-normalised)" };
        dimensions.AcceptOnlyFromAmong("768", "512", "256", "128", "64");
        var includeText = new Option<bool>("--include-text") { Description = "Put the embedded passage in each record (off: no document text in the output)" };
        var query = new Option<string?>("--query") { Description = "Rank the inputs against this text and print the top matches instead of vectors" };
        var top = new Option<int>("--top") { Description = "Matches to print with --query (default 5)", DefaultValueFactory = _ => 5 };
        var throttle = DocumentInputs.ThrottleLimit();
        var verbose = CacheCli.Verbose();
        var command = new Command("embed", "Embedding vectors for documents or text (one record per input or chunk), or with --query the most similar inputs.")
        {
            paths, text, chunk, task, dimensions, includeText, query, top, throttle, verbose,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var cli = CliContext.From(parse, globals);
            // --model names the embedding model for this command.
            var extra = parse.GetValue(globals.Model) is { } model ? new Dictionary<string, string?> { ["EmbeddingModel"] = model } : null;
            if (cli.TryLoadSettings(extra) is not { } effective)
            {
                return CliRunner.UsageError;
            }
            var settings = effective.Settings;
            var (sources, missing) = DocumentInputs.Resolve(cli, parse.GetValue(paths), parse.GetValue(text));
            if (sources.Count == 0 && missing == 0)
            {
                cli.ItemError(null, "no input: give files or folders, '-' for stdin, or --text.");
                return CliRunner.UsageError;
            }
            ResolvedProvider provider;
            using (var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(settings.ProbeTimeoutSec)))
            {
                try
                {
                    provider = await new ProviderResolver(new ServerProbe(http)).ResolveAsync(settings, cancellationToken).ConfigureAwait(false);
                }
                catch (LlmException ex)
                {
                    cli.ItemError(null, ex);
                    return CliRunner.SomeFailed;
                }
            }
            if (provider.FellBackToBuiltin)
            {
                cli.ItemError(null, provider.Note);
            }
            var options = new EmbeddingOptions
            {
                Chunk = parse.GetValue(chunk),
                Task = parse.GetValue(task),
                Dimensions = parse.GetValue(dimensions),
                IncludeText = parse.GetValue(includeText),
                BuiltinModel = settings.EmbeddingModel,
                BatchSize = settings.EmbeddingBatchSize,
                MaxConcurrentRequests = settings.ThrottleLimit,
            };
            // The builtin embedder is local and fast: only server vectors are cached.
            var cache = provider.IsBuiltin ? null : CacheCli.Open(cli, settings);
            try
            {
                EmbeddingOperation operation;
                try
                {
                    operation = EmbeddingOperation.Create(provider, LlmClientOptions.From(settings), options, cache, cancellationToken);
                }
                catch (Exception ex) when (ex is LlmException or MedDocsException)
                {
                    // No embedding model can serve (none on the server, or the builtin model not installed): nothing else could succeed.
                    cli.ItemError(null, ex);
                    return CliRunner.SomeFailed;
                }
                using (operation)
                {
                    return await RunAsync(cli, operation, sources, missing, parse.GetValue(throttle) ?? settings.ThrottleLimit,
                        parse.GetValue(query), parse.GetValue(top), cli.Loader(settings), cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                CacheCli.Finish(cli, cache, settings, parse.GetValue(verbose));
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, EmbeddingOperation operation, IReadOnlyList<DocumentSource> sources, int missing,
        int throttle, string? query, int top, DocumentLoader loader, CancellationToken cancellationToken)
    {
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

        var prepared = BatchRunner.RunAsync(sources, async (source, ct) => operation.Prepare(await source.LoadAsync(loader, ct).ConfigureAwait(false)),
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
