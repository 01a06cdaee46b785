namespace MedDocs.Core.Embeddings;

/// <summary>
/// Where all-MiniLM-L6-v2 lives on this machine: a folder holding model.onnx and vocab.txt, and (in the MedDocs.MiniLM
/// companion module) ONNX Runtime's native library under runtimes/&lt;rid&gt;/native. The search order is
/// <see cref="MiniLmSearch.Folders"/>: MEDDOCS_MINILM_PATH, MiniLM/ beside MedDocs.Core.dll, the companion module
/// beside the MedDocs module, then PSModulePath.
/// </summary>
public sealed class MiniLmFiles
{
    public const string CompanionModuleName = MiniLmSearch.CompanionModuleName;
    public const string PathVariable = MiniLmSearch.PathVariable;
    public const string ModelFileName = MiniLmSearch.ModelFileName;
    public const string VocabularyFileName = MiniLmSearch.VocabularyFileName;

    /// <summary>The platforms ONNX Runtime 1.31's NuGet package has native libraries for.</summary>
    public static readonly IReadOnlyList<string> SupportedRuntimes = ["win-x64", "win-arm64", "linux-x64", "linux-arm64", "osx-arm64"];

    private MiniLmFiles(string folder) => Folder = folder;

    public string Folder { get; }
    public string ModelPath => Path.Combine(Folder, ModelFileName);
    public string VocabularyPath => Path.Combine(Folder, VocabularyFileName);

    /// <summary>The runtimes/ folder name for this process (win|linux|osx - x64|arm64).</summary>
    public static string RuntimeIdentifier => MiniLmSearch.RuntimeIdentifier;

    /// <summary>The model's files, or a <see cref="MedDocsException"/> (MiniLmNotInstalled) that says how to get them.</summary>
    public static MiniLmFiles Find()
    {
        var coreFolder = Path.GetDirectoryName(typeof(MiniLmFiles).Assembly.Location);
        return Find(MiniLmSearch.Folders(string.IsNullOrEmpty(coreFolder) ? AppContext.BaseDirectory : coreFolder));
    }

    /// <summary>The first of these folders that holds the model (tests pass their own).</summary>
    internal static MiniLmFiles Find(IEnumerable<string> candidates)
    {
        var searched = new List<string>();
        foreach (var candidate in candidates)
        {
            searched.Add(candidate);
            if (MiniLmSearch.HoldsModel(candidate))
            {
                return new MiniLmFiles(Path.GetFullPath(candidate));
            }
        }
        throw new MedDocsException("MiniLmNotInstalled", ErrorKind.NotFound,
            HostMessage.Of($"The builtin embedder all-MiniLM-L6-v2 is not installed (no {ModelFileName} and {VocabularyFileName} in {string.Join(", ", searched.Take(6))}). Install the companion module {CompanionModuleName} ({HostCommand.InstallEmbedder}, or copy out/{CompanionModuleName} beside the MedDocs module folder), set {PathVariable} to its folder, use a model server, or choose the lexical hashing embedder with {HostOption.Parameter("Model", $"{HashingEmbedder.Name}-v{HashingEmbedder.Version}")}."));
    }

    /// <summary>The full path of a native library of this folder for the running platform, or null (see <see cref="MiniLmSearch.NativeLibrary"/>).</summary>
    public string? NativeLibraryPath(string libraryName)
    {
        ArgumentException.ThrowIfNullOrEmpty(libraryName);
        return MiniLmSearch.NativeLibrary(Folder, libraryName);
    }
}
