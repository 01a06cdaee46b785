using System.Runtime.InteropServices;

namespace MedDocs.Core.Embeddings;

/// <summary>
/// Where all-MiniLM-L6-v2 lives on this machine: a folder holding model.onnx and vocab.txt, and (in the companion
/// module) the native ONNX Runtime under runtimes/&lt;rid&gt;/native. Searched, first found wins:
/// <list type="number">
/// <item>the folder in MEDDOCS_MINILM_PATH (for unusual installs);</item>
/// <item>MiniLM/ beside MedDocs.Core.dll (the CLI, tests and development builds carry it there);</item>
/// <item>the MedDocs.MiniLM companion module beside the MedDocs module (any version folder; highest first) —
/// e.g. out/MedDocs.MiniLM next to out/MedDocs, or Modules/MedDocs.MiniLM/0.1.0 next to Modules/MedDocs/0.1.0;</item>
/// <item>MedDocs.MiniLM in any folder of PSModulePath (where Install-Module puts it).</item>
/// </list>
/// </summary>
public sealed class MiniLmFiles
{
    public const string FolderName = "MiniLM";
    public const string CompanionModuleName = "MedDocs.MiniLM";
    public const string PathVariable = "MEDDOCS_MINILM_PATH";
    public const string ModelFileName = "model.onnx";
    public const string VocabularyFileName = "vocab.txt";

    /// <summary>The platforms ONNX Runtime 1.31's NuGet package has native libraries for.</summary>
    public static readonly IReadOnlyList<string> SupportedRuntimes = ["win-x64", "win-arm64", "linux-x64", "linux-arm64", "osx-arm64"];

    private MiniLmFiles(string folder) => Folder = folder;

    public string Folder { get; }
    public string ModelPath => Path.Combine(Folder, ModelFileName);
    public string VocabularyPath => Path.Combine(Folder, VocabularyFileName);

    /// <summary>The model's files, or a <see cref="MedDocsException"/> (MiniLmNotInstalled) that says how to get them.</summary>
    public static MiniLmFiles Find() => Find(Candidates());

    /// <summary>The first of these folders that holds the model (tests pass their own).</summary>
    internal static MiniLmFiles Find(IEnumerable<string> candidates)
    {
        var searched = new List<string>();
        foreach (var candidate in candidates)
        {
            searched.Add(candidate);
            if (File.Exists(Path.Combine(candidate, ModelFileName)) && File.Exists(Path.Combine(candidate, VocabularyFileName)))
            {
                return new MiniLmFiles(Path.GetFullPath(candidate));
            }
        }
        throw new MedDocsException("MiniLmNotInstalled", ErrorKind.NotFound,
            $"The builtin embedder all-MiniLM-L6-v2 is not installed (no {ModelFileName} and {VocabularyFileName} in {string.Join(", ", searched.Take(6))}). " +
            $"Install the companion module with 'Install-Module {CompanionModuleName}' (or copy out/{CompanionModuleName} beside the MedDocs module), " +
            $"set {PathVariable} to its folder, use a model server, or choose the lexical hashing embedder with -Model {HashingEmbedder.Name}-v{HashingEmbedder.Version}.");
    }

    /// <summary>
    /// The full path of a native library of this folder for the running platform (runtimes/&lt;rid&gt;/native), or null.
    /// Accepts the names a DllImport or ONNX Runtime's resolver asks for: "onnxruntime", "libonnxruntime.so", "onnxruntime.dll".
    /// </summary>
    public string? NativeLibraryPath(string libraryName)
    {
        ArgumentException.ThrowIfNullOrEmpty(libraryName);
        var stem = Path.GetFileName(libraryName);
        foreach (var extension in new[] { ".dll", ".so", ".dylib" })
        {
            if (stem.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                stem = stem[..^extension.Length];
            }
        }
        if (stem.StartsWith("lib", StringComparison.Ordinal))
        {
            stem = stem[3..];
        }
        var fileName = OperatingSystem.IsWindows() ? stem + ".dll" : OperatingSystem.IsMacOS() ? "lib" + stem + ".dylib" : "lib" + stem + ".so";
        var path = Path.Combine(Folder, "runtimes", RuntimeIdentifier, "native", fileName);
        return File.Exists(path) ? path : null;
    }

    /// <summary>The runtimes/ folder name for this process: win|linux|osx - x64|arm64 (what the ONNX Runtime package uses).</summary>
    public static string RuntimeIdentifier
    {
        get
        {
            var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
            var architecture = RuntimeInformation.ProcessArchitecture switch
            {
                Architecture.X64 => "x64",
                Architecture.Arm64 => "arm64",
                Architecture.X86 => "x86",
                var other => other.ToString().ToLowerInvariant(),
            };
            return $"{os}-{architecture}";
        }
    }

    private static IEnumerable<string> Candidates()
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured)
        {
            yield return configured;
        }
        var coreFolder = Path.GetDirectoryName(typeof(MiniLmFiles).Assembly.Location);
        if (string.IsNullOrEmpty(coreFolder))
        {
            coreFolder = AppContext.BaseDirectory;
        }
        yield return Path.Combine(coreFolder, FolderName);

        // The companion module beside the MedDocs module: MedDocs.Core.dll sits one or two folders below the module's parent.
        var ancestor = Directory.GetParent(coreFolder);
        for (var level = 0; level < 3 && ancestor is not null; level++, ancestor = ancestor.Parent)
        {
            foreach (var folder in CompanionFolders(Path.Combine(ancestor.FullName, CompanionModuleName)))
            {
                yield return folder;
            }
        }
        var modulePath = Environment.GetEnvironmentVariable("PSModulePath") ?? string.Empty;
        foreach (var root in modulePath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var folder in CompanionFolders(Path.Combine(root, CompanionModuleName)))
            {
                yield return folder;
            }
        }
    }

    /// <summary>A module folder itself, then its version sub-folders, highest version first.</summary>
    private static IEnumerable<string> CompanionFolders(string moduleFolder)
    {
        if (!Directory.Exists(moduleFolder))
        {
            yield break;
        }
        yield return moduleFolder;
        var versions = Directory.EnumerateDirectories(moduleFolder)
            .Select(d => (Path: d, Version: Version.TryParse(Path.GetFileName(d), out var v) ? v : null))
            .Where(d => d.Version is not null)
            .OrderByDescending(d => d.Version);
        foreach (var (path, _) in versions)
        {
            yield return path;
        }
    }
}
