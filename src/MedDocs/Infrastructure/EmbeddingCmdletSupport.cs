using System.Management.Automation;
using MedDocs.Core.Embeddings;
using MedDocs.Core.Providers;

namespace MedDocs.Infrastructure;

/// <summary>What Get-Embedding and Measure-EmbeddingSimilarity share: creating the operation, and reading it out on the pipeline thread.</summary>
internal static class EmbeddingCmdletSupport
{
    /// <summary>The operation, or a terminating error when no embedding model can serve (nothing else could succeed).</summary>
    public static EmbeddingOperation CreateOperation(PSCmdlet cmdlet, ResolvedProvider provider, LlmClientOptions clientOptions, EmbeddingOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var operation = EmbeddingOperation.Create(provider, clientOptions, options, cancellationToken);
            if (operation.IsLexical)
            {
                cmdlet.WriteVerbose($"Embedding with the builtin {operation.Model}: lexical (shared words and spellings), not semantic.");
            }
            else if (operation.IsBuiltin)
            {
                cmdlet.WriteVerbose($"Embedding with the builtin {operation.Model} on this computer's CPU (384 dimensions, {operation.ContextTokens}-token window; use -Chunk for longer texts).");
            }
            return operation;
        }
        catch (Exception ex) when (ex is LlmException or Core.MedDocsException)
        {
            // No model can serve (none on the server, or the builtin model is not installed): nothing else could succeed.
            cmdlet.ThrowTerminatingError(ErrorRecords.For(ex, provider.Target?.Endpoint));
            throw; // not reached
        }
    }

    /// <summary>Blocks the pipeline thread until every request has finished, handing each outcome to <paramref name="write"/>.</summary>
    public static void Drain(EmbeddingOperation operation, Action<EmbeddingOutcome> write, CancellationToken cancellationToken)
    {
        var all = operation.ReadAllAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (all.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                write(all.Current);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: PowerShell reports the stop itself.
        }
        finally
        {
            all.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
