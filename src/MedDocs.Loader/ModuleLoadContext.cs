using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using MedDocs.Core.Embeddings;

namespace MedDocs.Loader;

/// <summary>
/// MedDocs' own AssemblyLoadContext: the cmdlet assembly MedDocs.dll and every dependency load from the
/// module's bin folder, so another module's copy of OpenAI, System.Memory.Data or Microsoft.Extensions.*
/// (older or newer, loaded before or after us) never meets ours. Anything not in bin (PowerShell itself,
/// the .NET framework) comes from the default context.
/// </summary>
public sealed class ModuleLoadContext : AssemblyLoadContext
{
    private static readonly object Gate = new();
    private static ModuleLoadContext? _instance;

    private readonly string _binFolder;
    private readonly Assembly _cmdletAssembly;

    private ModuleLoadContext(string binFolder)
        : base("MedDocs", isCollectible: false)
    {
        _binFolder = binFolder;
        _cmdletAssembly = LoadFromAssemblyPath(Path.Combine(binFolder, "MedDocs.dll"));
    }

    /// <summary>
    /// The cmdlet assembly, loaded once per process (every runspace and every re-import shares it:
    /// a load context cannot be loaded twice, and PowerShell re-imports modules in new runspaces).
    /// </summary>
    /// <param name="moduleFolder">The folder of MedDocs.psd1; the assemblies sit in its bin subfolder.</param>
    public static Assembly Initialize(string moduleFolder)
    {
        ArgumentNullException.ThrowIfNull(moduleFolder);
        lock (Gate)
        {
            _instance ??= new ModuleLoadContext(Path.Combine(moduleFolder, "bin"));
            return _instance._cmdletAssembly;
        }
    }

    /// <summary>Our copy when bin has the assembly; otherwise the default context decides (PowerShell, the framework).</summary>
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is null || assemblyName.Name == typeof(ModuleLoadContext).Assembly.GetName().Name)
        {
            return null;
        }
        var path = Path.Combine(_binFolder, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }

    /// <summary>
    /// Native libraries that NuGet packages ship under runtimes/&lt;rid&gt;/native (e.g. SQLite, ONNX Runtime)
    /// load from bin too; the default probing would only look beside the application (pwsh), not here.
    /// ONNX Runtime (the builtin embedder) ships in the MedDocs.MiniLM companion module: it loads from there by
    /// full path, so another module's onnxruntime already in the process is never picked up by name.
    /// </summary>
    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        foreach (var candidate in NativeLibraryCandidates(unmanagedDllName))
        {
            if (File.Exists(candidate))
            {
                return LoadUnmanagedDllFromPath(candidate);
            }
        }
        foreach (var folder in MiniLmSearch.Folders(_binFolder).Where(MiniLmSearch.HoldsModel))
        {
            if (MiniLmSearch.NativeLibrary(folder, unmanagedDllName) is { } companion)
            {
                return LoadUnmanagedDllFromPath(companion);
            }
        }
        return IntPtr.Zero;
    }

    private IEnumerable<string> NativeLibraryCandidates(string name)
    {
        var fileNames = NativeFileNames(name).ToList();
        foreach (var rid in RuntimeIdentifiers())
        {
            foreach (var file in fileNames)
            {
                yield return Path.Combine(_binFolder, "runtimes", rid, "native", file);
            }
        }
        foreach (var file in fileNames)
        {
            yield return Path.Combine(_binFolder, file);
        }
    }

    /// <summary>"e_sqlite3" is libe_sqlite3.so on Linux, libe_sqlite3.dylib on macOS, e_sqlite3.dll on Windows.</summary>
    private static IEnumerable<string> NativeFileNames(string name)
    {
        yield return name;
        if (OperatingSystem.IsWindows())
        {
            yield return name + ".dll";
        }
        else
        {
            string suffix = OperatingSystem.IsMacOS() ? ".dylib" : ".so";
            yield return name + suffix;
            if (!name.StartsWith("lib", StringComparison.Ordinal))
            {
                yield return "lib" + name + suffix;
            }
        }
    }

    /// <summary>The runtime's own identifier first, then the portable one NuGet packages use (linux-x64, osx-arm64, win-x64).</summary>
    private static IEnumerable<string> RuntimeIdentifiers()
    {
        yield return RuntimeInformation.RuntimeIdentifier;
        string os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        string arch = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        yield return $"{os}-{arch}";
        if (OperatingSystem.IsLinux() && File.Exists("/etc/alpine-release"))
        {
            yield return $"linux-musl-{arch}";
        }
    }
}
