using System.Management.Automation;

namespace MedDocs.Infrastructure;

/// <summary>
/// Guards a string parameter that takes pipeline input by value (document text, or Get-DocumentText's paths).
/// PowerShell would turn any object into its ToString() text as a last resort, so `Import-Csv list.csv | Find-Phi`
/// scanned the string "@{Path=…}" and found nothing. The rule users can predict: strings are taken as they are;
/// an object that carries a path (a Path, FullName or PSPath property: FileInfo, Resolve-Path, Import-Csv rows)
/// is left alone so it binds by property name to -Path or -LiteralPath; any other object is refused with an error.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class TextOrPathInputAttribute : ArgumentTransformationAttribute
{
    private static readonly string[] PathProperties = ["Path", "FullName", "PSPath"];

    public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
    {
        if (inputData is null)
        {
            return inputData!;
        }
        var items = inputData is object[] array ? array : [inputData];
        foreach (var item in items)
        {
            var value = item is PSObject wrapped ? wrapped.BaseObject : item;
            if (value is string || value is null)
            {
                continue;
            }
            if (CarriesPath(PSObject.AsPSObject(item)))
            {
                // Not text: returned unchanged, so binding by value fails and the path binds by property name.
                return inputData;
            }
            throw new ArgumentTransformationMetadataException(
                $"An object of type {value.GetType().Name} is neither text nor a file. Pipe strings for document text, or objects "
                + "with a Path, FullName or PSPath property for files (for example Select-Object FullName, not Select-Object Name).");
        }
        return inputData;
    }

    private static bool CarriesPath(PSObject item) =>
        PathProperties.Any(name => item.Properties[name]?.Value is string { Length: > 0 });
}
