using System.Runtime.InteropServices;

namespace MedDocs.Core.Embeddings;

/// <summary>
/// Where all-MiniLM-L6-v2's files may be, and its native ONNX Runtime inside such a folder. Dependency-free on purpose:
/// MedDocs.Loader compiles this same file (linked), so the module's load context finds the companion module's native
/// library exactly where MedDocs.Core finds its model.
/// </summary>
internal static class MiniLmSearch
{
    public const string FolderName = "MiniLM";
    public const string CompanionModuleName = "MedDocs.MiniLM";
    public const string PathVariable = "MEDDOCS_MINILM_PATH";
    public const string ModelFileName = "model.onnx";
    public const string VocabularyFileName = "vocab.txt";

    /// <summary>
    /// Candidate folders, in order: MEDDOCS_MINILM_PATH; MiniLM/ beside the assembly (CLI, tests, development builds);
    /// the MedDocs.MiniLM module beside the MedDocs module (up to three folders up: out/MedDocs.MiniLM next to
    /// out/MedDocs/bin, Modules/MedDocs.MiniLM/0.1.0 next to Modules/MedDocs/0.1.0/bin); MedDocs.MiniLM in PSModulePath.
    /// A module folder is tried itself, then its version sub-folders, highest first.
    /// </summary>
    public static IEnumerable<string> Folders(string assemblyFolder)
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured)
        {
            yield return configured;
        }
        yield return Path.Combine(assemblyFolder, FolderName);
        var ancestor = Directory.GetParent(assemblyFolder);
        for (var level = 0; level < 3 && ancestor is not null; level++, ancestor = ancestor.Parent)
        {
            foreach (var folder in ModuleFolders(Path.Combine(ancestor.FullName, CompanionModuleName)))
            {
                yield return folder;
            }
        }
        var modulePath = Environment.GetEnvironmentVariable("PSModulePath") ?? string.Empty;
        foreach (var root in modulePath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var folder in ModuleFolders(Path.Combine(root, CompanionModuleName)))
            {
                yield return folder;
            }
        }
    }

    public static bool HoldsModel(string folder) =>
        File.Exists(Path.Combine(folder, ModelFileName)) && File.Exists(Path.Combine(folder, VocabularyFileName));

    /// <summary>
    /// runtimes/&lt;rid&gt;/native/&lt;file&gt; of a model folder for this platform, or null. Accepts the names a DllImport
    /// or ONNX Runtime's own resolver asks for: "onnxruntime", "libonnxruntime.so", "onnxruntime.dll", "libonnxruntime.dylib".
    /// </summary>
    public static string? NativeLibrary(string folder, string libraryName)
    {
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
        if (stem.Length == 0)
        {
            return null;
        }
        var fileName = OperatingSystem.IsWindows() ? stem + ".dll" : OperatingSystem.IsMacOS() ? "lib" + stem + ".dylib" : "lib" + stem + ".so";
        var path = Path.Combine(folder, "runtimes", RuntimeIdentifier, "native", fileName);
        return File.Exists(path) ? path : null;
    }

    /// <summary>The runtimes/ folder name for this process, as ONNX Runtime's package names them: win|linux|osx - x64|arm64.</summary>
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

    private static IEnumerable<string> ModuleFolders(string moduleFolder)
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
