using System.Management.Automation;
using System.Reflection;

namespace MedDocs.Module.Tests;

/// <summary>
/// The cmdlets of MedDocs.dll as seen through reflection metadata (CustomAttributeData, so no
/// PowerShell code runs: PowerShellStandard.Library is a compile-time surface).
/// </summary>
internal static class CmdletCatalog
{
    public static Assembly ModuleAssembly { get; } = typeof(MedDocs.Commands.TestLMStudioCommand).Assembly;

    public static IReadOnlyList<CmdletInfoRecord> All { get; } = Load();

    public static CmdletInfoRecord Get(string name) => All.Single(c => c.Name == name);

    private static List<CmdletInfoRecord> Load() =>
        ModuleAssembly.GetExportedTypes()
            .Where(t => typeof(Cmdlet).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => new CmdletInfoRecord(t))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
}

/// <summary>One cmdlet's declared metadata.</summary>
internal sealed class CmdletInfoRecord
{
    public CmdletInfoRecord(Type type)
    {
        Type = type;
        var cmdlet = type.GetCustomAttributesData().Single(a => a.AttributeType == typeof(CmdletAttribute));
        Verb = (string)cmdlet.ConstructorArguments[0].Value!;
        Noun = (string)cmdlet.ConstructorArguments[1].Value!;
        DefaultParameterSet = Named<string>(cmdlet, "DefaultParameterSetName");
        SupportsShouldProcess = Named<bool>(cmdlet, "SupportsShouldProcess");
        Parameters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttributesData().Any(a => a.AttributeType == typeof(ParameterAttribute)))
            .Select(p => new ParameterRecord(p))
            .ToList();
        OutputTypes = type.GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(OutputTypeAttribute))
            .SelectMany(a => ((IEnumerable<CustomAttributeTypedArgument>)a.ConstructorArguments[0].Value!).Select(v => (Type)v.Value!))
            .ToList();
    }

    public Type Type { get; }
    public string Verb { get; }
    public string Noun { get; }
    public string Name => $"{Verb}-{Noun}";
    public string? DefaultParameterSet { get; }
    public bool SupportsShouldProcess { get; }
    public IReadOnlyList<ParameterRecord> Parameters { get; }
    public IReadOnlyList<Type> OutputTypes { get; }

    public ParameterRecord Parameter(string name) => Parameters.Single(p => p.Name == name);

    internal static T? Named<T>(CustomAttributeData data, string name) =>
        data.NamedArguments.Where(n => n.MemberName == name).Select(n => (T?)n.TypedValue.Value).FirstOrDefault();
}

/// <summary>One parameter: its type, aliases and each [Parameter] declaration (one per parameter set).</summary>
internal sealed class ParameterRecord
{
    public ParameterRecord(PropertyInfo property)
    {
        Property = property;
        Declarations = property.GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(ParameterAttribute))
            .Select(a => new ParameterDeclaration(
                CmdletInfoRecord.Named<string>(a, "ParameterSetName") ?? "__AllParameterSets",
                CmdletInfoRecord.Named<bool>(a, "Mandatory"),
                CmdletInfoRecord.Named<bool>(a, "ValueFromPipeline"),
                CmdletInfoRecord.Named<bool>(a, "ValueFromPipelineByPropertyName"),
                a.NamedArguments.Any(n => n.MemberName == "Position") ? CmdletInfoRecord.Named<int>(a, "Position") : null))
            .ToList();
        Aliases = property.GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(AliasAttribute))
            .SelectMany(a => ((IEnumerable<CustomAttributeTypedArgument>)a.ConstructorArguments[0].Value!).Select(v => (string)v.Value!))
            .ToList();
        SupportsWildcards = property.GetCustomAttributesData().Any(a => a.AttributeType == typeof(SupportsWildcardsAttribute));
    }

    public PropertyInfo Property { get; }
    public string Name => Property.Name;
    public Type Type => Property.PropertyType;
    public IReadOnlyList<ParameterDeclaration> Declarations { get; }
    public IReadOnlyList<string> Aliases { get; }
    public bool SupportsWildcards { get; }
    public bool ByValue => Declarations.Any(d => d.ValueFromPipeline);
    public bool ByPropertyName => Declarations.Any(d => d.ValueFromPipelineByPropertyName);
}

internal sealed record ParameterDeclaration(string ParameterSet, bool Mandatory, bool ValueFromPipeline, bool ValueFromPipelineByPropertyName, int? Position);
