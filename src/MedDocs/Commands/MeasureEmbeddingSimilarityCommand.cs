using System.Management.Automation;
using MedDocs.Core.Configuration;
using MedDocs.Core.Embeddings;
using MedDocs.Core.Providers;
using MedDocs.Infrastructure;

namespace MedDocs.Commands;

/// <summary>Ranks embedding records by cosine similarity to a query: the top matches, best first.</summary>
/// <remarks>
/// Takes Get-Embedding's records from the pipeline (or -InputObject) — also after they were stored and read back with
/// ConvertFrom-Json, Import-Clixml or Receive-Job — and embeds -Query on the same server (Endpoint), provider, model and
/// dimensions the records carry, using the Query task prefix for nomic models. Writes -Top records
/// (default 5): Rank, Score (cosine, 1 = same direction), Path, ChunkIndex, Start, Length, and Text when the records
/// had it. Records from different models or dimensions cannot be compared and stop the command.
/// </remarks>
/// <example>
/// <code>Get-Embedding -Path notes/*.txt -Chunk -IncludeText | Measure-EmbeddingSimilarity -Query 'fall from ladder' -Top 3</code>
/// <para>The three passages closest to the question, with their text.</para>
/// </example>
/// <example>
/// <code>$index = Get-ChildItem records -File | Get-Embedding -Chunk; $index | Measure-EmbeddingSimilarity 'MRI lumbar spine' -Top 10</code>
/// <para>Embeds a folder once and asks it several questions without embedding the documents again.</para>
/// </example>
/// <example>
/// <code>Get-ChildItem records -File | Get-Embedding | ConvertTo-Json -Depth 3 | Set-Content index.json; Get-Content index.json -Raw | ConvertFrom-Json | Measure-EmbeddingSimilarity 'knee pain' -Top 3</code>
/// <para>Stores the vectors once, and in a later session ranks the stored records against a question.</para>
/// </example>
[Cmdlet(VerbsDiagnostic.Measure, "EmbeddingSimilarity")]
[OutputType(typeof(SimilarityRecord))]
public sealed class MeasureEmbeddingSimilarityCommand : MedDocsProviderCmdletBase
{
    private readonly List<EmbeddingRecord> _records = new();

    /// <summary>The question or passage to compare against; embedded with the records' model.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Query { get; set; } = string.Empty;

    /// <summary>Embedding records from Get-Embedding, or any objects with their Vector and Model (ConvertFrom-Json, Import-Clixml, Receive-Job).</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true)]
    public PSObject[] InputObject { get; set; } = Array.Empty<PSObject>();

    /// <summary>How many matches to return, best first.</summary>
    [Parameter]
    [ValidateRange(1, 1_000_000)]
    public int Top { get; set; } = 5;

    protected override void ProcessRecord()
    {
        foreach (var item in InputObject.Where(i => i is not null))
        {
            if (EmbeddingRecordReader.TryRead(item, out var record, out var problem))
            {
                _records.Add(record!);
            }
            else
            {
                WriteError(new ErrorRecord(new ArgumentException(problem), "NotAnEmbeddingRecord", ErrorCategory.InvalidData, item));
            }
        }
    }

    protected override void EndProcessing()
    {
        if (_records.Count == 0)
        {
            return;
        }
        var first = _records[0];
        if (_records.Any(r => r.Model != first.Model || r.Dimensions != first.Dimensions))
        {
            ThrowTerminatingError(new ErrorRecord(new ArgumentException(
                $"The records come from different models or dimensions (first: {first.Model}, {first.Dimensions}); rank records of one model at a time."),
                "MixedEmbeddings", ErrorCategory.InvalidData, null));
        }
        // The query must be embedded like the records: same server, provider and model unless the user says otherwise.
        var given = Overrides();
        var overrides = (given with
        {
            Provider = given.Provider ?? (given.Endpoint is null ? first.Provider : null),
            Endpoint = given.Endpoint ?? (given.Provider is null ? first.Endpoint : null),
            Model = given.Model ?? first.Model,
            ModelSetting = "EmbeddingModel",
        }).ToDictionary();
        var settings = LoadSettings(overrides).Settings;
        if (first.Provider == ProviderNames.Format(ProviderKind.Builtin))
        {
            // Builtin vectors can only be matched by the builtin embedder, whatever the server settings say.
            settings = settings with { Provider = ProviderKind.Builtin };
        }
        var request = new EmbeddingRequest { Dimensions = first.Dimensions, BuiltinModel = first.Model, UseCache = false };
        using var operation = CreateOperation(ct => EmbeddingFactory.CreateAsync(settings, request, CoreEvents, ct));
        float[] query;
        try
        {
            query = operation.Embedder.EmbedQueryAsync(Query, first.Dimensions, CancellationToken).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is LlmException or Core.MedDocsException)
        {
            ThrowTerminatingError(ErrorRecords.For(ex, null));
            return;
        }
        foreach (var match in EmbeddingSimilarity.Rank(query, _records, Top))
        {
            WriteObject(match);
        }
    }
}
