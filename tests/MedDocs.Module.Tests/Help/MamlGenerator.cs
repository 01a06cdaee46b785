using System.Management.Automation;
using System.Xml.Linq;

namespace MedDocs.Module.Tests.Help;

/// <summary>
/// Writes module/en-US/MedDocs.dll-Help.xml (the layout platyPS produces) from the cmdlets'
/// metadata and XML doc comments, so help and parameters cannot drift apart.
/// </summary>
internal static class MamlGenerator
{
    private static readonly XNamespace Msh = "http://msh";
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
    private static readonly XNamespace MsHelp = "http://msdn.microsoft.com/mshelp";

    public static string Generate(IReadOnlyList<CmdletInfoRecord> cmdlets, XmlDocs docs)
    {
        var root = new XElement(Msh + "helpItems", new XAttribute("schema", "maml"),
            cmdlets.Select(c => CommandElement(c, docs)));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), root);
        using var writer = new Utf8StringWriter();
        document.Save(writer);
        return writer.ToString().ReplaceLineEndings("\n") + "\n";
    }

    private static XElement CommandElement(CmdletInfoRecord cmdlet, XmlDocs docs)
    {
        var typeDoc = docs.Type(cmdlet.Type);
        var parameters = cmdlet.Parameters.OrderBy(p => p.Declarations.Min(d => d.Position ?? int.MaxValue)).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        return new XElement(Command + "command",
            new XAttribute(XNamespace.Xmlns + "maml", Maml),
            new XAttribute(XNamespace.Xmlns + "command", Command),
            new XAttribute(XNamespace.Xmlns + "dev", Dev),
            new XAttribute(XNamespace.Xmlns + "MSHelp", MsHelp),
            new XElement(Command + "details",
                new XElement(Command + "name", cmdlet.Name),
                new XElement(Command + "verb", cmdlet.Verb),
                new XElement(Command + "noun", cmdlet.Noun),
                Description(XmlDocs.Text(typeDoc?.Element("summary")))),
            Description(XmlDocs.Text(typeDoc?.Element("remarks"))),
            new XElement(Command + "syntax", ParameterSets(cmdlet).Select(set =>
                new XElement(Command + "syntaxItem",
                    new XElement(Maml + "name", cmdlet.Name),
                    parameters.Where(p => p.Declarations.Any(d => d.ParameterSet == set || d.ParameterSet == "__AllParameterSets"))
                        .Select(p => ParameterElement(p, docs, set))))),
            new XElement(Command + "parameters", parameters.Select(p => ParameterElement(p, docs, null))),
            new XElement(Command + "inputTypes", parameters.Where(p => p.ByValue || p.ByPropertyName).Select(p =>
                new XElement(Command + "inputType", new XElement(Dev + "type", new XElement(Maml + "name", TypeName(p.Type))),
                    Description($"-{p.Name} from the pipeline")))),
            new XElement(Command + "returnValues", cmdlet.OutputTypes.Select(t =>
                new XElement(Command + "returnValue", new XElement(Dev + "type", new XElement(Maml + "name", t.FullName))))),
            new XElement(Command + "examples", (typeDoc?.Elements("example") ?? Enumerable.Empty<XElement>()).Select((example, i) =>
                new XElement(Command + "example",
                    new XElement(Maml + "title", $"-------------------------- Example {i + 1} --------------------------"),
                    new XElement(Dev + "code", XmlDocs.Text(example.Element("code"))),
                    new XElement(Dev + "remarks", example.Elements("para").Select(p => new XElement(Maml + "para", XmlDocs.Text(p))))))),
            new XElement(Command + "relatedLinks",
                new XElement(Maml + "navigationLink", new XElement(Maml + "linkText", "about_MedDocs"), new XElement(Maml + "uri"))));
    }

    private static IEnumerable<string> ParameterSets(CmdletInfoRecord cmdlet)
    {
        var sets = cmdlet.Parameters.SelectMany(p => p.Declarations).Select(d => d.ParameterSet)
            .Where(s => s != "__AllParameterSets").Distinct().OrderBy(s => s == cmdlet.DefaultParameterSet ? 0 : 1).ThenBy(s => s, StringComparer.Ordinal).ToList();
        return sets.Count == 0 ? new[] { "__AllParameterSets" } : sets;
    }

    private static XElement ParameterElement(ParameterRecord parameter, XmlDocs docs, string? set)
    {
        var declaration = parameter.Declarations.FirstOrDefault(d => d.ParameterSet == set) ?? parameter.Declarations[0];
        var pipeline = (parameter.ByValue, parameter.ByPropertyName) switch
        {
            (true, true) => "True (ByValue, ByPropertyName)",
            (true, false) => "True (ByValue)",
            (false, true) => "True (ByPropertyName)",
            _ => "False",
        };
        var isSwitch = parameter.Type == typeof(SwitchParameter);
        return new XElement(Command + "parameter",
            new XAttribute("required", declaration.Mandatory ? "true" : "false"),
            new XAttribute("variableLength", parameter.Type.IsArray ? "true" : "false"),
            new XAttribute("globbing", parameter.SupportsWildcards ? "true" : "false"),
            new XAttribute("pipelineInput", pipeline),
            new XAttribute("position", declaration.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "named"),
            new XAttribute("aliases", parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases)),
            new XElement(Maml + "name", parameter.Name),
            Description(XmlDocs.Text(docs.Property(parameter.Property)?.Element("summary"))),
            isSwitch ? null : new XElement(Command + "parameterValue", new XAttribute("required", "true"), new XAttribute("variableLength", "false"), TypeName(parameter.Type)),
            new XElement(Dev + "type", new XElement(Maml + "name", TypeName(parameter.Type)), new XElement(Maml + "uri")),
            new XElement(Dev + "defaultValue", isSwitch ? "False" : "None"));
    }

    private static XElement Description(string text) =>
        new(Maml + "description", new XElement(Maml + "para", text));

    private static string TypeName(Type type)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        return inner.Name;
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(System.Globalization.CultureInfo.InvariantCulture)
        {
        }

        public override System.Text.Encoding Encoding => new System.Text.UTF8Encoding(false);
    }
}
