using System.Management.Automation;
using System.Reflection;
using System.Runtime.Loader;

namespace MedDocs.Infrastructure;

/// <summary>
/// Keeps MedDocs' dependencies (MedDocs.Core, the OpenAI SDK, System.ClientModel, System.Text.Json 10, …)
/// in their own AssemblyLoadContext, loaded from the module's "dependencies" folder. PowerShell 7.4 runs
/// on .NET 8 with its own System.Text.Json 8 in the default context; without isolation our newer copy
/// could not load there, and other modules' versions could clash with ours.
/// </summary>
public sealed class ModuleLoadContext : AssemblyLoadContext
{
    private readonly string _folder;

    public ModuleLoadContext(string folder)
        : base("MedDocs", isCollectible: false) => _folder = folder;

    /// <summary>Loads an assembly from the dependencies folder when it is there; otherwise the default context decides.</summary>
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var path = Path.Combine(_folder, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}

/// <summary>
/// Runs when PowerShell imports MedDocs.dll: routes the cmdlet assembly's references to MedDocs.Core
/// (and MedDocs.Pdf) into <see cref="ModuleLoadContext"/>. Only our own assemblies are resolved this way;
/// everything they need then loads inside that context.
/// </summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static readonly string DependencyFolder = Path.Combine(Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location)!, "dependencies");
    private static readonly Lazy<ModuleLoadContext> Context = new(() => new ModuleLoadContext(DependencyFolder));

    public void OnImport()
    {
        // In a development build everything sits beside MedDocs.dll and no isolation is needed.
        if (Directory.Exists(DependencyFolder))
        {
            AssemblyLoadContext.Default.Resolving += ResolveOwnAssembly;
        }
    }

    public void OnRemove(PSModuleInfo psModuleInfo) => AssemblyLoadContext.Default.Resolving -= ResolveOwnAssembly;

    private static Assembly? ResolveOwnAssembly(AssemblyLoadContext defaultContext, AssemblyName name) =>
        name.Name is "MedDocs.Core" or "MedDocs.Pdf" ? Context.Value.LoadFromAssemblyName(name) : null;
}
