using System.Management.Automation;
using MedDocs.Core.Documents;
using MedDocs.Core.Embeddings;
using MedDocs.Core.Operations;
using MedDocs.Infrastructure;

namespace MedDocs.Commands;

/// <summary>Turns documents or text into embedding vectors, one record per input or per chunk.</summary>
/// <remarks>
/// Uses the server's embedding model (nomic-embed-text-v1.5 in LM Studio or Ollama; -Model names another, matched
/// against the server's list). Texts of many inputs share one request (MEDDOCS_EMBEDDING_BATCH_SIZE, default 32).
/// nomic models get their task prefix (-Task, default Document). -Dimensions cuts the vectors to 512/256/128/64 and
/// re-normalises them (Matryoshka; LM Studio ignores the dimensions field, so MedDocs does it). -Chunk splits long
/// documents into overlapping passages sized to the model's context; Start and Length point back into the text
/// Get-DocumentText shows. With -Provider Builtin, or when no server answers under Auto, the builtin embedder
/// all-MiniLM-L6-v2 runs on this computer's CPU (384 dimensions, a 256-token window: use -Chunk for longer texts); it
/// comes with the MedDocs.MiniLM companion module. -Provider Builtin -Model meddocs-hashing-v1 chooses the lexical
/// hashing embedder instead (no model files; finds near-copies, not synonyms). Records carry no document text
/// unless -IncludeText is given. Rank them with Measure-EmbeddingSimilarity.
/// </remarks>
/// <example>
/// <code>Get-ChildItem records -File | Get-Embedding -Chunk | ConvertTo-Json -Depth 3 | Set-Content vectors.json</code>
/// <para>Embeds every file in passages and stores the vectors (full float precision) without the document text.</para>
/// </example>
/// <example>
/// <code>Get-Embedding -Path notes/*.txt -Chunk -IncludeText | Measure-EmbeddingSimilarity -Query 'lumbar disc herniation' -Top 3</code>
/// <para>Finds the three passages closest to a question.</para>
/// </example>
/// <example>
/// <code>'chest pain on exertion' | Get-Embedding -Provider Builtin</code>
/// <para>Embeds a string offline with the builtin all-MiniLM-L6-v2 model (no server needed).</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "Embedding", DefaultParameterSetName = "Path")]
[OutputType(typeof(EmbeddingRecord))]
public sealed class GetEmbeddingCommand : MedDocsDocumentCmdletBase<IReadOnlyList<EmbeddingInput>>
{
    private EmbeddingOperation? _embedder;

    /// <summary>Splits long inputs into overlapping passages sized to the model's context: one record per chunk.</summary>
    [Parameter]
    public SwitchParameter Chunk { get; set; }

    /// <summary>The task prefix for models that need one (nomic-embed-text): Document (default), Query, Classification or Clustering.</summary>
    [Parameter]
    public EmbeddingTask Task { get; set; } = EmbeddingTask.Document;

    /// <summary>Cuts vectors to this many dimensions and re-normalises them (nomic v1.5 is trained for 768, 512, 256, 128, 64).</summary>
    [Parameter]
    [ValidateSet("768", "512", "256", "128", "64")]
    public int Dimensions { get; set; }

    /// <summary>Puts the embedded passage in each record's Text (off by default so stored vectors carry no document text).</summary>
    [Parameter]
    public SwitchParameter IncludeText { get; set; }

    protected override string Activity => "Embedding documents";

    protected override string? DefaultTextLabel => "text";

    /// <summary>-Model names the embedding model here, not the chat model.</summary>
    protected override string ModelSetting => "EmbeddingModel";

    protected override IDocumentOperation<IReadOnlyList<EmbeddingInput>> CreateOperation()
    {
        var request = new EmbeddingRequest
        {
            Chunk = Chunk.IsPresent,
            Task = Task,
            Dimensions = MyInvocation.BoundParameters.ContainsKey(nameof(Dimensions)) ? Dimensions : null,
            IncludeText = IncludeText.IsPresent,
        };
        var operation = CreateOperation(ct => EmbeddingFactory.CreateAsync(Settings, request, CoreEvents, ct));
        _embedder = operation.Embedder;
        return operation;
    }

    /// <summary>An input's texts join the shared requests; records are written as requests finish.</summary>
    protected override void WriteResult(DocumentSource input, IReadOnlyList<EmbeddingInput> value)
    {
        _embedder!.Post(value);
        while (_embedder.TryRead(out var outcome))
        {
            WriteOutcome(outcome);
        }
    }

    protected override void CompleteWork()
    {
        _embedder!.Complete();
        PipelineThread.ForEach(_embedder.ReadAllAsync(CancellationToken), WriteOutcome, CancellationToken);
        WriteVerbose($"{_embedder.Requests} embedding request(s) to {_embedder.Provider} ({_embedder.Model}).");
    }

    private void WriteOutcome(EmbeddingOutcome outcome)
    {
        if (outcome.Succeeded)
        {
            WriteObject(outcome.Record);
        }
        else if (!CancellationToken.IsCancellationRequested)
        {
            WriteItemError(outcome.Error!, outcome.SourceName);
        }
    }
}
