using MedDocs.Core.Batch;
using MedDocs.Core.Documents;

namespace MedDocs.Cli;

/// <summary>
/// Runs a document operation over every source through the core's batch runner: records are
/// written as they finish, each failure is one stderr line, and the exit code says whether all succeeded.
/// </summary>
public static class BatchCommandRunner
{
    public static async Task<int> RunAsync<TOut>(
        CliContext cli,
        IReadOnlyList<DocumentSource> sources,
        int missing,
        int throttleLimit,
        Func<DocumentSource, CancellationToken, Task<TOut>> work,
        Func<TOut, IEnumerable<object>> records,
        CancellationToken cancellationToken)
    {
        if (sources.Count == 0 && missing == 0)
        {
            cli.ItemError(null, "no input: give files or folders, '-' for stdin, or --text.");
            return CliRunner.UsageError;
        }
        var failed = missing;
        using (var writer = cli.Records())
        {
            // Buffered formats (table, JSON array) read best in input order; streams keep finish order.
            var options = new BatchOptions { ThrottleLimit = throttleLimit, Ordered = cli.Format is OutputFormat.Table or OutputFormat.Json };
            await foreach (var result in BatchRunner.RunAsync(sources, work, options, cancellationToken).ConfigureAwait(false))
            {
                if (result.Cancelled)
                {
                    continue;
                }
                if (result.Succeeded)
                {
                    foreach (var record in records(result.Value!))
                    {
                        writer.Write(record);
                    }
                }
                else
                {
                    failed++;
                    cli.ItemError(result.Input.Name, result.Error!);
                }
            }
        }
        return failed == 0 ? CliRunner.Success : CliRunner.SomeFailed;
    }
}
