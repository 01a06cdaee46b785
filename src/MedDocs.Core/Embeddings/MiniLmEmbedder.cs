using Microsoft.ML.OnnxRuntime;

namespace MedDocs.Core.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) run in-process on the CPU with ONNX Runtime: WordPiece ids
/// of at most 256 tokens ([CLS] … [SEP], the window the model was trained with; longer texts are cut like
/// sentence-transformers cuts them — hosts chunk them first), the model's last hidden state, mean pooling over the
/// attention mask, L2 normalisation. 384 dimensions. The same vectors as the Python reference to ~1e-7.
/// </summary>
/// <remarks>
/// Thread-safe: the session and tokenizer are immutable and ONNX Runtime's Run may be called from many threads.
/// <see cref="Shared"/> is the one instance a process loads (lazily, on first use of the builtin embedder).
/// </remarks>
public sealed class MiniLmEmbedder : IDisposable
{
    public const string ModelName = "all-MiniLM-L6-v2";
    public const int Dimensions = 384;

    /// <summary>Tokens per text including [CLS] and [SEP] (sentence-transformers' max_seq_length for this model).</summary>
    public const int MaxTokens = 256;

    /// <summary>Word pieces that fit one window ([CLS] and [SEP] take two places).</summary>
    public const int MaxWordPieces = MaxTokens - 2;

    // Texts of similar length share a model call, so short texts are not padded to a long neighbour's length.
    private const int TextsPerRun = 16;

    private static readonly Lazy<MiniLmEmbedder> SharedInstance = new(() => new MiniLmEmbedder(MiniLmFiles.Find()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly InferenceSession _session;

    /// <param name="files">Where model.onnx and vocab.txt are.</param>
    /// <param name="threads">Threads one model call may use; 0 lets ONNX Runtime use every physical core.</param>
    public MiniLmEmbedder(MiniLmFiles files, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        Tokenizer = new WordPieceTokenizer(File.ReadLines(files.VocabularyPath));
        OnnxRuntimeTelemetry.DisableBeforeLoad();
        try
        {
            OrtEnv.Instance().DisableTelemetryEvents();
        }
        catch (Exception ex) when (ex is OnnxRuntimeException or DllNotFoundException or EntryPointNotFoundException or TypeInitializationException)
        {
            throw LoadFailed(files, ex);
        }
        using var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
        };
        try
        {
            _session = new InferenceSession(files.ModelPath, options);
        }
        catch (Exception ex) when (ex is OnnxRuntimeException or DllNotFoundException or EntryPointNotFoundException or TypeInitializationException)
        {
            throw LoadFailed(files, ex);
        }
        Files = files;
    }

    private static MedDocsException LoadFailed(MiniLmFiles files, Exception ex) => new("MiniLmLoadFailed", ErrorKind.InvalidOperation,
        HostMessage.Of($"The builtin embedder {ModelName} could not start ONNX Runtime on {MiniLmFiles.RuntimeIdentifier} from {files.Folder}: {ex.GetBaseException().Message} It runs on {string.Join(", ", MiniLmFiles.SupportedRuntimes)}; elsewhere use a model server or the lexical hashing embedder ({HostOption.Parameter("Model", $"{HashingEmbedder.Name}-v{HashingEmbedder.Version}")})."), ex);

    /// <summary>The process-wide instance, created on first use; throws MiniLmNotInstalled when the model is not on this machine.</summary>
    public static MiniLmEmbedder Shared
    {
        get
        {
            if (!SharedInstance.IsValueCreated)
            {
                // Look first, so a missing model is not remembered: installing the companion later then works in the same session.
                MiniLmFiles.Find();
            }
            return SharedInstance.Value;
        }
    }

    public WordPieceTokenizer Tokenizer { get; }
    public MiniLmFiles Files { get; }

    /// <summary>One L2-normalised 384-dimension vector per text, in order.</summary>
    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var encoded = texts.Select(t => Tokenizer.Encode(t ?? string.Empty, MaxTokens)).ToArray();
        var vectors = new float[texts.Count][];
        var byLength = Enumerable.Range(0, texts.Count).OrderBy(i => encoded[i].Length).ToArray();
        for (var first = 0; first < byLength.Length; first += TextsPerRun)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var group = byLength.Skip(first).Take(TextsPerRun).ToArray();
            var pooled = Run(group.Select(i => encoded[i]).ToArray(), cancellationToken);
            for (var g = 0; g < group.Length; g++)
            {
                vectors[group[g]] = pooled[g];
            }
        }
        return vectors;
    }

    /// <summary>One model call over a padded batch: last hidden state, mean over real tokens, L2-normalised.</summary>
    private float[][] Run(int[][] batch, CancellationToken cancellationToken)
    {
        var length = batch.Max(ids => ids.Length);
        var ids = new long[batch.Length * length];
        var mask = new long[batch.Length * length];
        var tokenTypes = new long[batch.Length * length];
        for (var t = 0; t < batch.Length; t++)
        {
            for (var j = 0; j < batch[t].Length; j++)
            {
                ids[(t * length) + j] = batch[t][j];
                mask[(t * length) + j] = 1;
            }
        }
        long[] shape = [batch.Length, length];
        using var inputIds = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var attentionMask = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var tokenTypeIds = OrtValue.CreateTensorValueFromMemory(tokenTypes, shape);
        using var runOptions = new RunOptions();
        using var stop = cancellationToken.Register(() => runOptions.Terminate = true);
        var inputs = new Dictionary<string, OrtValue>
        {
            ["input_ids"] = inputIds,
            ["attention_mask"] = attentionMask,
            ["token_type_ids"] = tokenTypeIds,
        };
        using var outputs = _session.Run(runOptions, inputs, ["last_hidden_state"]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();

        var vectors = new float[batch.Length][];
        var sum = new double[Dimensions];
        for (var t = 0; t < batch.Length; t++)
        {
            Array.Clear(sum);
            var tokens = batch[t].Length; // padding has mask 0: only the real tokens count
            for (var j = 0; j < tokens; j++)
            {
                var row = hidden.Slice(((t * length) + j) * Dimensions, Dimensions);
                for (var k = 0; k < Dimensions; k++)
                {
                    sum[k] += row[k];
                }
            }
            vectors[t] = MeanAndNormalize(sum, tokens);
        }
        return vectors;
    }

    private static float[] MeanAndNormalize(double[] sum, int tokens)
    {
        var norm = 0.0;
        for (var k = 0; k < sum.Length; k++)
        {
            sum[k] /= tokens;
            norm += sum[k] * sum[k];
        }
        // sentence-transformers' Normalize layer: x / max(||x||, 1e-12).
        norm = Math.Max(Math.Sqrt(norm), 1e-12);
        var vector = new float[sum.Length];
        for (var k = 0; k < sum.Length; k++)
        {
            vector[k] = (float)(sum[k] / norm);
        }
        return vector;
    }

    public void Dispose() => _session.Dispose();
}
