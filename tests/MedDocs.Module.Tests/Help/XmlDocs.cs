using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MedDocs.Module.Tests.Help;

/// <summary>Reads the cmdlet assembly's XML documentation (the source of the MAML help).</summary>
internal sealed partial class XmlDocs
{
    private readonly Dictionary<string, XElement> _members;

    public XmlDocs(Assembly assembly)
    {
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        _members = XDocument.Load(path).Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, m => m, StringComparer.Ordinal);
    }

    public XElement? Type(Type type) => _members.GetValueOrDefault("T:" + type.FullName);

    public XElement? Property(PropertyInfo property)
    {
        // Parameters declared on a generic base are documented under its definition (Base`2).
        var declaring = property.DeclaringType!;
        var owner = declaring.IsGenericType ? declaring.GetGenericTypeDefinition() : declaring;
        return _members.GetValueOrDefault($"P:{owner.FullName}.{property.Name}");
    }

    /// <summary>The flattened text of a doc element: references by short name, whitespace collapsed.</summary>
    public static string Text(XElement? element)
    {
        if (element is null)
        {
            return string.Empty;
        }
        var parts = element.Nodes().Select(node => node switch
        {
            XText text => text.Value,
            XElement { Name.LocalName: "see" or "seealso" } see => ShortName((string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? string.Empty),
            XElement { Name.LocalName: "paramref" or "typeparamref" } reference => (string?)reference.Attribute("name") ?? string.Empty,
            XElement inner => Text(inner),
            _ => string.Empty,
        });
        return Whitespace().Replace(string.Concat(parts), " ").Trim();
    }

    private static string ShortName(string cref)
    {
        var name = cref.Contains(':', StringComparison.Ordinal) ? cref[(cref.IndexOf(':', StringComparison.Ordinal) + 1)..] : cref;
        return name[(name.LastIndexOf('.') + 1)..];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
